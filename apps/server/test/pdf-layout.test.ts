import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_FONT_FILES } from '../src/platform/pdf-fonts';
import { DEMO_ANALYSIS_NAME, demoBoardFiles, type BoardFiles } from './board-files';
import type { TestContext } from './harness';
import { overlaps, renderPdf, type RenderedPage, type TextBox } from './pdf-pages';
import { pdfTexts, pdfWords, wordsOf } from './pdf-vocabulary';

/**
 * The board PDFs as a reader sees them: drawn by pdf.js from the demo's data, every text item
 * (chart labels included, they are text in the embedded SVG) must stand alone, inside the page's
 * margins, in whole words, and in glyphs the embedded font has.
 * INSIKT_PDF_PNG_DIR=folder keeps the drawn pages as PNG files for looking at them.
 */
let ctx: TestContext;
let files: BoardFiles;
const rendered = new Map<string, RenderedPage[]>();
const PDFS = ['outcomePdf', 'analysisPdf'] as const;

// A4 portrait with the margins of platform/pdf.ts (40 pt left and right).
const PAGE = { width: 595.28, height: 841.89, side: 40 };

beforeAll(async () => {
  ({ ctx, files } = await demoBoardFiles());
  for (const name of PDFS) {
    const pages = await renderPdf(files[name]);
    rendered.set(name, pages);
    const dir = process.env.INSIKT_PDF_PNG_DIR;
    if (dir) pages.forEach((p, i) => fs.writeFileSync(path.join(dir, `${name}-${i + 1}.png`), p.png));
  }
}, 300_000);
afterAll(() => ctx?.close());

const where = (page: number, box: TextBox) =>
  `p${page} "${box.text}" [${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')}]`;

describe.each(PDFS)('the %s drawn by pdf.js', (name) => {
  it('has pages with something drawn on them', () => {
    const pages = rendered.get(name)!;
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      // A blank A4 page at 144 dpi compresses to a few kB; a drawn one is far larger.
      expect(page.png.subarray(1, 4).toString()).toBe('PNG');
      expect(page.png.length).toBeGreaterThan(20_000);
    }
  });

  it('has no two text items over each other', () => {
    const found = rendered
      .get(name)!
      .flatMap((page, i) => overlaps(page.boxes).map(([a, b]) => `${where(i + 1, a)} × "${b.text}"`));
    expect(found).toEqual([]);
  });

  it('keeps every text inside the page margins', () => {
    const outside = rendered
      .get(name)!
      .flatMap((page, i) =>
        page.boxes
          .filter(
            (b) =>
              b.left < PAGE.side - 0.5 || b.right > PAGE.width - PAGE.side + 0.5 || b.top < 0 || b.bottom > PAGE.height,
          )
          .map((b) => where(i + 1, b)),
      );
    expect(outside).toEqual([]);
  });

  it('breaks lines between words only, and draws no missing glyph', () => {
    const words = new Set([...pdfWords(), ...wordsOf(DEMO_ANALYSIS_NAME)]);
    const cut = rendered
      .get(name)!
      .flatMap((page, i) =>
        page.boxes
          .filter((b) => b.text.includes('\u0000') || wordsOf(b.text).some((w) => !words.has(w)))
          .map((b) => where(i + 1, b)),
      );
    expect(cut).toEqual([]);
  });
});

describe('the embedded font', () => {
  it('has a glyph for every character the PDF generators can write', () => {
    const characters = new Set([...pdfTexts().join('')].filter((c) => !/[\n\r\t]/.test(c)));
    // The texts include the code lists, so å, ä, ö and the en dash are among them: the set is real.
    expect([...characters]).toEqual(expect.arrayContaining(['å', 'Ö', '–', '%']));
    for (const [style, file] of Object.entries(PDF_FONT_FILES)) {
      const font = fontkit.openSync(file) as fontkit.Font;
      const missing = [...characters].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect({ style, missing: missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16)}`) }).toEqual({
        style,
        missing: [],
      });
    }
  });
});
