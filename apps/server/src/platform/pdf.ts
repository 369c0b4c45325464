import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The one place that knows pdfmake. Text is set in Roboto, shipped with pdfmake as TrueType and
 * embedded in every file, so å, ä and ö print the same on every machine without system fonts.
 */
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const font = (file: string) => path.join(fontDir, file);

pdfmake.setFonts({
  Roboto: {
    normal: font('Roboto-Regular.ttf'),
    bold: font('Roboto-Medium.ttf'),
    italics: font('Roboto-Italic.ttf'),
    bolditalics: font('Roboto-MediumItalic.ttf'),
  },
});
// A report never fetches anything: no URLs, and no local files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));

export type PdfContent = Content;

export interface PdfSpec {
  title: string;
  /** Shown under the title and in the document's metadata. */
  subject: string;
  content: Content[];
  orientation?: 'portrait' | 'landscape';
}

const BRAND = '#1f5b92';

export function pdfBuffer(spec: PdfSpec): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    info: { title: spec.title, subject: spec.subject, creator: 'Insikt', producer: 'Insikt' },
    language: 'sv-SE',
    pageSize: 'A4',
    pageOrientation: spec.orientation ?? 'portrait',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, color: BRAND, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 12] },
      h2: { fontSize: 13, bold: true, color: BRAND, margin: [0, 14, 0, 6] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 4] },
      note: { fontSize: 8, color: '#444444', margin: [0, 4, 0, 0] },
      tableHeader: { bold: true, fillColor: '#e8eef5' },
    },
    content: [{ text: spec.title, style: 'title' }, { text: spec.subject, style: 'subtitle' }, ...spec.content],
    footer: (page, pages) => ({
      columns: [
        { text: spec.title, fontSize: 7.5, color: '#555555' },
        { text: `Sida ${page} av ${pages}`, alignment: 'right', fontSize: 7.5, color: '#555555' },
      ],
      margin: [40, 16, 40, 0],
    }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}

export interface PdfHeaderCell {
  text: string;
  /** Columns the cell spans (a group heading such as "Före" over Totalt/Kvinnor/Män). */
  span?: number;
}

/**
 * A table with shaded header rows and right-aligned figures, the way every report table looks.
 * The label column takes the free width; rows never break across pages.
 */
export function pdfTable(header: (string | PdfHeaderCell)[][], rows: string[][]): Content {
  const columns = rows[0]?.length ?? header.at(-1)!.length;
  const headerRow = (cells: (string | PdfHeaderCell)[]) =>
    cells.flatMap((cell, i) => {
      const { text, span = 1 } = typeof cell === 'string' ? { text: cell } : cell;
      const first = {
        text,
        colSpan: span,
        style: 'tableHeader',
        alignment: i === 0 ? 'left' : span > 1 ? 'center' : 'right',
      };
      // pdfmake wants an empty placeholder for each spanned column.
      return [first, ...Array.from({ length: span - 1 }, () => ({}))];
    });
  return {
    table: {
      headerRows: header.length,
      dontBreakRows: true,
      widths: ['*', ...Array.from({ length: columns - 1 }, () => 'auto')],
      body: [
        ...header.map(headerRow),
        ...rows.map((row) => row.map((text, i) => ({ text, alignment: i === 0 ? 'left' : 'right' }))),
      ],
    },
    layout: 'lightHorizontalLines',
  } as Content;
}

/** Keeps a heading on the same page as what follows it (a short table, a chart). */
export const keepTogether = (...content: Content[]): Content => ({ stack: content, unbreakable: true });
