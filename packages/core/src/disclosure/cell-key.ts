/**
 * The cell key method of statistical disclosure control (ABS TableBuilder; ONS, Census 2021),
 * see docs/decisions/0015. Every record has a secret record key, uniform on 0–255; a cell's key
 * is the sum of its records' keys modulo 256. A cell's published value is its true value plus
 * a small noise chosen by its cell key. The same set of records therefore always gets the same
 * value, in every view, grouping and export, and the difference of two cells is the true
 * difference plus two unknown noises: differencing yields noise, never a hidden value.
 */

/** Record keys are 0–255 (one byte), as in ABS's method; cell keys are their sum modulo this. */
export const RECORD_KEY_RANGE = 256;

/** The largest noise added to a count, either way. */
export const MAX_COUNT_NOISE = 2;

/**
 * The share of a cell's largest contribution by which a sum (days, hours) moves at most either
 * way, so that differencing two sums does not reveal one person's days or hours.
 */
export const MAGNITUDE_NOISE_SHARE = 0.5;

/** The cell key of a cell from the sum of its records' keys. */
export const cellKey = (recordKeySum: number) =>
  ((recordKeySum % RECORD_KEY_RANGE) + RECORD_KEY_RANGE) % RECORD_KEY_RANGE;

/**
 * A uniform number in [0, 1) from a cell key, different per `salt`. For a fixed salt the map is a
 * bijection of 0–255 (the multiplier is odd), so a uniform cell key gives a uniform result.
 */
function uniformFrom(key: number, salt: number, multiplier: number): number {
  return (((cellKey(key) * multiplier + salt * 31) % RECORD_KEY_RANGE) + 0.5) / RECORD_KEY_RANGE;
}

/**
 * A protected count: 0 stays 0 (nobody is revealed by an empty cell), 1 to threshold−1 is hidden
 * (null, shown "<5"), and a count from the threshold up gets a noise of −2…+2 chosen by the cell
 * key, never taking it below the threshold (so a shown value is never a small count).
 */
export function perturbCount(value: number, recordKeySum: number, threshold: number): number | null {
  if (value <= 0) return 0;
  if (value < threshold) return null;
  const lowest = Math.max(-MAX_COUNT_NOISE, threshold - value);
  const choices = MAX_COUNT_NOISE - lowest + 1;
  return value + lowest + Math.floor(uniformFrom(recordKeySum, value, 97) * choices);
}

/**
 * A protected sum of magnitudes (days enrolled, hours): moved by up to ±half of the cell's
 * largest single contribution, by the cell key. The result is never negative, since the sum
 * holds the largest contribution itself.
 */
export function perturbMagnitude(sum: number, largest: number, recordKeySum: number): number {
  if (sum === 0 || largest === 0) return sum;
  const u = uniformFrom(recordKeySum, 7, 181);
  return sum + (2 * u - 1) * MAGNITUDE_NOISE_SHARE * largest;
}
