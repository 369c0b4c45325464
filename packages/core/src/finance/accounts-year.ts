import type { FinanceLineKind, IncomeSource } from './accounts';
import {
  budgetVsOutcome,
  committedAndFree,
  keyFigures,
  type BudgetOutcomeRow,
  type KeyFigures,
  type LineAmount,
  type YearCommitment,
} from './key-figures';

/** A line of the förbund's accounts as the calculations need it. */
export interface AccountsLine {
  id: string;
  kind: FinanceLineKind;
  incomeSource: IncomeSource | null;
  interventionId: string | null;
  administration: boolean;
}

export interface AccountsYearInput {
  year: number;
  lines: readonly AccountsLine[];
  /** Budget (and plan) per line and year, whole kronor; an insats line's are the insats's own. */
  budgets: readonly { lineId: string; year: number; amount: number }[];
  /** The year's outcome per line (all periods summed). */
  outcome: readonly LineAmount[];
  openingEquity: number;
}

export interface AccountsYear {
  /** Key figures of the outcome (null when the year has no outcome yet: no figures are invented). */
  outcome: KeyFigures | null;
  /** Key figures of the budget for the year. */
  budget: KeyFigures;
  perLine: BudgetOutcomeRow[];
  /** The outcome of the state-income lines: the state money *used* (finance.md). */
  stateMoneyUsed: number;
  commitments: YearCommitment[];
}

/**
 * The figures of one year of a förbund's accounts: key figures of outcome and budget, budget against
 * outcome per line, state money used, and committed against free money for the year and the two plan
 * years. Free = budgeted income − budgeted administration and other costs − insats budgets (decision
 * 0051: what is left for new insatser, seed 003 §3.1 "Resten blir tillgängligt för nya verksamheter").
 * Source: issue 16 items 1–2.
 */
export function accountsYear(input: AccountsYearInput): AccountsYear {
  const kind = new Map(input.lines.map((l) => [l.id, l]));
  const of = (rows: readonly LineAmount[], k: FinanceLineKind) => rows.filter((r) => kind.get(r.lineId)?.kind === k);
  const administrationLineIds = input.lines.filter((l) => l.administration).map((l) => l.id);
  const budgetOf = (year: number) =>
    input.budgets.filter((b) => b.year === year).map((b) => ({ lineId: b.lineId, amount: b.amount }));
  const figures = (rows: readonly LineAmount[]) =>
    keyFigures({
      income: of(rows, 'income'),
      costs: of(rows, 'cost'),
      openingEquity: input.openingEquity,
      administrationLineIds,
    });
  const years = [input.year, input.year + 1, input.year + 2];
  const frames = years.map((year) => {
    const rows = budgetOf(year);
    const income = of(rows, 'income').reduce((s, r) => s + r.amount, 0);
    const otherCosts = of(rows, 'cost')
      .filter((r) => !kind.get(r.lineId)?.interventionId)
      .reduce((s, r) => s + r.amount, 0);
    return { year, amount: income - otherCosts };
  });
  const commitments = input.lines
    .filter((l) => l.interventionId)
    .map((l) => ({
      id: l.id,
      amounts: input.budgets.filter((b) => b.lineId === l.id).map((b) => ({ year: b.year, amount: b.amount })),
    }));
  const order = new Map(input.lines.map((l, i) => [l.id, i]));
  return {
    outcome: input.outcome.length > 0 ? figures(input.outcome) : null,
    budget: figures(budgetOf(input.year)),
    perLine: budgetVsOutcome(budgetOf(input.year), input.outcome).sort(
      (a, b) => (order.get(a.lineId) ?? 0) - (order.get(b.lineId) ?? 0),
    ),
    stateMoneyUsed: input.outcome
      .filter((r) => kind.get(r.lineId)?.incomeSource === 'state')
      .reduce((s, r) => s + r.amount, 0),
    commitments: committedAndFree(input.year, frames, commitments),
  };
}
