import path from 'node:path';
import type { EChartsOption } from 'echarts';
import pdfmake from 'pdfmake';
import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartSvg, pxToPt } from './charts';
import { PDF_FONT_DIR, PDF_FONT_FILES } from './pdf-fonts';

/** The one place that knows pdfmake. Text is set in Roboto (see pdf-fonts.ts). */
pdfmake.setFonts({ Roboto: PDF_FONT_FILES });
// A report never fetches anything: no URLs, and no local files but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(PDF_FONT_DIR));

export type PdfContent = Content;

export interface PdfSpec {
  title: string;
  /** Shown under the title and in the document's metadata. */
  subject: string;
  content: Content[];
  orientation?: 'portrait' | 'landscape';
}

const BRAND = '#1f5b92';

/**
 * A heading (a node with `headlineLevel`) never ends a page: when only headings follow it on its
 * page and the document goes on, it starts the next page, so a field's heading stands over its text.
 */
export function keepHeadingWithNext(node: Node, nodes: NodeQueries): boolean {
  if (node.headlineLevel === undefined) return false;
  // The page's footer counts among the "following" nodes; only what is drawn below the heading is its text.
  const below = nodes.getFollowingNodesOnPage().filter((n) => n.startPosition.top > node.startPosition.top);
  return below.every((n) => n.headlineLevel !== undefined) && nodes.getNodesOnNextPage().length > 0;
}

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
    pageBreakBefore: keepHeadingWithNext,
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
 * A text as words that pdfmake may wrap between but never inside. pdfmake cuts a word that is
 * wider than its line, and a '*' column can get exactly its longest word's width less a rounding
 * error ("Arbetsförmedlinge/n"); a word that does not fit now runs over by that hair instead.
 */
const wholeWords = (text: string) => text.split(/(?<= )/).map((word) => ({ text: word, noWrap: true }));

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
        text: wholeWords(text),
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
        ...rows.map((row) => row.map((text, i) => ({ text: wholeWords(text), alignment: i === 0 ? 'left' : 'right' }))),
      ],
    },
    layout: 'lightHorizontalLines',
  } as Content;
}

/** A4 portrait minus the margins, in points: the width of tables and charts. */
export const PDF_CONTENT_WIDTH = 515;

type Series = { name?: unknown; color?: unknown; type?: unknown };

/**
 * A chart in the PDF, the full content width, `height` in CSS pixels as the web draws it. The
 * legend is set as text above the drawing (coloured squares and names, wrapping between entries
 * like any line), so it can never cover an axis label, however many series the chart has.
 */
export function pdfChart(option: EChartsOption, height: number): Content {
  const series = ([] as Series[]).concat((option.series ?? []) as Series | Series[]);
  const legend = option.legend as { show?: boolean } | undefined;
  const entries =
    legend && legend.show !== false
      ? series.filter((s): s is { name: string; color: string } => typeof s.name === 'string')
      : [];
  const grid = option.grid && !Array.isArray(option.grid) && entries.length ? { ...option.grid, top: 8 } : option.grid;
  const drawing = {
    svg: chartSvg({ ...option, legend: { show: false }, grid }, PDF_CONTENT_WIDTH, pxToPt(height)),
    width: PDF_CONTENT_WIDTH,
    height: pxToPt(height),
  };
  if (entries.length === 0) return drawing;
  // No-break spaces keep a square with its name; the spaces between entries are where lines break.
  const key = entries.flatMap((s, i) => [
    ...(i > 0 ? [{ text: '    ' }] : []),
    { text: '■', color: typeof s.color === 'string' ? s.color : '#333333' },
    { text: `\u00a0${s.name.replace(/ /g, '\u00a0')}` },
  ]);
  return { stack: [{ text: key, margin: [0, 0, 0, 2] }, drawing] } as Content;
}

/** Keeps a heading on the same page as what follows it (a short table, a chart). */
export const keepTogether = (...content: Content[]): Content => ({ stack: content, unbreakable: true });
