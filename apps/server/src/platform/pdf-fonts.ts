import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The fonts of the PDFs: Roboto, shipped with pdfmake as TrueType and embedded in every file, so
 * å, ä and ö print the same on every machine without system fonts. Charts measure their text with
 * the same files, so that ECharts lays out labels in the widths the PDF will draw them.
 */
const require = createRequire(import.meta.url);
export const PDF_FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const font = (file: string) => path.join(PDF_FONT_DIR, file);

/** The TrueType files embedded in every PDF, one per style. */
export const PDF_FONT_FILES = {
  normal: font('Roboto-Regular.ttf'),
  bold: font('Roboto-Medium.ttf'),
  italics: font('Roboto-Italic.ttf'),
  bolditalics: font('Roboto-MediumItalic.ttf'),
};

const opened = new Map<string, fontkit.Font>();
const open = (file: string) => {
  let f = opened.get(file);
  if (!f) opened.set(file, (f = fontkit.openSync(file) as fontkit.Font));
  return f;
};

/**
 * The width of a text as drawn in the PDF, for a CSS font shorthand as ECharts writes it
 * ("bold 12px Roboto"): the advance of the font's glyphs, kerning included. A character the font
 * lacks counts as one em, as ECharts' own estimate does; ECharts takes the width of "国" as a
 * line's height.
 */
export function measureText(text: string, cssFont = '12px Roboto'): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(cssFont)?.[1] ?? 12);
  const bold = /\b(bold|bolder|[5-9]00)\b/.test(cssFont);
  const italic = /\b(italic|oblique)\b/.test(cssFont);
  const style = bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal';
  const f = open(PDF_FONT_FILES[style]);
  const missing = [...text].filter((c) => !f.hasGlyphForCodePoint(c.codePointAt(0)!));
  const drawn = missing.length ? [...text].filter((c) => f.hasGlyphForCodePoint(c.codePointAt(0)!)).join('') : text;
  return { width: (f.layout(drawn).advanceWidth * size) / f.unitsPerEm + missing.length * size };
}
