import { FinanceInputError } from './apportion';

/** An amount on a budget or accounts line (kr, or any unit used throughout). */
export interface LineAmount {
  lineId: string;
  amount: number;
}

export interface KeyFigures {
  income: number;
  costs: number;
  /** Årets resultat = intäkter − kostnader. */
  result: number;
  /** Eget kapital = opening equity + the year's result. */
  equity: number;
  /** Equity / income (null when there is no income). */
  equityShareOfIncome: number | null;
  administrationCosts: number;
  /** Administration / total costs (null when there are no costs). */
  administrationShareOfCosts: number | null;
}

const sum = (lines: readonly LineAmount[]) => lines.reduce((s, l) => s + l.amount, 0);
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/**
 * A förbund's key figures for a year; which cost lines count as administration is the förbund's choice (an
 * input). Source: finance.md "Budget, accounts and calendar" (key figures), issue 16 item 2.
 */
export function keyFigures(input: {
  income: readonly LineAmount[];
  costs: readonly LineAmount[];
  openingEquity: number;
  administrationLineIds: readonly string[];
}): KeyFigures {
  const admin = new Set(input.administrationLineIds);
  const income = sum(input.income);
  const costs = sum(input.costs);
  const administrationCosts = sum(input.costs.filter((l) => admin.has(l.lineId)));
  return {
    income,
    costs,
    result: income - costs,
    equity: input.openingEquity + income - costs,
    equityShareOfIncome: ratio(input.openingEquity + income - costs, income),
    administrationCosts,
    administrationShareOfCosts: ratio(administrationCosts, costs),
  };
}

/** Key figures of several förbund together (a county, the nation): sums, shares of the sums. Source: issue 16 item 2 ("side by side for a county"). */
export function totalKeyFigures(list: readonly KeyFigures[]): KeyFigures {
  const t = (f: keyof KeyFigures) => list.reduce((s, k) => s + (k[f] ?? 0), 0);
  return {
    income: t('income'),
    costs: t('costs'),
    result: t('result'),
    equity: t('equity'),
    equityShareOfIncome: ratio(t('equity'), t('income')),
    administrationCosts: t('administrationCosts'),
    administrationShareOfCosts: ratio(t('administrationCosts'), t('costs')),
  };
}

/** A share shown as a whole percent, half away from zero (issue 16's correction: 3,4 / 20,4 = 16,7 % shows as 17 %). */
export function wholePercent(share: number | null): number | null {
  if (share === null) return null;
  const p = share * 100;
  return Math.sign(p) * Math.round(Math.abs(p) + 1e-9);
}

export interface BudgetOutcomeRow {
  lineId: string;
  budget: number;
  outcome: number;
  /** Outcome − budget (positive: more than budgeted). */
  difference: number;
  /** Outcome / budget (null when nothing was budgeted). */
  outcomeShare: number | null;
}

/** Budget against outcome per line; a line in only one of them is shown with 0 in the other. Source: issue 16 item 2. */
export function budgetVsOutcome(budget: readonly LineAmount[], outcome: readonly LineAmount[]): BudgetOutcomeRow[] {
  const ids = [...new Set([...budget.map((l) => l.lineId), ...outcome.map((l) => l.lineId)])];
  return ids.map((lineId) => {
    const b = sum(budget.filter((l) => l.lineId === lineId));
    const o = sum(outcome.filter((l) => l.lineId === lineId));
    return { lineId, budget: b, outcome: o, difference: o - b, outcomeShare: ratio(o, b) };
  });
}

/** A multi-year commitment (an insats's budget per year). */
export interface Commitment {
  id: string;
  amounts: { year: number; amount: number }[];
}

export interface YearCommitment {
  year: number;
  frame: number;
  committed: number;
  /** Frame − committed: what is left for new activities (seed 003 §3.1: "Resten blir tillgängligt"). */
  free: number;
}

/**
 * Committed and free budget for the budget year and the two plan years after it. Source: issue 16 item 2,
 * seed 003 §3.1 (budget for year 1 and plan for years 2–3; many insatser have a three-year budget).
 */
export function committedAndFree(
  firstYear: number,
  frames: readonly { year: number; amount: number }[],
  commitments: readonly Commitment[],
): YearCommitment[] {
  return [firstYear, firstYear + 1, firstYear + 2].map((year) => {
    const frame = frames.filter((f) => f.year === year).reduce((s, f) => s + f.amount, 0);
    const committed = commitments.reduce(
      (s, c) => s + c.amounts.filter((a) => a.year === year).reduce((t, a) => t + a.amount, 0),
      0,
    );
    return { year, frame, committed, free: frame - committed };
  });
}

/** Which money a per-inhabitant figure is computed on: finance.md says the seed does not state it, so it is stored. */
export type PerInhabitantBasis = 'offered' | 'requested' | 'granted' | 'used';

/** Kronor per inhabitant 16–64, whole kronor, with its basis stated. Source: finance.md (003: 32, 58, 61 kr), issue 16 item 2. */
export function kronorPerInhabitant(amount: number, inhabitants16to64: number, basis: PerInhabitantBasis) {
  if (!(inhabitants16to64 > 0)) {
    throw new FinanceInputError(
      `Invånare 16–64 år måste vara fler än 0, fick ${inhabitants16to64}.`,
      'inhabitants16to64',
      inhabitants16to64,
    );
  }
  return { kronor: Math.round(amount / inhabitants16to64), basis, amount, inhabitants16to64 };
}
