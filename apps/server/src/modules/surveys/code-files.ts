import type { Content } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { pdfBuffer } from '../../platform/pdf';

export interface CodeSheet {
  surveyName: string;
  /** The insats the link belongs to, when it has one. */
  interventionName: string | null;
  url: string;
  codes: string[];
}

/** The codes as CSV (for a mail merge): one code and the link per row. */
export function codesCsv(sheet: CodeSheet): Buffer {
  const rows = sheet.codes.map((code) => `${code};${sheet.url}`);
  // A BOM, so Excel reads the file as UTF-8.
  return Buffer.from(`\uFEFFkod;länk\r\n${rows.join('\r\n')}\r\n`, 'utf8');
}

/** A printable sheet of cut-out cards: per card the survey, the QR code, the link and one code. */
export async function codesPdf(sheet: CodeSheet): Promise<Buffer> {
  const qr = await QRCode.toString(sheet.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const card = (code: string): Content => ({
    stack: [
      { text: sheet.surveyName, bold: true, margin: [0, 0, 0, 2] },
      ...(sheet.interventionName ? [{ text: sheet.interventionName, fontSize: 8 } as Content] : []),
      { svg: qr, width: 90, margin: [0, 4, 0, 4] },
      { text: sheet.url, fontSize: 7 },
      { text: 'Din kod / Your code', fontSize: 8, margin: [0, 6, 0, 0] },
      { text: code, fontSize: 16, bold: true, characterSpacing: 1 },
    ],
    margin: [6, 6, 6, 6],
    unbreakable: true,
  });
  const rows: Content[][] = [];
  for (let i = 0; i < sheet.codes.length; i += 2) {
    rows.push([card(sheet.codes[i]!), sheet.codes[i + 1] ? card(sheet.codes[i + 1]!) : { text: '' }]);
  }
  const dashed = { hLineStyle: () => ({ dash: { length: 4 } }), vLineStyle: () => ({ dash: { length: 4 } }) };
  return pdfBuffer({
    title: `Engångskoder: ${sheet.surveyName}`,
    subject: 'Klipp längs de streckade linjerna. Varje kod kan användas en gång.',
    content: [{ table: { widths: ['50%', '50%'], dontBreakRows: true, body: rows }, layout: dashed } as Content],
  });
}

/** The link as a QR code to print: PNG or SVG. */
export async function qrCode(url: string, format: 'png' | 'svg'): Promise<Buffer> {
  if (format === 'svg') return Buffer.from(await QRCode.toString(url, { type: 'svg', margin: 2 }), 'utf8');
  return QRCode.toBuffer(url, { type: 'png', width: 1024, margin: 2, errorCorrectionLevel: 'M' });
}
