import ExcelJS from 'exceljs';
import { columnName } from './column-count';
import { EXAMPLE_REFERENCE, IMPORT_COLUMNS, type ImportColumn } from './columns';
import { CODE_LISTS } from './parse-row';

// One example row in the import format (participant-data.md §1), so users see every column filled
// in. Its pseudonym marks it: the import skips it and says so (isTemplateExample).
const EXAMPLE: Record<ImportColumn, string | number> = {
  forbund: 'Samordningsförbundet Exempel',
  insats: 'Jobbstudion',
  deltagar_id: EXAMPLE_REFERENCE,
  personnummer: '',
  kon: 'kvinna',
  fodelsear: 1990,
  startdatum: '2025-01-15',
  slutdatum: '2025-09-30',
  avslutsorsak: 'arbete',
  utbildning: 'gymnasial',
  offentlig_forsorjning_fore: '1_3_ar',
  forsorjning_fore: 'forsorjningsstod',
  forsorjning_efter: 'lon',
  arbete_timmar_fore: 0,
  arbete_timmar_efter: 30,
  studier_timmar_fore: 0,
  studier_timmar_efter: 0,
  samtycke: 'ja',
  samtycke_datum: '2025-01-15',
  kommun: '0683',
  arbetshinder: '',
  sysselsattning_fore: 'arbetssokande',
  sysselsattning_efter: 'arbete',
  // A follow-up is dated within its window (decision 0022): 6 months = 5–9 months after exit.
  uppfoljning_6m: 'lon',
  uppfoljning_6m_datum: '2026-03-30',
  uppfoljning_6m_nadd: 'ja',
  uppfoljning_6m_sysselsattning: 'arbete',
  uppfoljning_6m_arbete_timmar: 30,
  uppfoljning_6m_studier_timmar: 0,
  uppfoljning_12m: '',
  uppfoljning_12m_datum: '',
  uppfoljning_12m_nadd: '',
  uppfoljning_12m_sysselsattning: '',
  uppfoljning_12m_arbete_timmar: '',
  uppfoljning_12m_studier_timmar: '',
  kommentar: `Exempelrad: rader med deltagar_id ${EXAMPLE_REFERENCE} hoppas över vid import.`,
};

/**
 * The code lists of the coded columns, one column each on the sheet "Kodlistor". How strictly
 * Excel holds a cell to its list: 'stop' where only the codes are read, 'warning' where the
 * import also reads a short form (K/M, j/n), 'information' where a cell may hold several codes
 * separated by ";" – a drop-down picks one, and the rest are typed.
 */
const LISTS: {
  name: string;
  codes: readonly string[];
  style: 'stop' | 'warning' | 'information';
  columns: ImportColumn[];
}[] = [
  { name: 'kon', codes: ['kvinna', 'man'], style: 'warning', columns: ['kon'] },
  {
    name: 'ja_nej',
    codes: ['ja', 'nej'],
    style: 'warning',
    columns: ['samtycke', 'uppfoljning_6m_nadd', 'uppfoljning_12m_nadd'],
  },
  { name: 'avslutsorsak', codes: CODE_LISTS.exitReasons, style: 'stop', columns: ['avslutsorsak'] },
  { name: 'utbildning', codes: CODE_LISTS.education, style: 'stop', columns: ['utbildning'] },
  {
    name: 'offentlig_forsorjning_fore',
    codes: CODE_LISTS.publicSupport,
    style: 'stop',
    columns: ['offentlig_forsorjning_fore'],
  },
  {
    name: 'forsorjning',
    codes: CODE_LISTS.support,
    style: 'information',
    columns: ['forsorjning_fore', 'forsorjning_efter', 'uppfoljning_6m', 'uppfoljning_12m'],
  },
  {
    name: 'sysselsattning',
    codes: CODE_LISTS.occupations,
    style: 'information',
    columns: [
      'sysselsattning_fore',
      'sysselsattning_efter',
      'uppfoljning_6m_sysselsattning',
      'uppfoljning_12m_sysselsattning',
    ],
  },
];
export const CODE_SHEET = 'Kodlistor';
/** The drop-downs reach this far down the sheet; rows below it are read all the same. */
const VALIDATED_ROWS = 5000;

/** The column's letters alone, as a formula needs them ("Q" of "kolumn 17 (Q)"). */
const letters = (index: number) => /\((\w+)\)$/.exec(columnName(index))![1]!;

export function templateCsv(): string {
  const row = IMPORT_COLUMNS.map((c) => String(EXAMPLE[c]));
  return `\uFEFF${IMPORT_COLUMNS.join(';')}\r\n${row.join(';')}\r\n`;
}

export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  const codes = workbook.addWorksheet(CODE_SHEET);
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.addRow(IMPORT_COLUMNS.map((c) => EXAMPLE[c]));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF6B6B6B' } };
  sheet.columns.forEach((column) => (column.width = 18));
  // exceljs has range validations (one per column, not one per cell) but leaves them out of its types.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  LISTS.forEach((list, i) => {
    const column = letters(i);
    codes.getCell(`${column}1`).value = list.name;
    list.codes.forEach((code, j) => (codes.getCell(`${column}${j + 2}`).value = code));
    const source = `${CODE_SHEET}!$${column}$2:$${column}$${list.codes.length + 1}`;
    for (const name of list.columns) {
      const target = letters(IMPORT_COLUMNS.indexOf(name));
      validations.add(`${target}2:${target}${VALIDATED_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [source],
        showErrorMessage: true,
        errorStyle: list.style,
        errorTitle: name,
        error: `Välj ett värde ur listan (bladet ${CODE_SHEET}, kolumn ${list.name}).`,
      });
    }
  });
  codes.getRow(1).font = { bold: true };
  codes.columns.forEach((column) => (column.width = 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
