import type { OutcomeCells } from './cells';
import { OUTCOME_COLUMNS, OUTCOME_INDICATORS, type OutcomeColumn, type OutcomeIndicatorId } from './indicators';

/** Default threshold of statistical disclosure control: counts 1–4 are hidden (participant-data.md §3). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export type SuppressionReason = 'small_count' | 'computed_from_small_count' | 'recoverable_from_total';

export interface SuppressedCell {
  indicator: OutcomeIndicatorId;
  column: OutcomeColumn;
  reason: SuppressionReason;
}

// Which count each non-count indicator is computed from (its numerator), besides `antal`.
const NUMERATOR_COUNT: Partial<Record<OutcomeIndicatorId, OutcomeIndicatorId>> = {
  andel_forvarvsarbete: 'antal_forvarvsarbete',
  forvarvsarbete_heltider: 'antal_forvarvsarbete',
  arbete_eller_studier_heltider: 'antal_arbete_eller_studier',
};

const COUNTS: OutcomeIndicatorId[] = [
  'antal',
  'antal_unika',
  'antal_forvarvsarbete',
  'antal_arbete_eller_studier',
  'antal_okat_omfattning',
];

/**
 * Statistical disclosure control for roles without personal-data access (§3): a count from 1
 * to threshold−1 is hidden ("<5"); every share, mean or full-time figure computed from such a
 * count — as numerator or denominator — is hidden; and where one gender is hidden while the
 * total shows, the other gender is hidden too, so it cannot be recovered as Totalt − the other.
 */
export function suppressOutcomeCells(
  cells: OutcomeCells,
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
): { cells: OutcomeCells; suppressed: SuppressedCell[] } {
  const small = (v: number | null) => v !== null && v > 0 && v < threshold;
  const hidden = new Map<string, SuppressedCell>();
  const hide = (indicator: OutcomeIndicatorId, column: OutcomeColumn, reason: SuppressionReason) => {
    const key = `${indicator}.${column}`;
    if (!hidden.has(key)) hidden.set(key, { indicator, column, reason });
  };

  for (const column of OUTCOME_COLUMNS) {
    const n = cells.antal[column];
    for (const id of COUNTS) if (small(cells[id][column])) hide(id, column, 'small_count');
    for (const { id, kind } of OUTCOME_INDICATORS) {
      if (kind === 'count') continue;
      const value = cells[id][column];
      if (value === null) continue;
      const countId = NUMERATOR_COUNT[id];
      // A share's numerator is recovered from the share and the cell's own antal.
      const numerator =
        id === 'fordelning'
          ? n
          : countId
            ? cells[countId][column]
            : kind === 'share' && n !== null
              ? Math.round(value * n)
              : null;
      if (small(n) || small(numerator)) hide(id, column, 'computed_from_small_count');
    }
  }
  for (const { id } of OUTCOME_INDICATORS) {
    const columns = new Set(OUTCOME_COLUMNS.filter((column) => hidden.has(`${id}.${column}`)));
    const other = recoverableColumn(columns);
    if (other) hide(id, other, 'recoverable_from_total');
  }

  const result = structuredClone(cells);
  for (const { indicator, column } of hidden.values()) result[indicator][column] = null;
  return { cells: result, suppressed: [...hidden.values()] };
}

/**
 * The gender that must also be hidden when exactly one gender is hidden and Totalt shows:
 * otherwise it is recovered as Totalt − the other gender.
 */
export function recoverableColumn(hidden: ReadonlySet<OutcomeColumn>): OutcomeColumn | null {
  if (hidden.has('total') || hidden.has('kvinna') === hidden.has('man')) return null;
  return hidden.has('kvinna') ? 'man' : 'kvinna';
}

/** The text shown for a hidden value: "<5" for a small count, ".." (SCB's sign) for the rest. */
export function suppressedText(reason: SuppressionReason, threshold = DEFAULT_SUPPRESSION_THRESHOLD): string {
  // Only counts are ever hidden as small counts; everything derived or protected reads "..".
  return reason === 'small_count' ? `<${threshold}` : '..';
}
