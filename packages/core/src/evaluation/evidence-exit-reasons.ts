import { exactCounter, protectedCounter, shareCell, type BeforeAfterTally } from '../outcome/before-after';
import type { OutcomeCell } from '../outcome/cells';
import { formatOutcomeValue, formatShare } from '../outcome/format';
import { OUTCOME_COLUMN_LABELS_SV, OUTCOME_COLUMNS } from '../outcome/indicators';
import { suppressedText, type SuppressionReason } from '../outcome/suppression';
import { EXIT_REASON_LABELS_SV, EXIT_REASONS, type ExitReason, type Gender } from '../participation';

/** The reasons a report counts: a felregistrering is no participation at all (participant-data.md §3). */
export const COUNTED_EXIT_REASONS = EXIT_REASONS.filter((r) => r !== 'felregistrering');

/** The tally key of an exit reason in a group's per-gender tallies (the before/after report's shape). */
export const exitReasonTallyKey = (reason: ExitReason) => `exit_reason:${reason}`;

export interface ExitReasonRow {
  reason: ExitReason;
  count: OutcomeCell;
  /** Of the exited participations (antal). */
  share: OutcomeCell;
}

export interface ExitReasonTable {
  antal: OutcomeCell;
  rows: ExitReasonRow[];
  /** Why each hidden value is hidden, by `<reason or antal>.<count|share>.<column>`. */
  reasons: Record<string, SuppressionReason>;
}

/**
 * Why participations ended in a period (bortfallsanalys, seed 004 field 3), per gender: a count and
 * a share of the exited per reason. With a threshold, the cell key method protects every count as
 * in the before/after report (decision 0015): antal gets the same protected value as there, a share
 * is computed from protected counts, and a column whose antal is hidden is hidden whole.
 */
export function exitReasonTable(tallies: Record<Gender, BeforeAfterTally>, threshold: number | null): ExitReasonTable {
  const exact = exactCounter(tallies);
  const count = threshold === null ? exact : protectedCounter(tallies, threshold);
  const antal = count('n');
  const hidden = OUTCOME_COLUMNS.filter((c) => antal[c] === null);
  const reasons: Record<string, SuppressionReason> = {};
  const hide = (path: string, cell: OutcomeCell, exactCell: OutcomeCell, reason: SuppressionReason) => {
    for (const column of OUTCOME_COLUMNS) {
      if (hidden.includes(column)) cell[column] = null;
      if (cell[column] === null && exactCell[column] !== null) reasons[`${path}.${column}`] = reason;
    }
  };
  hide('antal.count', antal, exact('n'), 'small_count');
  const rows = COUNTED_EXIT_REASONS.filter((reason) => (exact(exitReasonTallyKey(reason)).total ?? 0) > 0).map(
    (reason): ExitReasonRow => {
      const key = exitReasonTallyKey(reason);
      const row = { reason, count: count(key), share: shareCell(count(key), antal) };
      hide(`${reason}.count`, row.count, exact(key), 'small_count');
      hide(`${reason}.share`, row.share, shareCell(exact(key), exact('n')), 'computed_from_small_count');
      return row;
    },
  );
  return { antal, rows, reasons };
}

/** The header of the exit-reason table: counts, then shares, each Totalt / Kvinnor / Män. */
export const EXIT_REASON_COLUMNS_SV = [
  ...OUTCOME_COLUMNS.map((c) => `Antal – ${OUTCOME_COLUMN_LABELS_SV[c]}`),
  ...OUTCOME_COLUMNS.map((c) => `Andel – ${OUTCOME_COLUMN_LABELS_SV[c]}`),
];

/** The table as displayed text, as in the board's files: hidden counts "<5", values from them "..", none "–". */
export function exitReasonRowsSv(table: ExitReasonTable, threshold: number): { label: string; values: string[] }[] {
  const text = (path: string, cell: OutcomeCell, kind: 'count' | 'share') =>
    OUTCOME_COLUMNS.map((column) => {
      const reason = table.reasons[`${path}.${kind}.${column}`];
      if (reason) return suppressedText(reason, threshold);
      const value = cell[column];
      if (kind === 'share') return formatShare(value);
      return formatOutcomeValue('antal', value);
    });
  return [
    { label: 'Antal avslutade', values: [...text('antal', table.antal, 'count'), '', '', ''] },
    ...table.rows.map((row) => ({
      label: EXIT_REASON_LABELS_SV[row.reason],
      values: [...text(row.reason, row.count, 'count'), ...text(row.reason, row.share, 'share')],
    })),
  ];
}
