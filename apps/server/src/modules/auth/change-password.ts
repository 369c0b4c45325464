import { eq, sql } from 'drizzle-orm';
import type { ChangePasswordInput } from '@insikt/core';
import type { Db, Tx } from '../../db/open-db';
import { users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError, unauthenticated } from '../../platform/errors';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../platform/passwords';
import { revokeUserSessions } from '../../platform/sessions';
import {
  clearFailures,
  passwordCheckKey,
  reserveAttempt,
  throttled,
  type ThrottlePolicy,
} from '../../platform/login-throttle';
import { findUserById } from '../users/users.repository';
import { endPasswordLinks } from './password-links';

/**
 * Changes the actor's own password and ends their other sessions (someone may know the old one).
 * Wrong current passwords are throttled like sign-ins: a stolen session must not become a way to
 * guess the password at full speed.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: ChangePasswordInput,
  throttle: ThrottlePolicy,
): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const user = await findUserById(db, actor.userId);
  if (!user) throw unauthenticated();
  const key = passwordCheckKey(user.id);
  const wait = await reserveAttempt(db, key, throttle);
  if (wait > 0) throw throttled(wait);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await writeAudit(db, actor, { action: 'auth.password_change_failed', entityType: 'user', entityId: user.id });
    throw new AppError(400, 'invalid_credentials', 'Det nuvarande lösenordet stämmer inte.', [
      { field: 'currentPassword', message: 'Det nuvarande lösenordet stämmer inte.' },
    ]);
  }
  await clearFailures(db, key);
  assertAcceptablePassword(input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, 'password_rejected', 'Det nya lösenordet måste skilja sig från det nuvarande.', [
      { field: 'newPassword', message: 'Det nya lösenordet måste skilja sig från det nuvarande.' },
    ]);
  }
  await db.transaction((tx) => storePassword(tx, actor, user.id, input.newPassword));
}

/** The new password, and the end of every other session, in one transaction. */
async function storePassword(tx: Tx, actor: Actor, userId: string, newPassword: string) {
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: false,
      oneTimePasswordExpiresAt: null,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
  const ended = await revokeUserSessions(tx, userId, actor.sessionId ?? undefined);
  await endPasswordLinks(tx, userId);
  await writeAudit(tx, actor, {
    action: 'auth.password_changed',
    entityType: 'user',
    entityId: userId,
    details: { otherSessionsEnded: ended },
  });
}
