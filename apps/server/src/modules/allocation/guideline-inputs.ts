import type { GuidelineFigures } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { associationsWithOutcome } from '../finance/finance.repository';
import { financeYearOf } from '../finance/get-finance-year';
import type { ModelForbundRecord } from './allocation.repository';

/** Where a förbund's guideline figures come from: its accounts in Insikt for that year, or the model year's row. */
export type SourcedGuidelineFigures = GuidelineFigures & { accountsYear: number | null };

/**
 * The equity and income each förbund of a model year is tested against the guideline with. The allocation
 * for year Y is decided in June of Y − 1 on the latest annual report, that of Y − 2 (decision 0053): a
 * förbund linked to Insikt with outcome for Y − 2 is tested on its own accounts (income and equity at year
 * end, as the Ekonomi page shows them); the others on the figures entered or imported on the model year's row.
 */
export async function guidelineInputsFor(
  ex: Executor,
  year: number,
  rows: readonly ModelForbundRecord[],
): Promise<Map<string, SourcedGuidelineFigures>> {
  const accountsYear = year - 2;
  const linked = rows.filter((r) => r.associationId !== null);
  const withAccounts = linked.length
    ? new Set((await associationsWithOutcome(ex, accountsYear, null)).map((a) => a.id))
    : new Set<string>();
  const figures = new Map<string, SourcedGuidelineFigures>();
  for (const r of rows) {
    if (r.associationId && withAccounts.has(r.associationId)) {
      const outcome = (await financeYearOf(ex, r.associationId, accountsYear)).keyFigures.outcome;
      if (outcome) {
        figures.set(r.id, { equity: outcome.equity, income: outcome.income, accountsYear });
        continue;
      }
    }
    figures.set(r.id, { equity: r.equity, income: r.income, accountsYear: null });
  }
  return figures;
}
