import ExcelJS from 'exceljs';

/**
 * The one place that knows exceljs (architecture.md: it is barely maintained; a fork can replace
 * it here). Cells are written as typed values, never as formulas, so text from users cannot run.
 * Every number is a number cell with one of the Swedish formats below, so a reader can sum and
 * sort it; text stays for labels and for the markers of hidden or missing values ("<5", "..", "–").
 */

/**
 * The number formats of the exports, in the file's own notation: "," groups thousands and "."
 * marks decimals, and Excel shows them in the reader's locale, in Swedish "1 234 kr", "3,5 %".
 * (A literal space, as in "# ##0", would group only the last three digits: "1234 567".)
 */
export const NUMBER_FORMATS = {
  count: '#,##0',
  decimal: '#,##0.0',
  kronor: '#,##0 "kr"',
  percent: '0 %',
  percentDecimal: '0.0 %',
  percentTwoDecimals: '0.00 %',
  months: '#,##0 "mån"',
} as const;
export type NumberFormat = keyof typeof NUMBER_FORMATS;

/** A number with the format it is shown in (in a row of mixed figures). */
export interface Figure {
  value: number;
  format: NumberFormat;
}

export type CellValue = string | number | Figure | null;

export const figure = (value: number, format: NumberFormat): Figure => ({ value, format });

export interface SheetSpec {
  name: string;
  title: string;
  subtitle?: string;
  /** Header rows; a cell spanning columns is given with `span`. */
  headers: { text: string; span?: number }[][];
  /**
   * `label` is the first column (a figure where the rows are cases, as in a sensitivity table);
   * `format` is that of the row's plain numbers; a number without a format is refused.
   */
  rows: { label: string | Figure; values: CellValue[]; format?: NumberFormat }[];
  note?: string;
}

function writeValue(cell: ExcelJS.Cell, value: CellValue, rowFormat: NumberFormat | undefined, row: number) {
  if (value === null || typeof value === 'string') {
    cell.value = value;
    // Markers of hidden values stand where the figures stand.
    cell.alignment = { horizontal: 'right' };
    return;
  }
  const { value: number, format } = typeof value === 'number' ? { value, format: rowFormat } : value;
  if (!format) throw new Error(`The number ${number} in row ${row} has no format.`);
  cell.value = number;
  cell.numFmt = NUMBER_FORMATS[format];
}

const SHEET_NAME_FORBIDDEN = /[\\/*?:[\]]/g;

export async function workbookBuffer(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Insikt';
  const used = new Set<string>();
  for (const spec of sheets) {
    let name = spec.name.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 2 + spec.headers.length }],
    });
    sheet.addRow([spec.title]).font = { bold: true, size: 14 };
    sheet.addRow([spec.subtitle ?? '']).font = { italic: true };
    for (const header of spec.headers) {
      const row = sheet.addRow([]);
      let column = 1;
      for (const cell of header) {
        row.getCell(column).value = cell.text;
        if (cell.span && cell.span > 1) sheet.mergeCells(row.number, column, row.number, column + cell.span - 1);
        column += cell.span ?? 1;
      }
      row.font = { bold: true };
      row.alignment = { horizontal: 'center', wrapText: true };
    }
    for (const data of spec.rows) {
      const row = sheet.addRow([]);
      writeValue(row.getCell(1), data.label, undefined, row.number);
      row.getCell(1).alignment = { horizontal: 'left' };
      data.values.forEach((value, i) => writeValue(row.getCell(i + 2), value, data.format, row.number));
    }
    if (spec.note) {
      sheet.addRow([]);
      sheet.addRow([spec.note]).font = { italic: true, size: 9 };
    }
    sheet.getColumn(1).width = 48;
    for (let c = 2; c <= sheet.columnCount; c++) sheet.getColumn(c).width = 12;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
