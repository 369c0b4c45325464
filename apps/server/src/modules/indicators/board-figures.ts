import type { OutcomeCells } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import type { Disclosure } from '../../platform/disclosure';
import { AppError } from '../../platform/errors';
import { goalFulfilmentOf } from '../reports/goal-fulfilment';
import { outcomeReport } from '../reports/outcome-report';

/**
 * The actor as the förbund's board (a läsare of the förbund) sees the figures: the programme logic and
 * the theory of change are documents for the board, so their figures are protected by disclosure
 * control, whoever opens them (decisions 0027, 0028). The user stays the one audited.
 */
const asBoard = (actor: Actor, associationId: string): Actor => ({
  ...actor,
  roles: [{ role: 'reader', associationId }],
  operator: false,
});

/**
 * The outcome report cells of each calendar year, as published (null: no exits that year): the whole
 * förbund's, or one insats's when `interventionId` is given.
 */
export async function boardOutcomeCells(
  ex: Executor,
  actor: Actor,
  associationId: string,
  years: readonly number[],
  disclosure: Disclosure,
  interventionId: string | null = null,
): Promise<Map<number, OutcomeCells | null>> {
  const board = asBoard(actor, associationId);
  const result = new Map<number, OutcomeCells | null>();
  for (const year of years) {
    const report = await outcomeReport(ex, board, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      groupBy: interventionId ? 'intervention' : 'association',
      ...(interventionId ? { interventionId } : {}),
      suppress: true,
      audit: false,
      disclosure,
    });
    result.set(year, report.groups.find((g) => g.key === (interventionId ?? associationId))?.cells ?? null);
  }
  return result;
}

export type BoardGoals = Awaited<ReturnType<typeof goalFulfilmentOf>> & { name: string };

/** An insats's goals with their measured values per year, as the board sees them; null when the insats is gone. */
export async function boardGoals(
  ex: Executor,
  actor: Actor,
  associationId: string,
  interventionId: string,
  disclosure: Disclosure,
  name: string,
): Promise<BoardGoals | null> {
  try {
    // The deviation counts are shown as the statistics show them to the user, not to the board (0048, 0050).
    const goals = await goalFulfilmentOf(ex, asBoard(actor, associationId), associationId, interventionId, disclosure, {
      viewer: actor,
    });
    return { ...goals, name };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}
