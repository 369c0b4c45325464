import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FastifyReply } from 'fastify';
import type { EChartsOption } from 'echarts';
import type { Content } from 'pdfmake/interfaces';
import { MEDIA_TYPES } from './api-schemas';
import { pdfBuffer, pdfChart } from './pdf';

/**
 * One description of a text document (a self-assessment, a programme logic, a theory of change),
 * rendered both as an editable Word file and as a PDF for the board, so the two never drift apart.
 * Every text is set as plain text: HTML or a formula in a user's text stays what it is.
 */
export type DocBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  /** A text table; `widths` are relative column widths (default equal), `\n` breaks a line in a cell. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  /**
   * A chart (`height` in CSS pixels, as the web draws it): drawn in the PDF; the .docx, which cannot
   * hold an SVG without a bitmap copy, gives the caption only, so the document must also hold the
   * chart's figures as a table (as every chart on the web has one beside it).
   */
  | { kind: 'chart'; caption: string; option: EChartsOption; height: number };

export interface DocModel {
  title: string;
  /** Shown under the title: whose document, which year, its status. */
  subject: string;
  orientation?: 'portrait' | 'landscape';
  blocks: DocBlock[];
}

const lines = (text: string) => text.split('\n');
const shares = (block: { header: string[]; widths?: number[] }) => {
  const widths = block.widths ?? block.header.map(() => 1);
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
};

/** The document as a .docx file (Word, LibreOffice), in Swedish. */
export function docxBuffer(model: DocModel): Promise<Buffer> {
  const landscape = model.orientation === 'landscape';
  // A4 in twentieths of a point, less 2 cm margins on each side.
  const margin = 1134;
  const textWidth = (landscape ? 16838 : 11906) - 2 * margin;
  const cellParagraphs = (text: string, bold = false) =>
    lines(text).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
  const table = (block: Extract<DocBlock, { kind: 'table' }>) => {
    const widths = shares(block).map((s) => Math.round(s * textWidth));
    const row = (cells: string[], header: boolean) =>
      new TableRow({
        tableHeader: header,
        cantSplit: !header,
        children: cells.map(
          (text, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
              margins: { top: 60, bottom: 60, left: 80, right: 80 },
              children: cellParagraphs(text, header),
            }),
        ),
      });
    return new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
    });
  };
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun({ text: model.subject, color: '333333' })] }),
    ...model.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'heading':
          return [
            new Paragraph({
              heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
              children: [new TextRun(block.text)],
            }),
          ];
        case 'paragraph':
          return lines(block.text).map(
            (line) =>
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [
                  new TextRun({
                    text: line,
                    size: block.note ? 16 : undefined,
                    color: block.note ? '444444' : undefined,
                  }),
                ],
              }),
          );
        case 'table':
          return [table(block), new Paragraph({ children: [] })];
        case 'chart':
          return [new Paragraph({ children: [new TextRun({ text: block.caption, italics: true })] })];
      }
    }),
  ];
  const document = new Document({
    creator: 'Insikt',
    title: model.title,
    description: model.subject,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The same document as a PDF for the board. */
export function documentPdf(model: DocModel): Promise<Buffer> {
  const content: Content[] = model.blocks.map((block): Content => {
    switch (block.kind) {
      case 'heading':
        return { text: block.text, style: block.level === 2 ? 'h2' : 'h3', headlineLevel: block.level } as Content;
      case 'paragraph':
        return { text: block.text, style: block.note ? 'note' : undefined, margin: [0, 0, 0, 4] } as Content;
      case 'table':
        return {
          table: {
            headerRows: 1,
            // The header row never stands alone at the foot of a page (nor, so, the heading over it).
            keepWithHeaderRows: 1,
            widths: shares(block).map((s) => `${(s * 100).toFixed(2)}%`),
            body: [
              block.header.map((text) => ({ text, style: 'tableHeader' })),
              ...block.rows.map((row) => row.map((text) => ({ text }))),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 8],
        } as Content;
      case 'chart':
        return {
          stack: [{ text: block.caption, style: 'h3' }, pdfChart(block.option, block.height)],
          unbreakable: true,
        };
    }
  });
  return pdfBuffer({ title: model.title, subject: model.subject, content, orientation: model.orientation });
}

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * Sends the document as a download. `baseName` is made safe for a file name (letters, digits,
 * dashes); the extension follows the format.
 */
export async function sendDocument(
  reply: FastifyReply,
  model: DocModel,
  format: DocumentFormat,
  baseName: string,
): Promise<FastifyReply> {
  const body = format === 'docx' ? await docxBuffer(model) : await documentPdf(model);
  const safe = baseName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return reply
    .header('content-type', MEDIA_TYPES[format])
    .header('content-disposition', `attachment; filename="${safe || 'dokument'}.${format}"`)
    .send(body);
}
