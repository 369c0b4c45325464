import { describe, expect, it } from 'vitest';
import { hash64, RowIdentities } from '../src/modules/import/row-identities';

describe('row identities (duplicate check of an import)', () => {
  it('names the earlier row of a repeated identity, also after the table has grown', () => {
    const seen = new RowIdentities();
    const identity = (i: number) => `förbund-${i % 80}|insats ${i % 500}|ref:P-${i}|2024-01-15`;
    let repeated = 0;
    for (let i = 0; i < 200_000; i++) if (seen.add(identity(i), i + 2) !== undefined) repeated += 1;
    expect(repeated).toBe(0);
    expect(seen.add(identity(0), 300_000)).toBe(2);
    expect(seen.add(identity(123_456), 300_001)).toBe(123_458);
    // The same person and insats with another start date is another participation.
    expect(seen.add('förbund-0|insats 0|ref:P-0|2024-01-16', 300_002)).toBeUndefined();
  });

  it('gives near-identical texts different hashes in both halves', () => {
    const halves = new Set<number>();
    for (const text of ['a|b|ref:1|2024-01-01', 'a|b|ref:1|2024-01-02', 'a|b|ref:2|2024-01-01', 'b|b|ref:1|2024-01-01'])
      for (const half of hash64(text)) halves.add(half);
    expect(halves.size).toBe(8);
  });
});
