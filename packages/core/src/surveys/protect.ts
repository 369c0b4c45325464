import { cellKey, perturbCount, perturbMagnitude } from '../disclosure/cell-key';
import type { ResultStatus } from './results-schema';

/**
 * The disclosure control of survey results (docs/decisions/0015 and 0033). Answers are anonymous
 * for every role, so there is one way to release a figure: the cell key method, with two
 * additions for results that anyone may filter (0033):
 *
 * - a cell's key mixes the sum of its responses' record keys with its group's key sum (the
 *   responses within the filter), see `groupedCellKey`. With the records' keys alone, two filters that differ by
 *   one respondent show every cell that respondent is not in identically, and every cell the
 *   respondent is in (four times in five) differently: the changed cells would be their answers.
 * - a count of 0 is hidden like 1 to threshold−1, and a count of exactly the threshold is hidden
 *   for half the cell keys. Otherwise one more answer turning "0" into "<5", or "<5" into "5",
 *   would say where that answer went; now a hidden cell may hold anything from 0 to the threshold,
 *   so a cell that appears may as well be one that was there all along. Hidden counts read "≤5".
 *
 * Not exported from core: only the protected results are.
 */

/** A cell: how many responses it counts and the sum of their record keys. */
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
  /** Counts below the threshold (and some at it) are hidden; a group or question whose N is hidden shows nothing. */
  threshold: number;
  count(cell: Cell): number | null;
  /** A magnitude (a sum of values, a median) moved by up to half of `spread`, by the cell key. */
  magnitude(value: number, spread: number, keySum: number): number;
}

/**
 * A cell's key from its records' key sum and its group's: the group's key enters through an
 * exclusive or with the cell's own, so that a change of the group moves each cell's key by a
 * different amount (adding it would move every cell alike, and their noises with it). For a fixed
 * cell, or a cell that is the whole group, the key stays even over 0–255.
 */
export const groupedCellKey = (cellKeySum: number, groupKeySum: number) =>
  cellKey(cellKeySum + GROUP_KEY_FACTOR * (cellKey(groupKeySum) ^ cellKey(cellKeySum)) + GROUP_KEY_OFFSET);
/** Odd, so the mix is a bijection of 0–255 for a fixed cell. */
export const GROUP_KEY_FACTOR = 167;
export const GROUP_KEY_OFFSET = 13;

/** Whether a count of exactly the threshold is hidden: for half the cell keys (a bijection of 0–255, halved). */
export const hiddenAtThreshold = (keySum: number) => (cellKey(keySum) * 173 + 101) % 256 < 128;

/** The cell key method with the förbund's threshold, for a group with this key sum: what every role sees. */
export function cellKeyProtection(threshold: number, groupKeySum: number): Protection {
  const key = (keySum: number) => groupedCellKey(keySum, groupKeySum);
  return {
    threshold,
    count: (cell) => {
      const k = key(cell.keySum);
      if (cell.count === 0 || (cell.count === threshold && hiddenAtThreshold(k))) return null;
      return perturbCount(cell.count, k, threshold);
    },
    magnitude: (value, spread, keySum) => perturbMagnitude(value, spread, key(keySum)),
  };
}

/**
 * The exact figures, so the tests can check the counting rules against the seed's tables (002
 * publishes groups of 7). Nothing outside the tests uses it.
 */
export const exactProtection: Protection = {
  threshold: 1,
  count: (cell) => cell.count,
  magnitude: (value) => value,
};

/** Whether a group or question shows figures: only when its N is shown (and not 0). */
export function statusOf(p: Protection, n: Cell): ResultStatus {
  const shown = p.count(n);
  return shown === null || shown === 0 ? 'too_few' : 'shown';
}

/** A count within a group or question of this status: nothing at all below the threshold. */
export const releaseCount = (p: Protection, status: ResultStatus, cell: Cell): number | null =>
  status === 'shown' ? p.count(cell) : null;

/** A share of two protected counts, at most 100 %; null when either is hidden or N is 0. */
export const shareOf = (count: number | null, n: number | null): number | null =>
  count === null || n === null || n === 0 ? null : Math.min(1, count / n);

/**
 * Salts added to a cell's key sum so that the noises of different figures over the same
 * responses are not the same draw (as the outcome report does for its sums).
 */
export const MAGNITUDE_SALT = { scaleMean: 1, numberMean: 2, numberMedian: 3 } as const;
