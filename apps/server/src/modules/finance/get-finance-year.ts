import { accountsYear, periodsOfYear } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { listCatalogue } from '../interventions/interventions.repository';
import { guidelineTests, perInhabitant, stateMoneyView } from './finance-figures';
import { budgetsOf, findFinanceYear, linesOf, outcomesOf, stateMoneyOf } from './finance.repository';

/** The year's outcome summed per line (all periods). */
export const totalsPerLine = (rows: readonly { lineId: string; amount: number }[]) => {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.lineId, (sums.get(r.lineId) ?? 0) + r.amount);
  return [...sums].map(([lineId, amount]) => ({ lineId, amount }));
};

/**
 * A förbund's economy for one year: its lines with budget (year 1), plan (years 2–3) and outcome per
 * period, the key figures, budget against outcome, committed against free money, state money and its
 * utilisation, kronor per inhabitant 16–64 and the equity against the guideline (issue 16 items 1–4).
 */
export async function getFinanceYear(ex: Executor, actor: Actor, associationId: string, year: number) {
  authorize(actor, 'finance.read', associationId);
  return financeYearOf(ex, associationId, year);
}

/** The same without access control: for the caller that has checked it (the comparison picks key figures). */
export async function financeYearOf(ex: Executor, associationId: string, year: number) {
  const settings = await findFinanceYear(ex, associationId, year);
  const granularity = settings?.granularity ?? 'tertial';
  const lines = await linesOf(ex, associationId);
  const years = [year, year + 1, year + 2];
  const { budgets, interventionVersions } = await budgetsOf(ex, associationId, lines, years);
  const outcome = await outcomesOf(ex, associationId, year);
  const totals = totalsPerLine(outcome);
  const figures = accountsYear({
    year,
    lines,
    budgets,
    outcome: totals,
    openingEquity: settings?.openingEquity ?? 0,
  });
  const catalogue = await listCatalogue(ex, associationId);
  const names = new Map(catalogue.map((i) => [i.id, i.name]));
  const money = stateMoneyView(
    await stateMoneyOf(ex, associationId, year),
    figures.outcome ? figures.stateMoneyUsed : null,
  );
  const perLine = new Map(figures.perLine.map((r) => [r.lineId, r]));
  const periods = periodsOfYear(year, granularity);
  const fullYear = periods.every((p) => outcome.some((o) => o.period === p));
  return {
    associationId,
    year,
    settings: {
      kept: settings !== undefined,
      granularity,
      openingEquity: settings?.openingEquity ?? 0,
      version: settings?.version ?? 0,
    },
    periods,
    lines: lines.map((l) => ({
      id: l.id,
      name: l.name,
      kind: l.kind,
      incomeSource: l.incomeSource,
      interventionId: l.interventionId,
      interventionName: l.interventionId ? (names.get(l.interventionId) ?? null) : null,
      administration: l.administration,
      version: l.version,
      budgetVersion: l.interventionId ? (interventionVersions.get(l.id) ?? 0) : l.version,
      budgets: years.map((y) => ({
        year: y,
        amount: budgets.find((b) => b.lineId === l.id && b.year === y)?.amount ?? null,
      })),
      outcome: outcome.filter((o) => o.lineId === l.id).map((o) => ({ period: o.period, amount: o.amount })),
      outcomeTotal: totals.find((t) => t.lineId === l.id)?.amount ?? 0,
      difference: perLine.get(l.id)?.difference ?? 0,
    })),
    keyFigures: { outcome: figures.outcome, budget: figures.budget },
    commitments: figures.commitments,
    stateMoney: money,
    perInhabitant: await perInhabitant(ex, associationId, year, money),
    ...(await guidelineTests(ex, year, figures, fullYear)),
    // Insatser without a line yet: the ones a new insats line can be linked to.
    unlinkedInterventions: catalogue
      .filter((i) => !lines.some((l) => l.interventionId === i.id))
      .map((i) => ({ id: i.id, name: i.name })),
  };
}
