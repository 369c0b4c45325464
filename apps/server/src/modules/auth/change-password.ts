import { eq, sql } from 'drizzle-orm';
import type { ChangePasswordInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError, unauthenticated } from '../../platform/errors';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../platform/passwords';
import { revokeUserSessions } from '../../platform/sessions';
import { findUserById } from '../users/users.repository';

/** Changes the actor's own password and ends their other sessions (someone may know the old one). */
export async function changePassword(tx: Tx, actor: Actor, input: ChangePasswordInput): Promise<void> {
  if (!actor.userId) throw unauthenticated();
  const user = await findUserById(tx, actor.userId);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, 'invalid_credentials', 'Det nuvarande lösenordet stämmer inte.', [
      { field: 'currentPassword', message: 'Det nuvarande lösenordet stämmer inte.' },
    ]);
  }
  assertAcceptablePassword(input.newPassword, user.email);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, 'password_rejected', 'Det nya lösenordet måste skilja sig från det nuvarande.', [
      { field: 'newPassword', message: 'Det nya lösenordet måste skilja sig från det nuvarande.' },
    ]);
  }
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      mustChangePassword: false,
      oneTimePasswordExpiresAt: null,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  const ended = await revokeUserSessions(tx, user.id, actor.sessionId ?? undefined);
  await writeAudit(tx, actor, {
    action: 'auth.password_changed',
    entityType: 'user',
    entityId: user.id,
    details: { otherSessionsEnded: ended },
  });
}
