import { and, eq, sql } from 'drizzle-orm';
import type { UserUpdateInput } from '@insikt/core';
import type { Tx } from '../../db/open-db';
import { users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError, versionConflict } from '../../platform/errors';
import { generateOneTimePassword, hashPassword, oneTimePasswordExpiry } from '../../platform/passwords';
import { revokeUserSessions } from '../../platform/sessions';
import { accountKey, clearFailures } from '../../platform/login-throttle';
import { endPasswordLinks } from '../auth/password-links';
import { administersAllRoles, loadManagedUser, onlyRoles } from './managed-user';

/** Renames, deactivates or reactivates an account; deactivation ends its sessions at once. */
export async function updateUser(tx: Tx, actor: Actor, userId: string, input: UserUpdateInput) {
  const { user, roles } = await loadManagedUser(tx, actor, userId);
  if ((input.active !== user.active || input.name !== user.name) && !administersAllRoles(actor, roles)) {
    throw onlyRoles();
  }
  if (input.active !== user.active) {
    if (userId === actor.userId && !input.active) {
      throw new AppError(400, 'validation_failed', 'Du kan inte stänga av ditt eget konto.');
    }
  }
  const [row] = await tx
    .update(users)
    .set({ name: input.name, active: input.active, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, userId), eq(users.version, input.version)))
    .returning();
  if (!row) throw versionConflict();
  if (!input.active) {
    await revokeUserSessions(tx, userId);
    await endPasswordLinks(tx, userId);
  }
  await writeAudit(tx, actor, {
    action: input.active === user.active ? 'user.update' : input.active ? 'user.activate' : 'user.deactivate',
    entityType: 'user',
    entityId: userId,
    details: { before: { name: user.name, active: user.active }, after: { name: input.name, active: input.active } },
  });
  return row;
}

/** Ends every session of a user, e.g. a lost laptop. */
export async function endUserSessions(tx: Tx, actor: Actor, userId: string) {
  const { roles } = await loadManagedUser(tx, actor, userId);
  if (!administersAllRoles(actor, roles)) throw onlyRoles();
  const ended = await revokeUserSessions(tx, userId);
  await writeAudit(tx, actor, {
    action: 'user.sessions_end',
    entityType: 'user',
    entityId: userId,
    details: { ended },
  });
  return ended;
}

/** Gives the user a new one-time password, lifts the delays on the account and ends its sessions. */
export async function resetPassword(tx: Tx, actor: Actor, userId: string) {
  const { user, roles } = await loadManagedUser(tx, actor, userId);
  if (!administersAllRoles(actor, roles)) throw onlyRoles();
  // The new password works at once: earlier wrong guesses no longer delay the account.
  await clearFailures(tx, accountKey(user.email));
  const oneTimePassword = generateOneTimePassword();
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(oneTimePassword),
      mustChangePassword: true,
      oneTimePasswordExpiresAt: oneTimePasswordExpiry(),
      failedLoginCount: 0,
      lockedUntil: null,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
  await revokeUserSessions(tx, userId);
  // An invitation or reset link still in a mailbox would otherwise override the new password.
  await endPasswordLinks(tx, userId);
  await writeAudit(tx, actor, { action: 'user.password_reset', entityType: 'user', entityId: userId });
  return oneTimePassword;
}
