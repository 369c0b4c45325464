import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AssociationScope, OutboxQuery } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { associations } from '../../db/schema';
import { emailOutbox } from './notifications.schema';

/** The rows of the outbox within a scope: the förbund's own, or (null allowed) every förbund's. */
function inScope(scope: AssociationScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.ids.length === 0) return sql`false`;
  return inArray(emailOutbox.associationId, scope.ids);
}

/** The newest messages first, without their bodies: the screen shows the envelope only. */
export async function listOutbox(ex: Executor, scope: AssociationScope, query: OutboxQuery, limit = 200) {
  const where = and(
    inScope(scope),
    query.status ? eq(emailOutbox.status, query.status) : undefined,
    query.associationId ? eq(emailOutbox.associationId, query.associationId) : undefined,
  );
  const rows = await ex
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      status: emailOutbox.status,
      associationId: emailOutbox.associationId,
      associationName: associations.name,
      recipient: emailOutbox.recipient,
      recipientUserId: emailOutbox.recipientUserId,
      subject: emailOutbox.subject,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .leftJoin(associations, eq(associations.id, emailOutbox.associationId))
    .where(where)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
  const counts = await ex
    .select({ status: emailOutbox.status, count: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .where(and(inScope(scope), query.associationId ? eq(emailOutbox.associationId, query.associationId) : undefined))
    .groupBy(emailOutbox.status);
  return { rows, counts };
}

export async function findMessage(ex: Executor, id: string) {
  const [row] = await ex
    .select({ id: emailOutbox.id, associationId: emailOutbox.associationId, status: emailOutbox.status })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  return row;
}

/** A failed message is due again now, with a fresh count of attempts. */
export async function requeueMessage(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex
    .update(emailOutbox)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimToken: null, claimedUntil: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'failed')))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/** How long the envelope of a sent or failed message is kept for the outbox screen. */
export const OUTBOX_KEEP_DAYS = 90;

/** Removes sent and failed messages older than OUTBOX_KEEP_DAYS; pending ones are never dropped. */
export async function purgeOldMessages(ex: Executor, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000);
  await ex
    .delete(emailOutbox)
    .where(
      and(or(eq(emailOutbox.status, 'sent'), eq(emailOutbox.status, 'failed')), lt(emailOutbox.createdAt, cutoff)),
    );
}
