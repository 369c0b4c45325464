import { and, eq, sql } from 'drizzle-orm';
import type { FinanceYearInput, StateMoneyInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { financeYears, stateMoneyYears } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, versionConflict } from '../../platform/errors';
import { findFinanceYear, outcomesOf, stateMoneyOf } from './finance.repository';

/**
 * A row per förbund and year written against the version the client read: version 0 creates it (a
 * concurrent creation loses the insert and gets 409), a later one updates only when it still matches.
 */
async function writeYearRow<R>(
  exists: boolean,
  version: number,
  insert: () => Promise<R[]>,
  update: () => Promise<R[]>,
) {
  if (!exists && version !== 0) throw versionConflict();
  const [row] = exists ? await update() : await insert();
  if (!row) throw versionConflict();
  return row;
}

/**
 * Starts keeping a year's accounts (version 0: no row yet) or edits its granularity and opening equity.
 * The granularity is fixed once the year has outcome: stored periods are never re-cut (decision 0051).
 */
export async function saveFinanceYear(
  tx: Tx,
  actor: Actor,
  associationId: string,
  year: number,
  input: FinanceYearInput,
) {
  authorize(actor, 'finance.manage', associationId);
  const before = await findFinanceYear(tx, associationId, year);
  const values = { granularity: input.granularity, openingEquity: input.openingEquity };
  if (before && before.granularity !== input.granularity && (await outcomesOf(tx, associationId, year)).length > 0) {
    throw conflict(
      `År ${year} har redan utfall per ${before.granularity === 'month' ? 'månad' : 'tertial'}. Perioderna kan inte ändras när utfallet finns.`,
    );
  }
  const row = await writeYearRow(
    before !== undefined,
    input.version,
    () =>
      tx
        .insert(financeYears)
        .values({ associationId, year, ...values })
        .onConflictDoNothing()
        .returning(),
    () =>
      tx
        .update(financeYears)
        .set({ ...values, version: sql`${financeYears.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(financeYears.associationId, associationId),
            eq(financeYears.year, year),
            eq(financeYears.version, input.version),
          ),
        )
        .returning(),
  );
  await writeAudit(tx, actor, {
    action: 'finance.year',
    entityType: 'finance_year',
    entityId: null,
    associationId,
    details: {
      year,
      before: before ? { granularity: before.granularity, openingEquity: before.openingEquity } : null,
      after: values,
    },
  });
  return row;
}

/** The state's offer, the förbund's request, the grant, and which amount kronor per inhabitant is on. */
export async function saveStateMoney(
  tx: Tx,
  actor: Actor,
  associationId: string,
  year: number,
  input: StateMoneyInput,
) {
  authorize(actor, 'finance.manage', associationId);
  const before = await stateMoneyOf(tx, associationId, year);
  const values = {
    offered: input.offered,
    requested: input.requested,
    granted: input.granted,
    perInhabitantBasis: input.perInhabitantBasis,
  };
  const row = await writeYearRow(
    before !== undefined,
    input.version,
    () =>
      tx
        .insert(stateMoneyYears)
        .values({ associationId, year, ...values })
        .onConflictDoNothing()
        .returning(),
    () =>
      tx
        .update(stateMoneyYears)
        .set({ ...values, version: sql`${stateMoneyYears.version} + 1`, updatedAt: new Date() })
        .where(
          and(
            eq(stateMoneyYears.associationId, associationId),
            eq(stateMoneyYears.year, year),
            eq(stateMoneyYears.version, input.version),
          ),
        )
        .returning(),
  );
  await writeAudit(tx, actor, {
    action: 'finance.state_money',
    entityType: 'state_money_year',
    associationId,
    details: {
      year,
      before: before
        ? {
            offered: before.offered,
            requested: before.requested,
            granted: before.granted,
            perInhabitantBasis: before.perInhabitantBasis,
          }
        : null,
      after: values,
    },
  });
  return row;
}
