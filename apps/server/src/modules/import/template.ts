import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './columns';

// One example row in the import format (participant-data.md §1), so users see every column filled in.
const EXAMPLE: Record<(typeof IMPORT_COLUMNS)[number], string | number> = {
  forbund: 'Samordningsförbundet Exempel',
  insats: 'Jobbstudion',
  deltagar_id: 'JS-0001',
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
  kommentar: '',
};

export function templateCsv(): string {
  const row = IMPORT_COLUMNS.map((c) => String(EXAMPLE[c]));
  return `\uFEFF${IMPORT_COLUMNS.join(';')}\r\n${row.join(';')}\r\n`;
}

export async function templateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.addRow(IMPORT_COLUMNS.map((c) => EXAMPLE[c]));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
