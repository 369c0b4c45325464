import ExcelJS from 'exceljs';
import { limitMessages, NOT_XLSX, unreadable, type XlsxLimits } from './xlsx-limits';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

const textLength = (item: unknown): number =>
  typeof item === 'string'
    ? item.length
    : item && typeof item === 'object' && 'richText' in item
      ? (item as { richText: { text?: string | null }[] }).richText.reduce((n, r) => n + (r.text?.length ?? 0), 0)
      : 0;

/**
 * Caps exceljs's cache of shared strings: the reader assigns a fresh array and pushes each string
 * onto it, so the array it is given refuses to grow past the limit.
 */
function capSharedStrings(reader: object, limits: XlsxLimits): void {
  let strings: unknown[] | undefined;
  Object.defineProperty(reader, 'sharedStrings', {
    configurable: true,
    get: () => strings,
    set(value: unknown[] | undefined) {
      strings = value;
      if (!Array.isArray(value)) return;
      const array = value;
      array.push = (...items: unknown[]) => {
        if (array.length + items.length > limits.sharedStrings)
          throw unreadable(limitMessages.sharedStrings(limits.sharedStrings));
        for (const item of items)
          if (textLength(item) > limits.cellChars)
            throw unreadable(limitMessages.cellChars(undefined, limits.cellChars));
        return Array.prototype.push.apply(array, items);
      };
    },
  });
}

/**
 * The rows of an XLSX file's first sheet (participant-data.md §2) as text, within the limits on
 * rows, columns, cell length and shared strings. The zip's sizes are checked first (checkZipSizes).
 */
export async function* xlsxRows(path: string, limits: XlsxLimits): AsyncGenerator<{ row: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  capSharedStrings(reader, limits);
  let rows = 0;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (++rows > limits.rows) throw unreadable(limitMessages.rows(limits.rows));
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > limits.columns)
          throw unreadable(limitMessages.columns(row.number, values.length - 1, limits.columns));
        const cells = values.slice(1).map(cellText);
        if (cells.some((c) => c.length > limits.cellChars))
          throw unreadable(limitMessages.cellChars(row.number, limits.cellChars));
        yield { row: row.number, cells };
      }
      // Only the first sheet holds data.
      return;
    }
  } catch (error) {
    if (!(error as { status?: number }).status) throw unreadable(NOT_XLSX);
    throw error;
  }
}
