import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/open-db';
import { accountNotices, associations } from '../../db/schema';
import type { Actor } from '../../platform/actor';

/** The unread notices about the actor's own account, e.g. which förbund gave them which role. */
export async function unreadNotices(ex: Executor, actor: Actor) {
  if (!actor.userId) return [];
  return ex
    .select({
      id: accountNotices.id,
      kind: accountNotices.kind,
      role: accountNotices.role,
      associationId: accountNotices.associationId,
      associationName: associations.name,
      grantedByName: accountNotices.grantedByName,
      createdAt: accountNotices.createdAt,
    })
    .from(accountNotices)
    .leftJoin(associations, eq(associations.id, accountNotices.associationId))
    .where(and(eq(accountNotices.userId, actor.userId), isNull(accountNotices.readAt)))
    .orderBy(asc(accountNotices.createdAt));
}

/** Marks the actor's notices as read (the person has seen them on their account page). */
export async function markNoticesRead(ex: Executor, actor: Actor): Promise<void> {
  if (!actor.userId) return;
  await ex
    .update(accountNotices)
    .set({ readAt: new Date() })
    .where(and(eq(accountNotices.userId, actor.userId), isNull(accountNotices.readAt)));
}
