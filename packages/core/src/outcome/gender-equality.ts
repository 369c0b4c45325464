import type { OutcomeCells } from './cells';
import { OUTCOME_INDICATORS, type OutcomeIndicatorId } from './indicators';

/** An even gender distribution is 40–60 % of each (the usual Swedish equality threshold). */
export const EVEN_DISTRIBUTION = { min: 0.4, max: 0.6 } as const;
/** A gap of this many percentage points between women and men in a share is flagged. */
export const DEFAULT_GAP_THRESHOLD = 0.1;

export interface GenderFlags {
  /** Women's share of participations when outside 40–60 %, else null. */
  unevenDistribution: number | null;
  /** Share indicators where women and men differ by at least the threshold (men − women). */
  gaps: { indicator: OutcomeIndicatorId; women: number; men: number; difference: number }[];
}

/** Flags a group for the gender-equality view: uneven distribution and gaps in outcomes. */
export function genderFlags(cells: OutcomeCells, threshold = DEFAULT_GAP_THRESHOLD): GenderFlags {
  const women = cells.fordelning.kvinna;
  const unevenDistribution =
    women !== null && (women < EVEN_DISTRIBUTION.min || women > EVEN_DISTRIBUTION.max) ? women : null;
  const gaps = OUTCOME_INDICATORS.filter((i) => i.kind === 'share' && i.id !== 'fordelning').flatMap(({ id }) => {
    const w = cells[id].kvinna;
    const m = cells[id].man;
    // The epsilon keeps an exact 10-point gap (e.g. 0.3 vs 0.2) from escaping through binary rounding.
    return w !== null && m !== null && Math.abs(m - w) + 1e-9 >= threshold
      ? [{ indicator: id, women: w, men: m, difference: m - w }]
      : [];
  });
  return { unevenDistribution, gaps };
}
