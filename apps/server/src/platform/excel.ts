import ExcelJS from 'exceljs';

/**
 * The one place that knows exceljs (architecture.md: it is barely maintained; a fork can replace
 * it here). Cells are written as typed values, never as formulas, so text from users cannot run.
 */
export type CellValue = string | number | null;

export interface SheetSpec {
  name: string;
  title: string;
  subtitle?: string;
  /** Header rows; a cell spanning columns is given with `span`. */
  headers: { text: string; span?: number }[][];
  rows: { label: string; values: CellValue[]; format?: string }[];
  note?: string;
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
      const row = sheet.addRow([data.label, ...data.values]);
      if (data.format) {
        for (let c = 2; c <= data.values.length + 1; c++) {
          const cell = row.getCell(c);
          if (typeof cell.value === 'number') cell.numFmt = data.format;
          else cell.alignment = { horizontal: 'right' };
        }
      }
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
