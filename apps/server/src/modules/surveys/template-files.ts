import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  builtInSurveyTemplate,
  rowsFromQuestionnaire,
  TEMPLATE_ROW_HEADERS,
  templateToJson,
  type TemplateRow,
} from '@insikt/core';
import { invalid } from '../../platform/errors';
import { checkZipSizes, XLSX_LIMITS } from '../import/xlsx-limits';
import { xlsxInWorker } from '../import/read-table';
import type { TemplateRow as StoredTemplate } from './templates.repository';

/**
 * A template sheet is one question per row: a few hundred rows, well under a megabyte. Read in the
 * import's memory-limited worker like a participant file (decision 0017), with a far smaller heap:
 * a sheet lying about its size in the zip is stopped there, never in the server's own thread.
 */
export const SHEET_LIMITS = {
  ...XLSX_LIMITS,
  unpackedBytes: 20 * 1024 * 1024,
  rows: 2_000,
  columns: 40,
  sharedStrings: 20_000,
  workerMemoryMb: 64,
};

/** The template as the JSON file of core's format (what the förbund gives to another, or keeps). */
export const templateJson = (row: StoredTemplate) =>
  templateToJson({
    name: row.name,
    description: row.description || undefined,
    source: row.source || undefined,
    locked: row.locked,
    questionnaire: row.questionnaire,
  });

/**
 * The rows of an uploaded template sheet, keyed by the header row's texts, within the limits of
 * decision 0017. The header is row 1; empty rows are kept so row numbers stay the sheet's.
 */
export async function readTemplateSheet(file: Buffer): Promise<TemplateRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-survey-'));
  const target = path.join(dir, 'upload.xlsx');
  try {
    fs.writeFileSync(target, file, { mode: 0o600 });
    checkZipSizes(target, SHEET_LIMITS);
    let headers: string[] | undefined;
    const rows: TemplateRow[] = [];
    for await (const { row, cells } of xlsxInWorker(target, SHEET_LIMITS)) {
      if (!headers) {
        headers = cells.map((c) => c.trim());
        continue;
      }
      // Rows the reader skips (empty) still count, so the problems name the sheet's own row numbers.
      while (rows.length < row - 2) rows.push({});
      rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']).filter(([h]) => h !== '')));
    }
    if (!headers) throw invalid([{ field: 'fil', message: 'Bladet är tomt: första raden ska vara rubrikerna.' }]);
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The sheet format as a downloadable example: the participant survey (002 Bilaga 6), one question per row. */
export async function templateSampleXlsx(): Promise<Buffer> {
  const sample = builtInSurveyTemplate('participants-b6')!;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Insikt';
  const sheet = workbook.addWorksheet('Frågor');
  sheet.addRow([...TEMPLATE_ROW_HEADERS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rowsFromQuestionnaire(sample.questionnaire)) {
    sheet.addRow(TEMPLATE_ROW_HEADERS.map((h) => row[h] ?? ''));
  }
  sheet.columns.forEach((column) => (column.width = 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
