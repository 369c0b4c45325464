import { sql } from 'drizzle-orm';
import { can, type PriceListRow } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { priceLists } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { conflict, forbidden, notFound, versionConflict } from '../../platform/errors';
import {
  findAssociationPriceList,
  findPriceList,
  listPriceLists,
  type PriceListRecord,
} from './price-lists.repository';

/** Lists the actor may read: the national ones and those of its förbund. */
export async function readablePriceLists(ex: Executor, actor: Actor): Promise<PriceListRecord[]> {
  const scope = associationScope(actor, 'price_list.read');
  return listPriceLists(ex, scope.kind === 'all' ? 'all' : scope.ids);
}

export async function readablePriceList(ex: Executor, actor: Actor, id: string): Promise<PriceListRecord> {
  const row = await findPriceList(ex, id);
  // Another förbund's list does not exist for this actor.
  if (!row || (row.associationId && !actor.operator && !can(actor.roles, 'price_list.read', row.associationId)))
    throw notFound('Prislistan');
  return row;
}

/** A förbund's own copy of a list it can read, for a year; the copy starts with the same rows and sources. */
export async function copyPriceList(
  tx: Tx,
  actor: Actor,
  associationId: string,
  input: { fromId: string; year: number; name: string },
): Promise<PriceListRecord> {
  authorize(actor, 'price_list.manage', associationId);
  const from = await readablePriceList(tx, actor, input.fromId);
  if (await findAssociationPriceList(tx, associationId, input.year))
    throw conflict(`Förbundet har redan en prislista för ${input.year}.`);
  const [row] = await tx
    .insert(priceLists)
    .values({
      associationId,
      year: input.year,
      name: input.name,
      rows: from.rows,
      isExample: from.isExample,
      copiedFrom: from.id,
    })
    .returning();
  await writeAudit(tx, actor, {
    action: 'price_list.create',
    entityType: 'price_list',
    entityId: row!.id,
    associationId,
    details: { name: input.name, year: input.year, copiedFrom: from.id },
  });
  return row!;
}

// Field by field: the database's JSON does not keep the order of keys.
const sameRow = (a: PriceListRow, b: PriceListRow | undefined) =>
  !!b &&
  a.key === b.key &&
  a.amount === b.amount &&
  a.payer === b.payer &&
  a.taxable === b.taxable &&
  a.source === b.source;

/**
 * Saves edited rows. A stale version is refused (409); the audit entry keeps every changed row
 * before and after, so a result can be traced to the values it used.
 */
export async function updatePriceList(
  tx: Tx,
  actor: Actor,
  id: string,
  input: { name: string; rows: PriceListRow[]; version: number },
): Promise<PriceListRecord> {
  // Without the permission anywhere: 403; for another förbund's list: 404, as everywhere else.
  authorize(actor, 'price_list.manage');
  const before = await readablePriceList(tx, actor, id);
  const allowed = before.associationId
    ? can(actor.roles, 'price_list.manage', before.associationId)
    : actor.roles.some((r) => r.role === 'system_admin');
  if (!allowed && !actor.operator) throw forbidden();
  const [row] = await tx
    .update(priceLists)
    .set({
      name: input.name,
      rows: input.rows,
      // Once anyone has edited the values they are no longer the untouched examples.
      isExample:
        before.isExample &&
        input.rows.length === before.rows.length &&
        input.rows.every((r, i) => sameRow(r, before.rows[i])),
      version: sql`${priceLists.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(sql`${priceLists.id} = ${id}::uuid and ${priceLists.version} = ${input.version}`)
    .returning();
  if (!row) throw versionConflict();
  const old = new Map(before.rows.map((r) => [r.key, r]));
  const changes = input.rows
    .filter((r) => !sameRow(r, old.get(r.key)))
    .map((r) => ({ key: r.key, before: old.get(r.key) ?? null, after: r }));
  const removed = before.rows.filter((r) => !input.rows.some((n) => n.key === r.key)).map((r) => r.key);
  await writeAudit(tx, actor, {
    action: 'price_list.update',
    entityType: 'price_list',
    entityId: id,
    associationId: before.associationId,
    details: { name: input.name, version: row.version, changes, removed },
  });
  return row;
}
