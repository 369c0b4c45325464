import { describe, expect, it } from 'vitest';
import { memberContributions, offerFromUtilisation, stateMoneyYear } from './contributions';
import { wholePercent } from './key-figures';

const region = [{ id: 'r', name: 'Region Jönköpings län' }];

describe('member contributions', () => {
  it('region and kommunerna each match half the state amount; kommuner by inhabitants 16–64', () => {
    // Seed 003 §3.3: Finnveden used the whole 2 570 000 kr; region and kommuner add the matching shares.
    const c = memberContributions(2_570_000, region, {
      kind: 'inhabitants',
      kommuner: [
        { id: 'a', name: 'A', inhabitants16to64: 20_000 },
        { id: 'b', name: 'B', inhabitants16to64: 15_000 },
        { id: 'c', name: 'C', inhabitants16to64: 5_000 },
      ],
    });
    expect([c.regionTotal, c.kommunTotal, c.total]).toEqual([1_285_000, 1_285_000, 5_140_000]);
    expect(c.regions[0]!.amount).toBe(1_285_000);
    // 1 285 000 × 20/40, 15/40, 5/40 = 642 500, 481 875, 160 625.
    expect(c.kommuner.map((k) => k.amount)).toEqual([642_500, 481_875, 160_625]);
    expect(c.kommuner[1]!.share).toBe(0.375);
  });

  it('largest remainder: the parts sum exactly to the whole, the odd krona to the region', () => {
    const c = memberContributions(1_000_001, region, {
      kind: 'inhabitants',
      kommuner: ['a', 'b', 'c'].map((id) => ({ id, name: id, inhabitants16to64: 1_000 })),
    });
    expect([c.regionTotal, c.kommunTotal]).toEqual([500_001, 500_000]);
    // 166 666.67 each: the two kronor left go to the first two (equal fractions, earlier first).
    expect(c.kommuner.map((k) => k.amount)).toEqual([166_667, 166_667, 166_666]);
  });

  it('an agreed key in percent, which must sum to 100', () => {
    const c = memberContributions(
      100_000,
      [
        { id: 'r1', name: 'R1', percent: 60 },
        { id: 'r2', name: 'R2', percent: 40 },
      ],
      {
        kind: 'agreed',
        kommuner: [
          { id: 'a', name: 'A', percent: 33.3 },
          { id: 'b', name: 'B', percent: 33.3 },
          { id: 'c', name: 'C', percent: 33.4 },
        ],
      },
    );
    expect(c.regions.map((r) => r.amount)).toEqual([30_000, 20_000]);
    // 50 000 × 33,3 % = 16 650; × 33,4 % = 16 700.
    expect(c.kommuner.map((k) => k.amount)).toEqual([16_650, 16_650, 16_700]);
    expect(() =>
      memberContributions(100_000, region, {
        kind: 'agreed',
        kommuner: [
          { id: 'a', name: 'A', percent: 50 },
          { id: 'b', name: 'B', percent: 40 },
        ],
      }),
    ).toThrow('Kommunernas överenskomna andelar ska bli 100 %, blev 90 %.');
  });

  it("utilisation from offers and used amounts: seed 003's 100 %, 80 % and 55 % (offers as corrected by the issue)", () => {
    expect(offerFromUtilisation(3_205_000, 0.8)).toBe(4_006_250);
    expect(offerFromUtilisation(3_036_000, 0.55)).toBe(5_520_000);
    const rows = [
      { offered: 2_570_000, used: 2_570_000 },
      { offered: 4_006_000, used: 3_205_000 },
      { offered: 5_520_000, used: 3_036_000 },
    ].map((r) => stateMoneyYear({ ...r, requested: r.used, granted: r.used }));
    expect(rows.map((r) => wholePercent(r.utilisation))).toEqual([100, 80, 55]);
    expect(stateMoneyYear({ offered: 0, requested: 0, granted: 0, used: 0 }).utilisation).toBeNull();
  });
});
