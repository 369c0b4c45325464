import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/open-db';
import { sessions } from '../db/schema';
import type { Origin } from './actor';

export const SESSION_COOKIE = 'insikt_session';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  ex: Executor,
  userId: string,
  origin: Origin,
  policy: SessionPolicy,
  authMethod: 'password' | 'oidc' = 'password',
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await ex
    .insert(sessions)
    .values({
      tokenHash: hashSessionToken(token),
      userId,
      authMethod,
      expiresAt: new Date(Date.now() + policy.absoluteHours * 3_600_000),
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 400) ?? null,
    })
    .returning({ id: sessions.id });
  return { id: row!.id, token };
}

/** What decides whether a session is alive. */
export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/**
 * A session dies at its absolute expiry, after `idleMinutes` without a request, or when revoked.
 * Returns whether it lives and whether its activity should be written: at most once a minute, so
 * that reading pages does not turn every request into a write.
 */
export function sessionLiveness(row: SessionTimes, policy: SessionPolicy, now = Date.now()) {
  const live =
    !row.revokedAt && row.expiresAt.getTime() > now && row.lastSeenAt.getTime() + policy.idleMinutes * 60_000 > now;
  return { live, touch: live && now - row.lastSeenAt.getTime() > 60_000 };
}

export async function touchSession(ex: Executor, sessionId: string): Promise<void> {
  await ex.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sessionId));
}

export async function revokeSession(ex: Executor, sessionId: string): Promise<void> {
  await ex
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every live session of a user (password change, deactivation, an administrator's request). */
export async function revokeUserSessions(ex: Executor, userId: string, exceptSessionId?: string): Promise<number> {
  const rows = await ex
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** Live sessions of a user, newest first (own account page, user administration). */
export async function listLiveSessions(ex: Executor, userId: string, policy: SessionPolicy) {
  const idleCutoff = new Date(Date.now() - policy.idleMinutes * 60_000);
  return ex
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        sql`${sessions.expiresAt} > now()`,
        sql`${sessions.lastSeenAt} > ${idleCutoff.toISOString()}`,
      ),
    )
    .orderBy(sql`${sessions.lastSeenAt} desc`);
}

/** Removes sessions that can no longer be used; keeps the table small over years of logins. */
export async function purgeDeadSessions(ex: Executor): Promise<void> {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  await ex.delete(sessions).where(or(lt(sessions.expiresAt, weekAgo), lt(sessions.revokedAt, weekAgo)));
}
