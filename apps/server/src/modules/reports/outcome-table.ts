import {
  formatOutcomeValue,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  suppressedText,
  type OutcomeColumn,
  type OutcomeIndicatorId,
} from '@insikt/core';
import type { OutcomeGroup } from './outcome-report';

/** A column group of an indicator table: a group of the report, or one year of a trend. */
export type TableColumn = Pick<OutcomeGroup, 'label' | 'cells' | 'suppressionReasons'>;

/**
 * The displayed table of the report, as in SUS: one row per indicator, Totalt/Kvinnor/Män per
 * group. Hidden counts read "<5", other hidden values "..".
 */
export function outcomeTable(report: { groups: readonly TableColumn[] }, threshold = 5): string[][] {
  const header = [
    'Avslutade deltagare',
    ...report.groups.flatMap((g) => OUTCOME_COLUMNS.map((c) => `${g.label} – ${OUTCOME_COLUMN_LABELS_SV[c]}`)),
  ];
  const rows = OUTCOME_INDICATORS.map(({ id, label }) => [
    label,
    ...report.groups.flatMap((g) => OUTCOME_COLUMNS.map((column) => outcomeCellText(g, id, column, threshold))),
  ]);
  return [header, ...rows];
}

/** One displayed value of a group: "<5" or ".." where hidden, else formatted as §3 says. */
export function outcomeCellText(
  group: Pick<TableColumn, 'cells' | 'suppressionReasons'>,
  id: OutcomeIndicatorId,
  column: OutcomeColumn,
  threshold: number,
): string {
  const reason = group.suppressionReasons?.[`${id}.${column}`];
  return reason ? suppressedText(reason, threshold) : formatOutcomeValue(id, group.cells[id][column]);
}

/** A cell that a spreadsheet would run as a formula is neutralised (CSV injection, OWASP). */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Semicolon-separated with a BOM: what Swedish Excel opens correctly by double-click. A value with
 * a comma is quoted too: Excel with a comma list separator would otherwise split it, and a formula
 * after the comma (`Kurs,=cmd|…`) would start a field of its own.
 */
export function toCsv(rows: string[][]): string {
  const quote = (v: string) => {
    const safe = spreadsheetSafe(v);
    return /[;,"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}
