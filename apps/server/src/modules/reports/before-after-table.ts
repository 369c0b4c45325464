import {
  formatShare,
  OCCUPATION_LABELS_SV,
  OUTCOME_COLUMN_LABELS_SV,
  OUTCOME_COLUMNS,
  SUPPORT_LABELS_SV,
  suppressedText,
  type BeforeAfterRow,
  type OutcomeColumn,
} from '@insikt/core';
import type { BeforeAfterGroup } from './before-after-report';

export type BeforeAfterKind = 'support' | 'occupation';

export const BEFORE_AFTER_KIND_LABELS_SV: Record<BeforeAfterKind, string> = {
  support: 'Försörjning',
  occupation: 'Sysselsättning',
};

export const codeLabelSv = (kind: BeforeAfterKind, code: string): string =>
  (kind === 'support'
    ? SUPPORT_LABELS_SV[code as keyof typeof SUPPORT_LABELS_SV]
    : OCCUPATION_LABELS_SV[code as keyof typeof OCCUPATION_LABELS_SV]) ?? code;

/** "12 (34 %)": a count and its share, each "<5" or ".." where hidden. */
function countWithShare(
  group: BeforeAfterGroup,
  path: string,
  row: BeforeAfterRow,
  when: 'before' | 'after',
  column: OutcomeColumn,
  threshold: number,
): string {
  const text = (key: string, value: number | null, format: (v: number | null) => string) => {
    const reason = group.suppressionReasons?.[`${path}.${key}.${column}`];
    return reason ? suppressedText(reason, threshold) : format(value);
  };
  const count = text(when, row[when][column], (v) => String(v ?? 0));
  const share = text(`${when}Share`, row[`${when}Share`][column], formatShare);
  return `${count} (${share})`;
}

/**
 * The table of one part (support or occupation) of a group: two header rows (Före/Efter over
 * Totalt/Kvinnor/Män) and one row per code with "antal (andel)".
 */
export function beforeAfterTable(
  group: BeforeAfterGroup,
  kind: BeforeAfterKind,
  threshold: number,
): { header: { text: string; span?: number }[][]; rows: string[][] } {
  const header = [
    [
      { text: BEFORE_AFTER_KIND_LABELS_SV[kind] },
      { text: 'Före start', span: OUTCOME_COLUMNS.length },
      { text: 'Vid avslut', span: OUTCOME_COLUMNS.length },
    ],
    [{ text: '' }, ...[0, 1].flatMap(() => OUTCOME_COLUMNS.map((c) => ({ text: OUTCOME_COLUMN_LABELS_SV[c] })))],
  ];
  const rows = group[kind].map((row) => [
    codeLabelSv(kind, row.code),
    ...(['before', 'after'] as const).flatMap((when) =>
      OUTCOME_COLUMNS.map((column) => countWithShare(group, `${kind}.${row.code}`, row, when, column, threshold)),
    ),
  ]);
  return { header, rows };
}
