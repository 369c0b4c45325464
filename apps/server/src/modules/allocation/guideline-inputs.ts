import type { GuidelineFigures } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { ModelForbundRecord } from './allocation.repository';

/**
 * The equity and income each förbund of a model year is tested against the guideline with. Today the
 * figures stored on the model year's row (entered or imported from the förbund's annual report); the
 * lead wires the linked förbund's accounts in here after merging the finance module (brief, issue 16 §4).
 * Async and given the executor so that wiring needs no change in the callers.
 */
export async function guidelineInputsFor(
  _ex: Executor,
  _year: number,
  rows: readonly ModelForbundRecord[],
): Promise<Map<string, GuidelineFigures>> {
  return new Map(rows.map((r) => [r.id, { equity: r.equity, income: r.income }]));
}
