/** Error in finance input, in Swedish, naming the field and the value (BRIEF-COMMON: bad input is named). */
export class FinanceInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'FinanceInputError';
  }
}

/**
 * Splits a whole number of kronor by weights so the parts sum exactly to the total (largest remainder,
 * Hamilton; ties go to the earlier weight). Source: issue 16 item 3 ("the parts sum exactly to the whole").
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new FinanceInputError(`Beloppet att fördela måste vara ett heltal ≥ 0, fick ${total}.`, 'total', total);
  }
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) {
      throw new FinanceInputError(`Vikt ${i + 1} måste vara ett tal ≥ 0, fick ${w}.`, 'weight', w);
    }
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new FinanceInputError(`Beloppet ${total} kan inte fördelas: alla vikter är noll.`, 'weights', weights);
  }
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map((q) => Math.floor(q));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .filter(({ i }) => weights[i]! > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  return parts;
}
