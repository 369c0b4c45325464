import type { FollowUpCells } from './report';

/** The basis of a measured persistence, shown beside it (issue 12 §8). */
export interface MeasuredPersistence {
  /** Share still in work or studies 12 months after exit, 0–1: the model's p (socioeconomic.md). */
  persistence: number;
  /** In work or studies at exit and reached at 12 months: the denominator. */
  n: number;
  /** Of them, still in work or studies. */
  kept: number;
  /** Reached ÷ due at the 12-month follow-up, over the whole cohort; null when none is due yet. */
  responseRate: number | null;
}

/** Fewer than this many in the denominator is no measurement to build a calculation on. */
export const MIN_PERSISTENCE_BASIS = 5;

/**
 * "Effektens varaktighet" measured by the follow-up (socioeconomic.md: p per following year): of
 * the participants in work or studies at exit who were reached 12 months later, the share still in
 * work or studies. One year later is exactly the step p models. From the report's Totalt column,
 * so roles without personal-data access get it from protected counts; null when the basis is
 * hidden or smaller than MIN_PERSISTENCE_BASIS.
 */
export function measuredPersistence(cells: FollowUpCells): MeasuredPersistence | null {
  const n = cells['12m.kvar_bas']?.total ?? null;
  const kept = cells['12m.kvar']?.total ?? null;
  if (n === null || kept === null || n < MIN_PERSISTENCE_BASIS) return null;
  return {
    persistence: Math.min(1, kept / n),
    n,
    kept: Math.min(kept, n),
    responseRate: cells['12m.svarsfrekvens']?.total ?? null,
  };
}
