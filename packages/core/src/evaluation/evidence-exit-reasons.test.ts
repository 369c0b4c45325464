import { describe, expect, it } from 'vitest';
import type { BeforeAfterTally } from '../outcome/before-after';
import type { Gender } from '../participation';
import { exitReasonRowsSv, exitReasonTable } from './evidence-exit-reasons';

// Three women (two to work, one for ill health) and two men (both broke off), counted by hand.
const tallies = (): Record<Gender, BeforeAfterTally> => ({
  kvinna: {
    n: 3,
    nKey: 300,
    counts: { 'exit_reason:arbete': 2, 'exit_reason:ohalsa': 1 },
    keys: { 'exit_reason:arbete': 200, 'exit_reason:ohalsa': 100 },
  },
  man: { n: 2, nKey: 77, counts: { 'exit_reason:avbrott': 2 }, keys: { 'exit_reason:avbrott': 77 } },
});

describe('exitReasonTable', () => {
  it('counts each reason per gender with its share of the exited, in code-list order, leaving out unused reasons', () => {
    const table = exitReasonTable(tallies(), null);
    expect(table.antal).toEqual({ total: 5, kvinna: 3, man: 2 });
    expect(table.rows.map((r) => r.reason)).toEqual(['arbete', 'ohalsa', 'avbrott']);
    expect(table.rows[0]).toEqual({
      reason: 'arbete',
      count: { total: 2, kvinna: 2, man: 0 },
      share: { total: 0.4, kvinna: 2 / 3, man: 0 },
    });
    expect(table.reasons).toEqual({});
    expect(exitReasonRowsSv(table, 5)[1]).toEqual({
      label: 'Arbete',
      values: ['2', '2', '0', '40 %', '67 %', '0 %'],
    });
  });

  it('hides small counts, what is computed from them, and a whole column whose antal is hidden', () => {
    const table = exitReasonTable(tallies(), 5);
    // Five in all: shown, moved by at most +2 and never below the threshold; 3 women and 2 men are hidden.
    expect(table.antal.total).toBeGreaterThanOrEqual(5);
    expect(table.antal.total).toBeLessThanOrEqual(7);
    expect(table.antal.kvinna).toBeNull();
    expect(table.antal.man).toBeNull();
    const arbete = table.rows[0]!;
    expect(arbete.count).toEqual({ total: null, kvinna: null, man: null });
    expect(arbete.share).toEqual({ total: null, kvinna: null, man: null });
    expect(table.reasons['antal.count.kvinna']).toBe('small_count');
    // A zero in a hidden column is hidden too: "–" would tell that no man left for work.
    expect(table.reasons['arbete.count.man']).toBe('small_count');
    expect(table.reasons['arbete.share.total']).toBe('computed_from_small_count');
    const rows = exitReasonRowsSv(table, 5);
    expect(rows[0]!.values.slice(1, 3)).toEqual(['<5', '<5']);
    expect(rows[1]!.values).toEqual(['<5', '<5', '<5', '..', '..', '..']);
  });
});
