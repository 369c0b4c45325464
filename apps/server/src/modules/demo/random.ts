/** Deterministic randomness for the demo (mulberry32): the same seed gives the same demo. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const day = 86_400_000;
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    weighted<T>(weights: readonly [T, number][]): T {
      const total = weights.reduce((s, [, w]) => s + w, 0);
      let roll = next() * total;
      for (const [value, weight] of weights) if ((roll -= weight) < 0) return value;
      return weights[weights.length - 1]![0];
    },
    dateBetween(from: string, to: string): string {
      const a0 = Date.parse(`${from}T00:00:00Z`);
      const span = Math.max(0, Date.parse(`${to}T00:00:00Z`) - a0);
      return new Date(a0 + Math.floor((next() * span) / day) * day).toISOString().slice(0, 10);
    },
    addDays: (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) + days * day).toISOString().slice(0, 10),
  };
}
