import { describe, expect, it } from 'vitest';
import type { ImplementationStatus } from './codes';
import {
  goalsMet,
  implementationOutcome,
  median,
  summariseImplementation,
  wholeMonthsBetween,
  type EndedInterventionFacts,
} from './board';
import { barrierChartOption } from './chart';

const history = (...statuses: ImplementationStatus[]) => statuses.map((status) => ({ status }));
const insats = (id: string, facts: Partial<EndedInterventionFacts> = {}): EndedInterventionFacts => ({
  id,
  name: `Insats ${id}`,
  endDate: '2024-06-30',
  statusHistory: [],
  decisions: [],
  barriers: [],
  goalsMet: null,
  ...facts,
});

describe('implementationOutcome', () => {
  it('takes the latest status that carries a result, through "avslutad"', () => {
    expect(implementationOutcome(history('not_planned', 'under_investigation'))).toBe('undecided');
    expect(implementationOutcome(history('under_investigation', 'implemented_partly', 'closed'))).toBe('partial');
    expect(implementationOutcome(history('implemented_fully', 'not_implemented'))).toBe('not');
    expect(implementationOutcome(history('not_implemented', 'other_financing', 'closed'))).toBe('not');
    expect(implementationOutcome(history('closed'))).toBe('undecided');
  });
});

describe('wholeMonthsBetween and median', () => {
  it('counts whole calendar months, signed', () => {
    expect(wholeMonthsBetween('2024-06-30', '2024-09-15')).toBe(2); // 30 jun → 30 aug is 2, 15 sep < 30 sep
    expect(wholeMonthsBetween('2024-06-30', '2025-06-30')).toBe(12);
    expect(wholeMonthsBetween('2024-01-31', '2024-03-01')).toBe(1);
    expect(wholeMonthsBetween('2024-06-30', '2024-03-01')).toBe(-3);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 4])).toBe(4);
    expect(median([10, 2, 3, 8])).toBe(5.5);
  });
});

describe('goalsMet', () => {
  it('is met only when something was measured and every measured goal was met', () => {
    expect(goalsMet([])).toBeNull();
    expect(goalsMet([null, null])).toBeNull();
    expect(goalsMet([true, null])).toBe(true);
    expect(goalsMet([true, false])).toBe(false);
  });
});

describe('summariseImplementation', () => {
  // Six ended insatser, computed by hand:
  // outcomes full 1 (a), partial 1 (b), not 2 (c, d), undecided 2 (e, f)
  // rate of known = (1 + 1) / 4 = 0.5; rate of ended = 2 / 6 = 1/3
  // months to first decision: a 2024-06-30 → 2024-09-15 = 2; b → 2025-06-30 = 12; c → 2024-03-01 = −3
  //   sorted −3, 2, 12: median 2, min −3, max 12
  // barriers: one_year_budgets c, d, e = 3; no_decision d, e = 2; staff_turnover b = 1
  // successful (goals met): a, d, e → 3; not implemented of those: d (not), e (undecided)
  const summary = summariseImplementation([
    insats('a', {
      statusHistory: history('under_investigation', 'implemented_fully'),
      decisions: [{ date: '2024-10-01' }, { date: '2024-09-15' }],
      goalsMet: true,
    }),
    insats('b', {
      statusHistory: history('implemented_partly', 'closed'),
      decisions: [{ date: '2025-06-30' }],
      barriers: ['staff_turnover'],
      goalsMet: false,
    }),
    insats('c', {
      statusHistory: history('not_implemented'),
      decisions: [{ date: '2024-03-01' }],
      barriers: ['one_year_budgets'],
    }),
    insats('d', {
      statusHistory: history('other_financing'),
      barriers: ['one_year_budgets', 'no_decision'],
      goalsMet: true,
    }),
    insats('e', {
      statusHistory: history('under_investigation'),
      barriers: ['no_decision', 'one_year_budgets'],
      goalsMet: true,
    }),
    insats('f'),
  ]);

  it('counts the outcomes and the rate on both denominators', () => {
    expect(summary.ended).toBe(6);
    expect(summary.outcomes).toEqual({ full: 1, partial: 1, not: 2, undecided: 2 });
    expect(summary.rateOfKnown).toBe(0.5);
    expect(summary.rateOfEnded).toBeCloseTo(1 / 3, 10);
  });

  it('measures months from the end to the first decision', () => {
    expect(summary.monthsToDecision).toEqual({ count: 3, median: 2, min: -3, max: 12 });
  });

  it('ranks the barriers, most common first', () => {
    expect(summary.barriers).toEqual([
      { barrier: 'one_year_budgets', count: 3 },
      { barrier: 'no_decision', count: 2 },
      { barrier: 'staff_turnover', count: 1 },
    ]);
  });

  it('selects the successful insatser that were not implemented', () => {
    expect(summary.successful).toBe(3);
    expect(summary.successfulNotImplemented.map((s) => [s.id, s.outcome])).toEqual([
      ['d', 'not'],
      ['e', 'undecided'],
    ]);
  });

  it('has no rate and no months when nothing has ended', () => {
    const empty = summariseImplementation([]);
    expect([empty.rateOfKnown, empty.rateOfEnded, empty.monthsToDecision]).toEqual([null, null, null]);
  });
});

describe('barrierChartOption', () => {
  it('draws the most common barrier as the top bar', () => {
    const option = barrierChartOption(
      [
        { label: 'Ettåriga budgetar', count: 3 },
        { label: 'Inget beslut', count: 2 },
      ],
      { description: 'Hinder', count: 'Antal insatser' },
    );
    expect((option.yAxis as { data: string[] }).data).toEqual(['Inget beslut', 'Ettåriga budgetar']);
    expect((option.series as { data: number[] }[])[0]!.data).toEqual([2, 3]);
  });
});
