import { goalMet, type GoalComparison } from '../../intervention';

/** The three outcomes a linked indicator can have in a year (issue 13 §4). */
export const FULFILMENT_STATUSES = ['met', 'not_met', 'no_data'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

export interface IndicatorTarget {
  comparison: GoalComparison;
  target: number;
  targetMax?: number | null;
}

/**
 * Whether a delmål's indicator met its target in a year: "no data" when nothing was measured (or a
 * small count was hidden by disclosure control), else the comparison with the target, inclusive at
 * its bounds ("at least 30 %" is met by exactly 30 %), as for an insats's goals (seed 002 Tabell 1).
 */
export function indicatorFulfilment(target: IndicatorTarget, actual: number | null): FulfilmentStatus {
  const met = goalMet(target, actual);
  if (met === null) return 'no_data';
  return met ? 'met' : 'not_met';
}
