import { addToCell, emptyCell, MAGNITUDE_SALT, releaseCount, statusOf, type Cell, type Protection } from './protect';
import { alphabetical } from './results-choice';
import type { SurveyResponseInput } from './results-filter';
import type { OtherItem } from './results-items';
import type { DateResult, NumberResult, TextResult } from './results-schema';

/** The median of sorted values: the middle one, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The distance between the lower and the upper quartile (as ranks ⌊(n−1)/4⌋ and ⌈3(n−1)/4⌉). */
export function quartileSpread(sorted: readonly number[]): number {
  const last = sorted.length - 1;
  return sorted[Math.ceil((3 * last) / 4)]! - sorted[Math.floor(last / 4)]!;
}

/**
 * A number question: n, mean and median, never min or max (an extreme value is one person's).
 * The mean is a protected sum (moved by up to half the largest answer) over n; the median moves
 * by up to a quarter of the distance between the quartiles, so that adding one answer does not
 * reveal it (docs/decisions/0033).
 */
export function numberResult(item: OtherItem, responses: readonly SurveyResponseInput[], p: Protection): NumberResult {
  const n = emptyCell();
  const values: number[] = [];
  for (const r of responses) {
    const value = r.answers[item.id];
    if (!value || !('number' in value)) continue;
    addToCell(n, r.recordKey);
    values.push(value.number);
  }
  const status = statusOf(p, n);
  const nShown = releaseCount(p, status, n);
  const shown = status === 'shown';
  const sorted = [...values].sort((a, b) => a - b);
  const sum = values.reduce((a, b) => a + b, 0);
  const largest = Math.max(0, ...values.map(Math.abs));
  return {
    kind: 'number',
    id: item.id,
    text: item.text,
    status,
    n: nShown,
    mean: shown ? p.magnitude(sum, largest, n.keySum + MAGNITUDE_SALT.numberMean) / n.count : null,
    median: shown
      ? p.magnitude(median(sorted), quartileSpread(sorted) / 2, n.keySum + MAGNITUDE_SALT.numberMedian)
      : null,
  };
}

/** A date question: n and the count per month (each month a cell of its own), months with a hidden count left out. */
export function dateResult(item: OtherItem, responses: readonly SurveyResponseInput[], p: Protection): DateResult {
  const n = emptyCell();
  const months = new Map<string, Cell>();
  for (const r of responses) {
    const value = r.answers[item.id];
    if (!value || !('date' in value)) continue;
    addToCell(n, r.recordKey);
    const month = value.date.slice(0, 7);
    if (!months.has(month)) months.set(month, emptyCell());
    addToCell(months.get(month)!, r.recordKey);
  }
  const status = statusOf(p, n);
  return {
    kind: 'date',
    id: item.id,
    text: item.text,
    status,
    n: releaseCount(p, status, n),
    // Only months with a shown count: listing a month with a hidden one would tell it is not empty,
    // and the first and last month would be one person's dates.
    months:
      status === 'shown'
        ? [...months.keys()].sort().flatMap((month) => {
            const count = p.count(months.get(month)!);
            return count === null ? [] : [{ month, count }];
          })
        : [],
  };
}

/** A free-text question: the open answers, listed only when at least the threshold answered it. */
export function textResult(item: OtherItem, responses: readonly SurveyResponseInput[], p: Protection): TextResult {
  const n = emptyCell();
  const texts: string[] = [];
  for (const r of responses) {
    const value = r.answers[item.id];
    if (!value || !('text' in value) || value.text.trim() === '') continue;
    addToCell(n, r.recordKey);
    texts.push(value.text);
  }
  const status = statusOf(p, n);
  return {
    kind: 'text',
    id: item.id,
    text: item.text,
    status,
    n: releaseCount(p, status, n),
    answers: status === 'shown' ? alphabetical(texts) : [],
  };
}
