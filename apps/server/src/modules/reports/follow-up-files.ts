import {
  followUpRowLabelSv,
  formatShare,
  FOLLOW_UP_ROWS,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_COLUMNS,
  protectionNoteSv,
  suppressedText,
  type OutcomeColumn,
} from '@insikt/core';
import { workbookBuffer, type CellValue } from '../../platform/excel';
import type { FollowUpGroup, FollowUpReport } from './follow-up-report';

const POINT_LABELS_SV: Record<string, string> = {
  exit: 'Vid avslut',
  '6m': '6 månader efter avslut',
  '12m': '12 månader efter avslut',
};

// Shares are rounded half up to whole percent, as everywhere in the reports (participant-data.md §3).
const roundShare = (v: number) => Math.round(v * 100 + 1e-9) / 100;

/** One value of a group: the number (a share as a fraction), "<5"/".." where hidden, "–" where none. */
function value(group: FollowUpGroup, id: string, column: OutcomeColumn, threshold: number, kind: string): CellValue {
  const reason = group.suppressionReasons?.[`${id}.${column}`];
  if (reason) return suppressedText(reason, threshold);
  const v = group.cells[id]?.[column] ?? null;
  if (v === null) return '–';
  return kind === 'share' ? roundShare(v) : v;
}

const rowLabel = (id: string) => `${POINT_LABELS_SV[id.split('.')[0]!]}: ${followUpRowLabelSv(id)}`;
const title = (report: FollowUpReport) =>
  `Uppföljning 6 och 12 månader efter avslut – avslutade ${report.period.from} – ${report.period.to}`;
const note = (report: FollowUpReport, threshold: number) =>
  `${report.suppressed ? `${protectionNoteSv(threshold)} ` : ''}Tidsfönster bedömda ${report.today}: ` +
  '"Ännu inte aktuella" har ett tidsfönster som inte har stängt och ingen uppföljning; de räknas inte i svarsfrekvensen. ' +
  'Svarsfrekvens = nådda ÷ aktuella; "ej nådda" och "saknas" är aktuella men inte nådda. Andelar i arbete m.m. är av de nådda. "–": ingen i gruppen.';

/** The displayed table (CSV): one row per measure, Totalt/Kvinnor/Män per group. */
export function followUpTable(report: FollowUpReport, threshold = 5): string[][] {
  const header = [
    'Avslutade deltagare',
    ...report.groups.flatMap((g) => OUTCOME_COLUMNS.map((c) => `${g.label} – ${OUTCOME_COLUMN_LABELS_SV[c]}`)),
  ];
  const rows = FOLLOW_UP_ROWS.map((row) => [
    rowLabel(row.id),
    ...report.groups.flatMap((g) =>
      OUTCOME_COLUMNS.map((column) => {
        const v = value(g, row.id, column, threshold, row.kind);
        return typeof v === 'number' ? (row.kind === 'share' ? formatShare(v) : String(v)) : String(v);
      }),
    ),
  ]);
  return [[title(report)], header, ...rows, [note(report, threshold)]];
}

/** The report as a workbook: every figure a number cell with a Swedish number format. */
export function followUpWorkbook(report: FollowUpReport, threshold = 5): Promise<Buffer> {
  return workbookBuffer([
    {
      name: 'Uppföljning',
      title: title(report),
      subtitle: report.groupBy === 'intervention' ? 'Per insats' : 'Per förbund',
      headers: [
        [
          { text: 'Avslutade deltagare' },
          ...report.groups.map((g) => ({ text: g.label, span: OUTCOME_COLUMNS.length })),
        ],
        [
          { text: '' },
          ...report.groups.flatMap(() => OUTCOME_COLUMNS.map((c) => ({ text: OUTCOME_COLUMN_LABELS_SV[c] }))),
        ],
      ],
      rows: FOLLOW_UP_ROWS.map((row) => ({
        label: rowLabel(row.id),
        format: row.kind === 'share' ? 'percent' : 'count',
        values: report.groups.flatMap((g) => OUTCOME_COLUMNS.map((c) => value(g, row.id, c, threshold, row.kind))),
      })),
      note: note(report, threshold),
    },
  ]);
}
