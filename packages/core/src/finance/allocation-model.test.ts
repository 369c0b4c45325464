import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import {
  ALLOCATION_DEFAULTS,
  allocateStateFunds,
  PROTECTION_COST_ASSUMPTION,
  type ForbundInput,
  type KommunInput,
} from './allocation-model';

// A made-up country: D = 3 000 000, G = 400 000, three förbund, so R = 1 800 000:
// 1 350 000 by försörjningsmått (A 100, B 200, C 200 of 500) and 450 000 by inhabitants (A 10, B 20, C 50 of 80).
const kommuner: KommunInput[] = [
  { id: 'k1', name: 'Ett', supportMeasure: 100, inhabitants16to64: 10 },
  { id: 'k2', name: 'Två', supportMeasure: 200, inhabitants16to64: 20 },
  { id: 'k3', name: 'Tre', supportMeasure: 100, inhabitants16to64: 30 },
  { id: 'k4', name: 'Fyra', supportMeasure: 100, inhabitants16to64: 20 },
];
const params = { ...ALLOCATION_DEFAULTS, distributable: 3_000_000 };
const forbund = (over: Partial<Record<'A' | 'B' | 'C', Partial<ForbundInput>>> = {}): ForbundInput[] => [
  {
    id: 'A',
    name: 'A',
    kommunIds: ['k1'],
    previousAllocation: null,
    aboveGuideline: false,
    requested: null,
    ...over.A,
  },
  {
    id: 'B',
    name: 'B',
    kommunIds: ['k2'],
    previousAllocation: null,
    aboveGuideline: false,
    requested: null,
    ...over.B,
  },
  {
    id: 'C',
    name: 'C',
    kommunIds: ['k3', 'k4'],
    previousAllocation: null,
    aboveGuideline: false,
    requested: null,
    ...over.C,
  },
];

describe('apportion (largest remainder)', () => {
  it('sums exactly and gives the remainder to the largest fractions, ties to the first', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [0.15, 0.25, 0.6])).toEqual([2, 2, 6]);
    // 3.5, 1.75, 1.75: the two kronor left go to the larger fractions .75.
    expect(apportion(7, [2, 1, 1])).toEqual([3, 2, 2]);
    expect(() => apportion(5, [0, 0])).toThrow('alla vikter är noll');
  });
});

describe('allocateStateFunds', () => {
  it('base grant and both keys, no protection (all förbund new)', () => {
    const r = allocateStateFunds(params, forbund(), kommuner);
    // A: 400 000 + 270 000 + 56 250; B: 400 000 + 540 000 + 112 500; C: 400 000 + 540 000 + 281 250.
    expect(r.forbund.map((f) => f.modelAmount)).toEqual([726_250, 1_052_500, 1_221_250]);
    expect(r.forbund.map((f) => f.offer)).toEqual([726_250, 1_052_500, 1_221_250]);
    expect(r.forbund.map((f) => f.notProtectedReason)).toEqual(['new', 'new', 'new']);
    expect(r.forbund[2]!.parts).toEqual({
      baseGrant: 400_000,
      supportMeasureKey: 540_000,
      inhabitantsKey: 281_250,
      protection: 0,
      protectionCost: 0,
      unrequested: 0,
      redistributed: 0,
    });
    expect(r.notDistributed).toBe(0);
  });

  it('protection not triggered when the fall is within 10 %', () => {
    const r = allocateStateFunds(params, forbund({ A: { previousAllocation: 800_000 } }), kommuner);
    // Floor 720 000 < 726 250.
    expect(r.forbund[0]).toMatchObject({
      offer: 726_250,
      protectionFloor: 720_000,
      protected: true,
      changeFromLastYear: -73_750,
    });
  });

  it('protection raises a falling förbund and the cost is taken from the others (our assumption)', () => {
    const r = allocateStateFunds(
      params,
      forbund({ A: { previousAllocation: 900_000 }, B: { previousAllocation: 1_000_000 } }),
      kommuner,
    );
    // A's floor 810 000 > 726 250: A is raised 83 750. B and C share 2 190 000 by 1 052 500 : 1 221 250,
    // 1 013 732.82 and 1 176 267.18: the krona left goes to B (larger remainder).
    expect(r.forbund.map((f) => f.offer)).toEqual([810_000, 1_013_733, 1_176_267]);
    expect(r.forbund[0]!.parts.protection).toBe(83_750);
    expect(r.forbund.map((f) => f.parts.protectionCost)).toEqual([0, -38_767, -44_983]);
    expect(r.forbund[1]!.changeFromLastYear).toBe(13_733);
    expect(r.protectionCostAssumption).toBe(PROTECTION_COST_ASSUMPTION);
    expect(PROTECTION_COST_ASSUMPTION).toMatch(/^Antagande/);
  });

  it("the protection's cost can push another förbund to its floor (protection in a second round)", () => {
    const r = allocateStateFunds(
      params,
      forbund({ A: { previousAllocation: 900_000 }, B: { previousAllocation: 1_160_000 } }),
      kommuner,
    );
    // Round 1: B would get 1 013 733 < its floor 1 044 000, so B is fixed too; C gets 3 000 000 − 810 000 − 1 044 000.
    expect(r.forbund.map((f) => f.offer)).toEqual([810_000, 1_044_000, 1_146_000]);
    expect(r.forbund[1]!.parts).toMatchObject({ protection: 0, protectionCost: -8_500 });
    expect(r.forbund[2]!.parts.protectionCost).toBe(-75_250);
  });

  it('a förbund above the equity guideline is excluded from the protection', () => {
    const r = allocateStateFunds(
      params,
      forbund({ A: { previousAllocation: 900_000, aboveGuideline: true }, B: { previousAllocation: 1_000_000 } }),
      kommuner,
    );
    expect(r.forbund[0]).toMatchObject({
      offer: 726_250,
      protected: false,
      protectionFloor: null,
      notProtectedReason: 'above-guideline',
      changeFromLastYear: -173_750,
    });
  });

  it('requests above D: the unrequested pool is scaled over the excess requests', () => {
    const r = allocateStateFunds(
      params,
      forbund({
        A: { previousAllocation: 900_000, requested: 610_000 },
        B: { previousAllocation: 1_000_000, requested: 1_113_733 },
        C: { requested: 1_476_267 },
      }),
      kommuner,
    );
    // Pool 200 000 from A; excess B 100 000, C 300 000 (requests 3 200 000 > D): factor 1/2.
    expect(r.scaled).toBe(true);
    expect(r.forbund.map((f) => f.granted)).toEqual([610_000, 1_063_733, 1_326_267]);
    expect(r.forbund[0]!.parts.unrequested).toBe(-200_000);
    expect(r.forbund.map((f) => f.parts.redistributed)).toEqual([0, 50_000, 150_000]);
    expect(r.notDistributed).toBe(0);
  });

  it('unrequested money is redistributed up to the requests, the rest is not distributed', () => {
    const r = allocateStateFunds(
      params,
      forbund({
        A: { previousAllocation: 900_000, requested: 610_000 },
        B: { previousAllocation: 1_000_000, requested: 1_063_733 },
      }),
      kommuner,
    );
    expect(r.scaled).toBe(false);
    expect(r.forbund.map((f) => f.granted)).toEqual([610_000, 1_063_733, 1_176_267]);
    expect(r.notDistributed).toBe(150_000);
  });

  it('names bad input in Swedish', () => {
    expect(() => allocateStateFunds({ ...params, distributable: 1_000_000 }, forbund(), kommuner)).toThrow(
      'Grundbidragen (3 × 400000 kr) är större',
    );
    expect(() => allocateStateFunds(params, forbund({ B: { kommunIds: ['k1'] } }), kommuner)).toThrow(
      'Kommun Ett ingår i både A och B',
    );
    expect(() => allocateStateFunds(params, forbund({ C: { kommunIds: ['k9'] } }), kommuner)).toThrow(
      'Förbund C: okänd kommun k9',
    );
  });
});

describe('allocateStateFunds properties', () => {
  const country = fc
    .array(
      fc.record({
        supportMeasure: fc.integer({ min: 1, max: 1_000_000 }),
        inhabitants: fc.integer({ min: 1, max: 100_000 }),
        previous: fc.option(fc.integer({ min: 400_000, max: 3_000_000 })),
        aboveGuideline: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        distributable: fc.integer({ min: rows.length * 400_000, max: 30_000_000 }),
      }),
    );
  const build = (
    rows: { supportMeasure: number; inhabitants: number; previous: number | null; aboveGuideline: boolean }[],
  ) => ({
    kommuner: rows.map((r, i) => ({
      id: `k${i}`,
      name: `K${i}`,
      supportMeasure: r.supportMeasure,
      inhabitants16to64: r.inhabitants,
    })),
    forbund: rows.map((r, i) => ({
      id: `f${i}`,
      name: `F${i}`,
      kommunIds: [`k${i}`],
      previousAllocation: r.previous,
      aboveGuideline: r.aboveGuideline,
      requested: null,
    })),
  });

  it('offers and grants sum to D when requests are not binding, and parts sum to the grant', () => {
    fc.assert(
      fc.property(country, ({ rows, distributable }) => {
        const { kommuner: k, forbund: f } = build(rows);
        const r = allocateStateFunds({ ...ALLOCATION_DEFAULTS, distributable }, f, k);
        expect(r.forbund.reduce((s, x) => s + x.offer, 0)).toBe(distributable);
        expect(r.forbund.reduce((s, x) => s + x.granted, 0)).toBe(distributable);
        for (const x of r.forbund) expect(Object.values(x.parts).reduce((a, b) => a + b, 0)).toBe(x.granted);
      }),
    );
  });

  it('no protected förbund falls more than the limit when the floors fit in D', () => {
    fc.assert(
      fc.property(country, ({ rows, distributable }) => {
        const { kommuner: k, forbund: f } = build(rows);
        const r = allocateStateFunds({ ...ALLOCATION_DEFAULTS, distributable }, f, k);
        const floors = r.forbund.reduce((s, x) => s + (x.protectionFloor ?? 0), 0);
        fc.pre(floors <= distributable);
        for (const x of r.forbund)
          if (x.protectionFloor !== null) expect(x.offer).toBeGreaterThanOrEqual(x.protectionFloor);
      }),
    );
  });
});
