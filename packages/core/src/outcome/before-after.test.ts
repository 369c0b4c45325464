import { describe, expect, it } from 'vitest';
import {
  beforeAfterTables,
  protectBeforeAfter,
  tallyBeforeAfter,
  type BeforeAfterRecord,
  type BeforeAfterTables,
} from './before-after';

const record = (
  gender: BeforeAfterRecord['gender'],
  support: [string[], string[]],
  occupation: [string[], string[]],
) => ({
  gender,
  supportBefore: support[0],
  supportAfter: support[1],
  occupationBefore: occupation[0],
  occupationAfter: occupation[1],
});

// Four exited participations, counted by hand below.
const records: BeforeAfterRecord[] = [
  record('kvinna', [['a_kassa', 'forsorjningsstod'], ['lon']], [['arbetssokande'], ['arbete']]),
  record('kvinna', [['sjukpenning'], ['sjukpenning']], [['sjukskriven'], ['sjukskriven']]),
  record('man', [['a_kassa'], ['lon', 'a_kassa']], [['arbetssokande'], ['arbete']]),
  // A code listed twice counts the participation once.
  record('man', [['a_kassa', 'a_kassa'], ['studiemedel']], [[], ['studier']]),
];

const find = (tables: BeforeAfterTables, kind: 'support' | 'occupation', code: string) =>
  tables[kind].find((r) => r.code === code);

describe('before/after report', () => {
  const tables = beforeAfterTables(tallyBeforeAfter(records));

  it('counts each code before and after per gender, with the share of the cell’s exited participations', () => {
    expect(tables.antal).toEqual({ total: 4, kvinna: 2, man: 2 });
    expect(find(tables, 'support', 'a_kassa')).toEqual({
      code: 'a_kassa',
      before: { total: 3, kvinna: 1, man: 2 },
      after: { total: 1, kvinna: 0, man: 1 },
      beforeShare: { total: 0.75, kvinna: 0.5, man: 1 },
      afterShare: { total: 0.25, kvinna: 0, man: 0.5 },
    });
    expect(find(tables, 'support', 'lon')?.after).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(find(tables, 'occupation', 'arbete')?.after).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(find(tables, 'occupation', 'arbetssokande')?.afterShare).toEqual({ total: 0, kvinna: 0, man: 0 });
  });

  it('lists only codes someone had, in the order of the code list', () => {
    expect(tables.support.map((r) => r.code)).toEqual([
      'lon',
      'studiemedel',
      'sjukpenning',
      'a_kassa',
      'forsorjningsstod',
    ]);
    expect(tables.occupation.map((r) => r.code)).toEqual(['arbete', 'studier', 'arbetssokande', 'sjukskriven']);
  });

  it('cross-tabulates support after for each support before, as a share of those who had it before', () => {
    const fromAKassa = tables.transitions.filter((t) => t.before === 'a_kassa');
    expect(fromAKassa.map((t) => [t.after, t.count.total])).toEqual([
      ['lon', 2],
      ['studiemedel', 1],
      ['a_kassa', 1],
    ]);
    const toWork = fromAKassa[0]!;
    expect(toWork.count).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(toWork.share.total).toBeCloseTo(2 / 3, 10);
    expect(toWork.share.kvinna).toBe(1);
    expect(toWork.share.man).toBe(0.5);
  });

  it('shows "–" (null) for shares of an empty cell', () => {
    const women = beforeAfterTables(tallyBeforeAfter(records.filter((r) => r.gender === 'kvinna')));
    expect(find(women, 'support', 'lon')?.afterShare).toEqual({ total: 0.5, kvinna: 0.5, man: null });
  });

  describe('disclosure control (cell key method)', () => {
    // Threshold 2 makes the four records a useful case: a count of 1 is hidden.
    const keyedRecords = records.map((r, i) => ({ ...r, recordKey: [17, 200, 45, 91][i]! }));
    const { tables: hidden, reasons } = protectBeforeAfter(tallyBeforeAfter(keyedRecords), 2);

    it('hides small counts and the shares computed from them, and keeps zeros', () => {
      expect(find(hidden, 'support', 'a_kassa')?.before.kvinna).toBeNull();
      expect(reasons['support.a_kassa.before.kvinna']).toBe('small_count');
      expect(find(hidden, 'support', 'a_kassa')?.beforeShare.kvinna).toBeNull();
      expect(reasons['support.a_kassa.beforeShare.kvinna']).toBe('computed_from_small_count');
      // A share whose denominator (those with a_kassa before) is hidden is hidden too.
      const toWork = hidden.transitions.find((t) => t.before === 'a_kassa' && t.after === 'lon')!;
      expect(toWork.share.kvinna).toBeNull();
      expect(find(hidden, 'occupation', 'arbetssokande')?.after).toEqual({ total: 0, kvinna: 0, man: 0 });
    });

    it('moves a shown count by at most 2, keeps it at the threshold or above, and shares at most 100 %', () => {
      const cells = [hidden.antal, ...hidden.support.flatMap((r) => [r.before, r.after])];
      const exact = [tables.antal, ...tables.support.flatMap((r) => [r.before, r.after])];
      cells.forEach((cell, i) =>
        (['total', 'kvinna', 'man'] as const).forEach((column) => {
          const value = cell[column];
          if (value === null || value === 0) return;
          expect(value).toBeGreaterThanOrEqual(2);
          expect(Math.abs(value - exact[i]![column]!)).toBeLessThanOrEqual(2);
        }),
      );
      for (const row of hidden.support) expect(row.beforeShare.total ?? 0).toBeLessThanOrEqual(1);
    });

    it('hides every value of a column whose antal is hidden, at the default threshold', () => {
      const { tables: all } = protectBeforeAfter(tallyBeforeAfter(keyedRecords));
      expect(tables.antal.total).toBe(4);
      expect(all.antal).toEqual({ total: null, kvinna: null, man: null });
      const values = all.support.flatMap((r) => [...Object.values(r.before), ...Object.values(r.beforeShare)]);
      expect(values.every((v) => v === null)).toBe(true);
    });
  });
});
