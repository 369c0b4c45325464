import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AccountMappingInput } from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import { financeAccountMappings } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { authorize } from '../../platform/access-control';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { linesOf, mappingsOf } from './finance.repository';

/** The förbund's mapping of bookkeeping accounts to its lines (used by every SIE import). */
export async function getAccountMappings(ex: Executor, actor: Actor, associationId: string) {
  authorize(actor, 'finance.read', associationId);
  return mappingsOf(ex, associationId);
}

/**
 * Maps accounts to lines (a null line removes the account's mapping); accounts not named keep theirs.
 * Every line must be the förbund's own.
 */
export async function saveAccountMappings(tx: Tx, actor: Actor, associationId: string, input: AccountMappingInput) {
  authorize(actor, 'finance.manage', associationId);
  const own = new Set((await linesOf(tx, associationId)).map((l) => l.id));
  const foreign = input.mappings.filter((m) => m.lineId !== null && !own.has(m.lineId));
  if (foreign.length > 0) {
    throw invalid(
      foreign.map((m) => ({ field: `konto ${m.account}`, message: 'Raden finns inte i förbundet.', value: m.lineId })),
    );
  }
  const before = await mappingsOf(tx, associationId);
  const accounts = input.mappings.map((m) => m.account);
  if (accounts.length > 0) {
    await tx
      .delete(financeAccountMappings)
      .where(
        and(eq(financeAccountMappings.associationId, associationId), inArray(financeAccountMappings.account, accounts)),
      );
  }
  const rows = input.mappings
    .filter((m) => m.lineId !== null)
    .map((m) => ({ associationId, account: m.account, lineId: m.lineId! }));
  // A concurrent save of the same account inserted it between this delete and insert: a 500 before (0066).
  if (rows.length > 0)
    await tx
      .insert(financeAccountMappings)
      .values(rows)
      .onConflictDoUpdate({
        target: [financeAccountMappings.associationId, financeAccountMappings.account],
        set: { lineId: sql`excluded.line_id`, updatedAt: new Date() },
      });
  await writeAudit(tx, actor, {
    action: 'finance.account_mapping',
    entityType: 'association',
    entityId: associationId,
    associationId,
    details: {
      before: Object.fromEntries(before.filter((b) => accounts.includes(b.account)).map((b) => [b.account, b.lineId])),
      after: Object.fromEntries(input.mappings.map((m) => [m.account, m.lineId])),
    },
  });
  return mappingsOf(tx, associationId);
}
