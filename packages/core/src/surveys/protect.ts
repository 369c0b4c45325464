import { perturbCount, perturbMagnitude } from '../disclosure/cell-key';
import type { ResultStatus } from './results-schema';

/**
 * The disclosure control of survey results (docs/decisions/0015 and 0033). Answers are anonymous
 * for every role, so there is one way to release a figure: the cell key method. Not exported
 * from core: only the protected results are.
 */

/** A cell: how many responses it counts and the sum of their record keys (its cell key). */
export interface Cell {
  count: number;
  keySum: number;
}

export const emptyCell = (): Cell => ({ count: 0, keySum: 0 });

/** Counts one response into a cell. */
export function addToCell(cell: Cell, recordKey: number): void {
  cell.count += 1;
  cell.keySum += recordKey;
}

/** How figures are released from cells. */
export interface Protection {
  /** Counts 1 to threshold−1 are hidden; a group or question below it shows nothing. */
  threshold: number;
  count(cell: Cell): number | null;
  /** A magnitude (a sum of values, a median) moved by up to half of `spread`, by the cell key. */
  magnitude(value: number, spread: number, keySum: number): number;
}

/** The cell key method with the förbund's threshold: what every role sees. */
export const cellKeyProtection = (threshold: number): Protection => ({
  threshold,
  count: (cell) => perturbCount(cell.count, cell.keySum, threshold),
  magnitude: (value, spread, keySum) => perturbMagnitude(value, spread, keySum),
});

/**
 * The exact figures, so the tests can check the counting rules against the seed's tables (002
 * publishes groups of 7). Nothing outside the tests uses it.
 */
export const exactProtection: Protection = {
  threshold: 1,
  count: (cell) => cell.count,
  magnitude: (value) => value,
};

/** Whether a group or question with this many answers shows figures (see RESULT_STATUSES). */
export function statusOf(cell: Cell, threshold: number): ResultStatus {
  if (cell.count === 0) return 'none';
  return cell.count < threshold ? 'too_few' : 'shown';
}

/** A count within a group or question of this status: nothing at all below the threshold, 0 for none. */
export const releaseCount = (p: Protection, status: ResultStatus, cell: Cell): number | null =>
  status === 'shown' ? p.count(cell) : status === 'none' ? 0 : null;

/** A share of two protected counts, at most 100 %; null when either is hidden or N is 0. */
export const shareOf = (count: number | null, n: number | null): number | null =>
  count === null || n === null || n === 0 ? null : Math.min(1, count / n);

/**
 * Salts added to a cell's key sum so that the noises of different figures over the same
 * responses are not the same draw (as the outcome report does for its sums).
 */
export const MAGNITUDE_SALT = { scaleMean: 1, numberMean: 2, numberMedian: 3 } as const;
