import { NATIONAL_FILE_COLUMNS, nationalFileTable, type NationalFileCell } from '@insikt/core';
import { figure, workbookBuffer, type CellValue } from '../../platform/excel';
import { toCsv } from '../reports/outcome-table';
import { nationalFileRows, type NationalFiguresView } from './national-figures-report';

const HIDDEN = '<5';

const protectionNote = (view: NationalFiguresView) =>
  view.protection
    ? `Röjandeskydd: antal 1–${view.protection.threshold - 1} visas "<5", större antal kan vara flyttade upp till ${view.protection.maxNoise} åt något håll, så delar summerar inte alltid exakt till totalen.`
    : 'Exakta antal: arbetsfil för förbundets egen rapportering, får inte spridas vidare.';

const subtitle = (view: NationalFiguresView) =>
  `${view.associationName}, ${view.year}. Kolumnerna är Insikts mappning av den nationella uppföljningen (se bladet Kolumner). ${protectionNote(view)}`;

const excelCell = (v: NationalFileCell): CellValue =>
  v === undefined ? null : v === null ? HIDDEN : typeof v === 'number' ? figure(v, 'count') : v;

/** The national file as a workbook: the figures in the columns' order, and what each column counts. */
export function nationalFiguresWorkbook(view: NationalFiguresView): Promise<Buffer> {
  const table = nationalFileTable(nationalFileRows(view), view.year);
  return workbookBuffer([
    {
      name: `Nationell uppföljning ${view.year}`,
      title: `Nationell uppföljning ${view.year}, ${view.associationName}`,
      subtitle: subtitle(view),
      headers: [table.headers.map((text) => ({ text }))],
      rows: table.rows.map(([insats, ...values]) => ({ label: String(insats), values: values.map(excelCell) })),
    },
    {
      name: 'Kolumner',
      title: 'Vad varje kolumn räknar',
      subtitle:
        'Den nationella blanketten finns inte i Insikts källor: ordningen och definitionerna är Insikts egen mappning (beslut 0063).',
      headers: [[{ text: 'Kolumn' }, { text: 'Definition' }, { text: 'Beräkning i Insikt' }]],
      rows: NATIONAL_FILE_COLUMNS.map((c) => ({ label: c.header(view.year), values: [c.definition, c.source] })),
    },
  ]);
}

/** The same table as CSV (UTF-8 with BOM, semicolons): hidden counts "<5", columns that do not apply empty. */
export function nationalFiguresCsv(view: NationalFiguresView): string {
  const table = nationalFileTable(nationalFileRows(view), view.year);
  const text = (v: NationalFileCell) => (v === undefined ? '' : v === null ? HIDDEN : String(v));
  return toCsv([table.headers, ...table.rows.map((r) => r.map(text))]);
}
