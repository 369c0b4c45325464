import {
  assessEquity,
  guidelineInForce,
  kronorPerInhabitant,
  stateMoneyYear,
  type PerInhabitantBasis,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { asGuidelines, listGuidelines } from '../allocation/allocation.repository';
import { inhabitantsOf, stateMoneyOf } from './finance.repository';

type StateMoneyRow = Awaited<ReturnType<typeof stateMoneyOf>>;

/** Offered, requested, granted (stored), used (the state-income lines' outcome) and utilisation. */
export function stateMoneyView(row: StateMoneyRow, used: number | null) {
  const figures =
    row?.offered != null && used !== null
      ? stateMoneyYear({ offered: row.offered, requested: row.requested ?? 0, granted: row.granted ?? 0, used })
      : null;
  return {
    offered: row?.offered ?? null,
    requested: row?.requested ?? null,
    granted: row?.granted ?? null,
    used,
    utilisation: figures?.utilisation ?? null,
    perInhabitantBasis: row?.perInhabitantBasis ?? ('granted' as PerInhabitantBasis),
    version: row?.version ?? 0,
  };
}

/**
 * Kronor per inhabitant 16–64: the state money on the stored basis over the inhabitants of the förbund's
 * kommuner that year. Missing inputs give no figure but say which (a kommun without inhabitants, or no
 * amount on the basis), never a figure over part of the förbund.
 */
export async function perInhabitant(
  ex: Executor,
  associationId: string,
  year: number,
  money: ReturnType<typeof stateMoneyView>,
) {
  const kommuner = await inhabitantsOf(ex, associationId, year);
  const missingKommuner = kommuner.filter((k) => k.inhabitants == null || k.inhabitants <= 0).map((k) => k.name);
  const amount = money[money.perInhabitantBasis];
  const inhabitants = kommuner.reduce((s, k) => s + (k.inhabitants ?? 0), 0);
  const complete = kommuner.length > 0 && missingKommuner.length === 0 && amount !== null;
  return {
    kronor: complete ? kronorPerInhabitant(amount, inhabitants, money.perInhabitantBasis).kronor : null,
    basis: money.perInhabitantBasis,
    amount,
    inhabitants: kommuner.length > 0 && missingKommuner.length === 0 ? inhabitants : null,
    missingKommuner,
    noKommuner: kommuner.length === 0,
  };
}

/** The förbund's equity at year end against the guideline in force on the last day of the year. */
export async function equityAgainstGuideline(ex: Executor, year: number, income: number, equity: number) {
  // The allocation module keeps the guideline; its one read serves both modules.
  const versions = asGuidelines(await listGuidelines(ex));
  return assessEquity(guidelineInForce(versions, `${year}-12-31`), income, equity);
}

/**
 * The guideline test on a year's outcome and budget (decision 0064): the outcome is tested only when it
 * covers every period of the year, since the guideline is about the equity at year end and a part-year
 * result is no forecast of it; the budget's planned equity is tested as a warning while budgeting, never
 * as the loss of the protection (that is decided on the annual accounts).
 */
export async function guidelineTests(
  ex: Executor,
  year: number,
  figures: { outcome: { income: number; equity: number } | null; budget: { income: number; equity: number } },
  fullYear: boolean,
) {
  const { outcome, budget } = figures;
  const budgetTest = budget.income > 0 ? await equityAgainstGuideline(ex, year, budget.income, budget.equity) : null;
  return {
    equity: outcome && fullYear ? await equityAgainstGuideline(ex, year, outcome.income, outcome.equity) : null,
    budgetEquity: budgetTest && { ...budgetTest, losesProtection: false },
  };
}
