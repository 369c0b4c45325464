import { describe, expect, it } from 'vitest';
import { accountsYear } from './accounts-year';
import { financeLineInput, outcomePeriod, parseSwedishAmount, periodsOfYear } from './accounts';
import { wholePercent } from './key-figures';

describe('parseSwedishAmount', () => {
  it('reads Swedish thousands, öre and both minus signs', () => {
    expect(parseSwedishAmount('1 234 567')).toBe(1_234_567);
    expect(parseSwedishAmount('1\u00a0234\u00a0567,50')).toBe(1_234_567.5);
    expect(parseSwedishAmount('-229')).toBe(-229);
    expect(parseSwedishAmount('\u2212229')).toBe(-229);
    expect(parseSwedishAmount('12.5')).toBe(12.5);
  });
  it('refuses what is no amount', () => {
    for (const t of ['', 'abc', '1,234,567', '1.234.567', '12,345', '--3', '(229)']) {
      expect(parseSwedishAmount(t), t).toBeNull();
    }
  });
});

describe('outcomePeriod', () => {
  it('puts a month in its tertial when the year is kept by tertial', () => {
    expect(outcomePeriod('2019-05', 2019, 'tertial')).toEqual({ ok: true, period: '2019-T2' });
    expect(outcomePeriod('12', 2019, 'tertial')).toEqual({ ok: true, period: '2019-T3' });
    expect(outcomePeriod('t1', 2019, 'tertial')).toEqual({ ok: true, period: '2019-T1' });
    expect(outcomePeriod('201904', 2019, 'month')).toEqual({ ok: true, period: '2019-04' });
  });
  it('refuses a tertial in a year kept by month, another year and a thirteenth month', () => {
    expect(outcomePeriod('2019-T1', 2019, 'month').ok).toBe(false);
    expect(outcomePeriod('2018-03', 2019, 'month')).toEqual({ ok: false, message: 'Perioden ligger inte i år 2019.' });
    expect(outcomePeriod('13', 2019, 'month').ok).toBe(false);
    expect(periodsOfYear(2019, 'tertial')).toEqual(['2019-T1', '2019-T2', '2019-T3']);
  });
});

describe('financeLineInput', () => {
  it('keeps insats and administration apart and asks income for its source', () => {
    expect(financeLineInput.safeParse({ name: 'Statliga medel', kind: 'income' }).success).toBe(false);
    expect(
      financeLineInput.safeParse({
        name: 'X',
        kind: 'cost',
        interventionId: '00000000-0000-4000-8000-000000000000',
        administration: true,
      }).success,
    ).toBe(false);
    expect(financeLineInput.safeParse({ name: 'Kansli', kind: 'cost', administration: true }).success).toBe(true);
  });
});

describe('accountsYear', () => {
  // Höglandet's Bokslut 2019 (seed 003, tkr): 6 423 / 6 652 / -229 / 567 / 9 %; opening equity 567 + 229.
  const lines = [
    {
      id: 'state',
      kind: 'income' as const,
      incomeSource: 'state' as const,
      interventionId: null,
      administration: false,
    },
    {
      id: 'members',
      kind: 'income' as const,
      incomeSource: 'region' as const,
      interventionId: null,
      administration: false,
    },
    { id: 'kansli', kind: 'cost' as const, incomeSource: null, interventionId: null, administration: true },
    { id: 'insats', kind: 'cost' as const, incomeSource: null, interventionId: 'i1', administration: false },
  ];
  const result = accountsYear({
    year: 2019,
    lines,
    budgets: [
      { lineId: 'state', year: 2019, amount: 3_300_000 },
      { lineId: 'members', year: 2019, amount: 3_300_000 },
      { lineId: 'kansli', year: 2019, amount: 1_000_000 },
      { lineId: 'insats', year: 2019, amount: 5_000_000 },
      { lineId: 'state', year: 2020, amount: 3_000_000 },
      { lineId: 'insats', year: 2020, amount: 2_500_000 },
    ],
    outcome: [
      { lineId: 'state', amount: 3_205_000 },
      { lineId: 'members', amount: 3_218_000 },
      { lineId: 'kansli', amount: 1_100_000 },
      { lineId: 'insats', amount: 5_552_000 },
    ],
    openingEquity: 796_000,
  });

  it('gives the seed figures from the outcome', () => {
    expect(result.outcome).toMatchObject({ income: 6_423_000, costs: 6_652_000, result: -229_000, equity: 567_000 });
    expect(wholePercent(result.outcome!.equityShareOfIncome)).toBe(9);
    expect(result.outcome!.administrationCosts).toBe(1_100_000);
    expect(result.stateMoneyUsed).toBe(3_205_000);
  });

  it('compares budget and outcome per line and frees what insatser have not committed', () => {
    expect(result.perLine.map((r) => [r.lineId, r.difference])).toEqual([
      ['state', -95_000],
      ['members', -82_000],
      ['kansli', 100_000],
      ['insats', 552_000],
    ]);
    // 2019: 6 600 000 income - 1 000 000 kansli = 5 600 000 frame, 5 000 000 committed.
    expect(result.commitments).toEqual([
      { year: 2019, frame: 5_600_000, committed: 5_000_000, free: 600_000 },
      { year: 2020, frame: 3_000_000, committed: 2_500_000, free: 500_000 },
      { year: 2021, frame: 0, committed: 0, free: 0 },
    ]);
  });

  it('invents no outcome figures for a year without outcome', () => {
    const empty = accountsYear({ year: 2027, lines, budgets: [], outcome: [], openingEquity: 0 });
    expect(empty.outcome).toBeNull();
    expect(empty.stateMoneyUsed).toBe(0);
  });
});
