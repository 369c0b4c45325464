import { describe, expect, it } from 'vitest';
import {
  budgetVsOutcome,
  committedAndFree,
  keyFigures,
  kronorPerInhabitant,
  totalKeyFigures,
  wholePercent,
} from './key-figures';

// Seed 003 §3.3, Bokslut 2019 (tkr). Opening equity = equity − result (e.g. Höglandet 567 + 229 = 796).
const accounts = (income: number, costs: number, opening: number) =>
  keyFigures({
    income: [{ lineId: 'state', amount: income }],
    costs: [{ lineId: 'insatser', amount: costs }],
    openingEquity: opening,
    administrationLineIds: [],
  });

describe('key figures', () => {
  it("reproduces seed 003's Bokslut 2019 per förbund and in total", () => {
    const hoglandet = accounts(6_423, 6_652, 796);
    const sodra = accounts(7_018, 8_151, 2_122);
    const finnveden = accounts(5_144, 5_624, 2_170);
    const total = totalKeyFigures([hoglandet, sodra, finnveden]);
    const row = (k: typeof total) => [k.income, k.costs, k.result, k.equity, wholePercent(k.equityShareOfIncome)];
    expect(row(hoglandet)).toEqual([6_423, 6_652, -229, 567, 9]);
    expect(row(sodra)).toEqual([7_018, 8_151, -1_133, 989, 14]);
    expect(row(finnveden)).toEqual([5_144, 5_624, -480, 1_690, 33]);
    expect(row(total)).toEqual([18_585, 20_427, -1_842, 3_246, 17]);
  });

  it("administration share: 3,4 of 20,4 Mkr = 16,7 %, shown as 17 % (the issue's correction of the seed's 16 %)", () => {
    const k = keyFigures({
      income: [],
      costs: [
        { lineId: 'kansli', amount: 2_500 },
        { lineId: 'information', amount: 500 },
        { lineId: 'ekonomi', amount: 400 },
        { lineId: 'insatser', amount: 17_000 },
      ],
      openingEquity: 0,
      administrationLineIds: ['kansli', 'information', 'ekonomi'],
    });
    expect(k.administrationCosts).toBe(3_400);
    expect(k.administrationShareOfCosts).toBeCloseTo(0.1667, 4);
    expect(wholePercent(k.administrationShareOfCosts)).toBe(17);
    expect(k.equityShareOfIncome).toBeNull();
    expect(wholePercent(-0.125)).toBe(-13);
  });

  it('budget vs outcome per line, including a line only in one of them', () => {
    expect(
      budgetVsOutcome(
        [
          { lineId: 'kansli', amount: 1_000 },
          { lineId: 'insats-1', amount: 400 },
        ],
        [
          { lineId: 'kansli', amount: 1_100 },
          { lineId: 'ovrigt', amount: 50 },
        ],
      ),
    ).toEqual([
      { lineId: 'kansli', budget: 1_000, outcome: 1_100, difference: 100, outcomeShare: 1.1 },
      { lineId: 'insats-1', budget: 400, outcome: 0, difference: -400, outcomeShare: 0 },
      { lineId: 'ovrigt', budget: 0, outcome: 50, difference: 50, outcomeShare: null },
    ]);
  });

  it('committed and free budget for the next three years', () => {
    const frames = [2021, 2022, 2023].map((year) => ({ year, amount: 6_000 }));
    const commitments = [
      { id: 'a', amounts: [2021, 2022, 2023].map((year) => ({ year, amount: 2_000 })) },
      {
        id: 'b',
        amounts: [
          { year: 2021, amount: 1_500 },
          { year: 2022, amount: 1_000 },
        ],
      },
      { id: 'c', amounts: [{ year: 2020, amount: 9_999 }] },
    ];
    expect(committedAndFree(2021, frames, commitments)).toEqual([
      { year: 2021, frame: 6_000, committed: 3_500, free: 2_500 },
      { year: 2022, frame: 6_000, committed: 3_000, free: 3_000 },
      { year: 2023, frame: 6_000, committed: 2_000, free: 4_000 },
    ]);
  });

  it('kronor per inhabitant 16–64 states its basis', () => {
    expect(kronorPerInhabitant(2_570_000, 44_310, 'used')).toEqual({
      kronor: 58,
      basis: 'used',
      amount: 2_570_000,
      inhabitants16to64: 44_310,
    });
    expect(() => kronorPerInhabitant(1, 0, 'offered')).toThrow('Invånare 16–64 år måste vara fler än 0, fick 0.');
  });
});
