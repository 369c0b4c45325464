import { describe, expect, it } from 'vitest';
import { ALLOCATION_DEFAULTS } from './allocation-model';
import { KNOWN_GUIDELINE_2013 } from './equity-guideline';
import { memberComparison, membersInFocus, simulationChangesSchema, toModelChanges } from './simulation-changes';
import type { ModelYear } from './simulation';

// A förbund of the made-up country: new (no last year), within the guideline, taking the whole offer.
const fresh = { previousAllocation: null, aboveGuideline: false, requested: null };

describe('toModelChanges', () => {
  const figures = { A: { equity: 500_000, income: 3_000_000 }, B: { equity: 600_000, income: 3_500_000 } };
  const merge = (pooling: { rule: 'sum' } | { rule: 'entered'; equity: number }) =>
    simulationChangesSchema.parse([{ kind: 'merge', forbundIds: ['A', 'B'], id: 'AB', name: 'AB', pooling }]);

  it('sum: pools equity and income and re-tests them (1 100 000 of 6 500 000 is within 20 %)', () => {
    const { changes, pooled } = toModelChanges(merge({ rule: 'sum' }), KNOWN_GUIDELINE_2013, (id) =>
      id === 'A' ? figures.A : figures.B,
    );
    expect(pooled[0]).toMatchObject({
      income: 6_500_000,
      equity: 1_100_000,
      assessment: { status: 'within', allowed: 1_300_000 },
    });
    expect(changes[0]).toMatchObject({ kind: 'merge', pooled: { income: 6_500_000, equity: 1_100_000 } });
    expect(changes[0]).not.toHaveProperty('pooling');
  });

  it('entered: the agreed equity is tested (1 500 000 is 200 000 above) and loses the protection', () => {
    const { pooled } = toModelChanges(merge({ rule: 'entered', equity: 1_500_000 }), KNOWN_GUIDELINE_2013, (id) =>
      id === 'A' ? figures.A : figures.B,
    );
    expect(pooled[0]!.assessment).toMatchObject({ status: 'above', above: 200_000, losesProtection: true });
  });

  it('without a part’s income nothing is pooled: core then keeps "above when any part was"', () => {
    const { changes, pooled } = toModelChanges(merge({ rule: 'sum' }), KNOWN_GUIDELINE_2013, (id) =>
      id === 'A' ? figures.A : { equity: 1, income: null },
    );
    expect(pooled[0]).toMatchObject({ income: null, assessment: null });
    expect(changes[0]).not.toHaveProperty('pooled');
  });
});

describe('memberComparison', () => {
  // The made-up country of simulation.test.ts; A and B share region R1, C has R2.
  const year: ModelYear = {
    params: { ...ALLOCATION_DEFAULTS, distributable: 3_000_000 },
    forbund: [
      { id: 'A', name: 'A', kommunIds: ['k1'], ...fresh },
      { id: 'B', name: 'B', kommunIds: ['k2'], ...fresh },
      { id: 'C', name: 'C', kommunIds: ['k3', 'k4'], ...fresh },
    ],
    kommuner: [
      { id: 'k1', name: 'k1', supportMeasure: 100, inhabitants16to64: 10 },
      { id: 'k2', name: 'k2', supportMeasure: 200, inhabitants16to64: 20 },
      { id: 'k3', name: 'k3', supportMeasure: 100, inhabitants16to64: 30 },
      { id: 'k4', name: 'k4', supportMeasure: 100, inhabitants16to64: 20 },
    ],
  };
  const regions = (id: string) => (id === 'C' ? [{ id: 'R2', name: 'R2' }] : [{ id: 'R1', name: 'R1' }]);

  it('merging A and B: each member’s matching share before and after, summing to no change when D stays', () => {
    // Before: A 726 250, B 1 052 500, C 1 221 250. After: AB 1 596 250, C 1 403 750.
    // R1 pays 363 125 + 526 250 = 889 375, then 798 125; k1:k2 split 798 125 by 10:20 = 266 042 / 532 083.
    const { rows, notSplit } = memberComparison(
      year,
      [{ kind: 'merge', forbundIds: ['A', 'B'], id: 'AB', name: 'AB' }],
      regions,
    );
    expect(notSplit).toEqual([]);
    expect(rows.map((r) => [r.id, r.kind, r.before, r.after, r.difference])).toEqual([
      ['R1', 'region', 889_375, 798_125, -91_250],
      ['R2', 'region', 610_625, 701_875, 91_250],
      ['k1', 'kommun', 363_125, 266_042, -97_083],
      ['k2', 'kommun', 526_250, 532_083, 5_833],
      ['k3', 'kommun', 366_375, 421_125, 54_750],
      ['k4', 'kommun', 244_250, 280_750, 36_500],
    ]);
    expect(rows.reduce((s, r) => s + r.difference, 0)).toBe(0);
    expect(rows.map((r) => r.forbundIds)).toEqual([['AB'], ['C'], ['AB'], ['AB'], ['C'], ['C']]);
    // The merger's members are in focus; C's (neither merged nor in Insikt) stand apart.
    const simRows = [
      { id: 'AB', formerIds: ['A', 'B'] },
      { id: 'C', formerIds: ['C'] },
    ];
    const split = membersInFocus({ rows: simRows, members: rows }, new Set());
    expect([split.focus.map((m) => m.id), split.rest.map((m) => m.id)]).toEqual([
      ['R1', 'k1', 'k2'],
      ['R2', 'k3', 'k4'],
    ]);
  });
});
