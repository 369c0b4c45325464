import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';

/** A text run pdf.js reads on a page, with its box in PDF points (origin top left, y down). */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface RenderedPage {
  /** The page drawn by pdf.js at 2× (144 dpi), as PNG. */
  png: Buffer;
  boxes: TextBox[];
}

const open = (data: Uint8Array): Promise<PDFDocumentProxy> =>
  // pdf.js refuses Node's Buffer; a plain copy of the bytes is what it wants.
  getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;

/**
 * Draws every page with Mozilla's pdf.js (canvas from @napi-rs/canvas, which pdf.js loads itself in
 * Node) and returns the PNG with the box of every text item. A box is the item's width from pdf.js
 * and its font size from the text matrix, from the baseline up by the ascent and down by the descent
 * (0.8 and 0.2 of the size), so two labels drawn over each other overlap.
 */
export async function renderPdf(data: Uint8Array): Promise<RenderedPage[]> {
  const document = await open(data);
  const pages: RenderedPage[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const viewport = page.getViewport({ scale: 2 });
      const factory = document.canvasFactory as {
        create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: object };
      };
      const { canvas, context } = factory.create(viewport.width, viewport.height);
      await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport }).promise;
      const unit = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const boxes = content.items.flatMap((item): TextBox[] => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [a, b, c, d, e, f] = Util.transform(unit.transform, item.transform) as number[];
        const size = Math.hypot(c!, d!);
        // Text drawn at an angle (none in our reports) would need a rotated box.
        if (Math.abs(b!) > 1e-6 || Math.abs(c!) > 1e-6 || a! <= 0) throw new Error(`rotated text: ${item.str}`);
        return [{ text: item.str, left: e!, right: e! + item.width, top: f! - 0.8 * size, bottom: f! + 0.2 * size }];
      });
      pages.push({ png: canvas.toBuffer('image/png'), boxes });
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  return pages;
}

/** Pairs of text boxes on a page that cover each other by more than a hair (0.5 pt each way). */
export function overlaps(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const found: [TextBox, TextBox][] = [];
  const margin = 0.5;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > margin && y > margin) found.push([p, q]);
    }
  }
  return found;
}
