import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { financeLines } from '../../db/schema';
import { accountYearsOf, insatsOutcomes } from './finance.repository';

type Budget = { year: number; budget: number; actualCost?: number | null; fromAccounts?: boolean };

/** The insatser (of those given) that have a line in the förbund's accounts. */
async function insatserWithLine(ex: Executor, associationId: string) {
  const rows = await ex
    .select({ interventionId: financeLines.interventionId })
    .from(financeLines)
    .where(eq(financeLines.associationId, associationId));
  return new Set(rows.map((r) => r.interventionId).filter((id): id is string => id !== null));
}

/**
 * An insats's yearly budget with its actual cost as the one source has it (decision 0051): for an
 * insats with a line in the accounts and a year the förbund keeps in Insikt, the actual cost is the
 * line's outcome that year (null until there is outcome); otherwise the insats's own figure. A year
 * with outcome but no budget entry is shown with the budget 0 kr (nothing was budgeted).
 */
export async function withAccountsActualCost<T extends { id: string; budgets: Budget[] }>(
  ex: Executor,
  associationId: string,
  rows: T[],
): Promise<T[]> {
  const linked = await insatserWithLine(ex, associationId);
  const ids = rows.map((r) => r.id).filter((id) => linked.has(id));
  if (ids.length === 0) return rows;
  const kept = await accountYearsOf(ex, associationId);
  const outcome = await insatsOutcomes(ex, associationId, ids);
  return rows.map((r) => {
    if (!linked.has(r.id)) return r;
    const actual = (year: number) => outcome.find((o) => o.interventionId === r.id && o.year === year)?.amount ?? null;
    const budgets = r.budgets.map((b) =>
      kept.has(b.year) ? { ...b, actualCost: actual(b.year), fromAccounts: true } : b,
    );
    for (const o of outcome.filter((x) => x.interventionId === r.id && kept.has(x.year))) {
      if (!budgets.some((b) => b.year === o.year))
        budgets.push({ year: o.year, budget: 0, actualCost: o.amount, fromAccounts: true });
    }
    return { ...r, budgets: budgets.sort((a, b) => a.year - b.year) };
  });
}

/** Before an insats is saved: its actual cost of the years kept in the accounts is not stored twice. */
export async function withoutAccountsActualCost(
  ex: Executor,
  associationId: string,
  interventionId: string | null,
  budgets: Budget[],
): Promise<Budget[]> {
  if (!interventionId || !(await insatserWithLine(ex, associationId)).has(interventionId)) return budgets;
  const kept = await accountYearsOf(ex, associationId);
  return budgets.map((b) => (kept.has(b.year) ? { ...b, actualCost: null } : b));
}
