import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, DEVIATION_STATUSES, todayIso } from '@insikt/core';
import { bodyMeetings, deviationContacts, deviations } from '../src/db/schema';
import { NUMBER_FORMATS } from '../src/platform/excel';
import { PDF_FONT_FILES } from '../src/platform/pdf-fonts';
import { DEMO_ANALYSIS_NAME, demoBoardFiles, type BoardFiles } from './board-files';
import type { TestContext } from './harness';
import { overlaps, renderPdf, type RenderedPage, type TextBox } from './pdf-pages';
import { pdfTexts, pdfWords, wordsOf } from './pdf-vocabulary';

/**
 * The files a board and an analyst download, made from the demo as a förbundschef downloads them.
 * The PDFs as a reader sees them: drawn by pdf.js, every text item (chart labels included, they are
 * text in the embedded SVG) must stand alone, inside the page's margins, in whole words, and in
 * glyphs the embedded font has. INSIKT_PDF_PNG_DIR=folder keeps the drawn pages as PNG files.
 * The workbooks as a spreadsheet reads them: every number a number, in a Swedish format.
 */
let ctx: TestContext;
let files: BoardFiles;
const rendered = new Map<string, RenderedPage[]>();
const PDFS = ['outcomePdf', 'analysisPdf', 'deviationPdf'] as const;

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

/** A text that a spreadsheet reader would take for a number: "666 393 kr", "38", "3,5 %". */
const looksLikeNumber = (text: string) =>
  /^[-−]?\d+(,\d+)?$/.test(text.replace(/[\s\u00a0\u202f]/g, '').replace(/(tkr|kr|mån|%)$/, ''));

async function cells(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const found: { where: string; value: ExcelJS.CellValue; numFmt: string | undefined }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) =>
        found.push({ where: `${sheet.name}!${cell.address}`, value: cell.value, numFmt: cell.numFmt }),
      ),
    ),
  );
  return found;
}

describe('the Excel exports', () => {
  const WORKBOOKS = [
    'outcomeXlsx',
    'outcomeXlsxPublished',
    'analysisXlsx',
    'templateXlsx',
    'trendXlsx',
    'followUpXlsx',
    'deviationXlsx',
  ] as const;

  it.each(WORKBOOKS)('%s holds no number as text', async (name) => {
    const all = await cells(files[name]);
    // A kommun code keeps its leading zero ("0683"): it is a code, not a number.
    const asText = all.filter((c) => typeof c.value === 'string' && looksLikeNumber(c.value) && !/^0\d/.test(c.value));
    expect(asText.map((c) => `${c.where} "${String(c.value)}"`)).toEqual([]);
    expect(all.some((c) => typeof c.value === 'number')).toBe(true);
  });

  it.each(WORKBOOKS.filter((w) => w !== 'templateXlsx'))('%s shows every number in a Swedish format', async (name) => {
    const formats: string[] = Object.values(NUMBER_FORMATS);
    const unformatted = (await cells(files[name])).filter(
      (c) => typeof c.value === 'number' && !formats.includes(c.numFmt ?? ''),
    );
    expect(unformatted.map((c) => `${c.where} ${String(c.value)} "${c.numFmt ?? ''}"`)).toEqual([]);
  });

  it('keeps the markers of hidden figures as text in the published workbook', async () => {
    const markers = (await cells(files.outcomeXlsxPublished)).filter((c) => c.value === '..' || c.value === '<5');
    expect(markers.length).toBeGreaterThan(0);
  });

  it('writes the analysis in kronor, shares and months as numbers', async () => {
    const all = await cells(files.analysisXlsx);
    const at = (where: string) => all.find((c) => c.where === where)!;
    // Känslighet: effektens varaktighet 100 % with a discount rate of 0 %, then 3,5 %.
    expect([at('Känslighet!A4'), at('Känslighet!B5')].map((c) => [c.value, c.numFmt])).toEqual([
      [1, '0 %'],
      [0.035, '0.0 %'],
    ]);
    expect(at('Kvinnor och män!B4')).toMatchObject({ numFmt: '#,##0' });
    expect(typeof at('Kvinnor och män!C4').value).toBe('number');
    expect(at('Resultat!B4').numFmt).toBe('#,##0 "kr"');
    expect(at('Antaganden!B5').numFmt).toBe('0.00 %');
  });
});

describe('the demo’s deviations (issue 15 §7)', () => {
  it('holds about 40 cases over two years in every state, with meeting dates and no reporter details', async () => {
    const rows = await ctx.database.db.select().from(deviations);
    expect(rows.length).toBe(40);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(DEVIATION_STATUSES));
    expect(new Set(rows.map((r) => r.associationId)).size).toBe(3);
    const oldest = rows.map((r) => r.receivedOn).sort()[0]!;
    expect(daysBetween(oldest, todayIso())).toBeGreaterThanOrEqual(700);
    expect((await ctx.database.db.select().from(bodyMeetings)).length).toBeGreaterThan(30);
    expect(await ctx.database.db.select().from(deviationContacts)).toEqual([]);
  });
});
