import { eq, sql } from 'drizzle-orm';
import type { LoginInput } from '@insikt/core';
import type { Db } from '../../db/open-db';
import { users } from '../../db/schema';
import { anonymousActor, type Origin } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { verifyPassword } from '../../platform/passwords';
import { createSession, type SessionPolicy } from '../../platform/sessions';
import { findUserByEmail } from '../users/users.repository';

export interface LoginPolicy extends SessionPolicy {
  lockoutThreshold: number;
  lockoutMinutes: number;
}

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Fel e-postadress eller lösenord.');
const locked = (minutes: number) =>
  new AppError(
    423,
    'account_locked',
    `Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om ${minutes} minuter.`,
  );

/**
 * Signs a user in. Each attempt first reserves a slot by incrementing the failure counter in
 * one UPDATE, so parallel guesses cannot outrun the lockout: at most `lockoutThreshold`
 * passwords are ever checked before the account locks. Failures are audited outside any
 * transaction so that they survive the refusal.
 */
export async function login(db: Db, input: LoginInput, origin: Origin, policy: LoginPolicy) {
  const email = input.email.trim().toLowerCase();
  const actor = anonymousActor(origin, email);
  const user = await findUserByEmail(db, email);
  if (!user || user.passwordHash === null) {
    await verifyPassword(null, input.password);
    await writeAudit(db, actor, { action: 'auth.login_failed', details: { reason: 'unknown_account' } });
    throw invalidCredentials();
  }

  const reserved = (await db.execute(sql`
    update users set
      failed_login_count = case when locked_until is not null and locked_until <= now() then 1
                                else failed_login_count + 1 end,
      locked_until = case when locked_until is not null and locked_until <= now() then null
                          else locked_until end
    where id = ${user.id}
    returning failed_login_count, locked_until`)) as unknown as {
    rows: { failed_login_count: number; locked_until: Date | string | null }[];
  };
  const slot = reserved.rows[0]!;
  const lockedUntil = slot.locked_until ? new Date(slot.locked_until) : null;
  const userActor = { ...actor, userId: user.id };
  if ((lockedUntil && lockedUntil > new Date()) || slot.failed_login_count > policy.lockoutThreshold) {
    await db.execute(sql`update users set locked_until = coalesce(locked_until, now() + make_interval(mins => ${policy.lockoutMinutes}))
      where id = ${user.id}`);
    await writeAudit(db, userActor, { action: 'auth.login_refused_locked', entityType: 'user', entityId: user.id });
    throw locked(policy.lockoutMinutes);
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockNow = slot.failed_login_count >= policy.lockoutThreshold;
    if (lockNow) {
      await db.execute(sql`update users set locked_until = now() + make_interval(mins => ${policy.lockoutMinutes})
        where id = ${user.id}`);
    }
    await writeAudit(db, userActor, {
      action: lockNow ? 'auth.account_locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: user.id,
      details: { reason: 'wrong_password', failedAttempts: slot.failed_login_count },
    });
    throw lockNow ? locked(policy.lockoutMinutes) : invalidCredentials();
  }

  if (user.mustChangePassword && user.oneTimePasswordExpiresAt && user.oneTimePasswordExpiresAt <= new Date()) {
    await writeAudit(db, userActor, { action: 'auth.login_refused_expired', entityType: 'user', entityId: user.id });
    throw new AppError(
      401,
      'invalid_credentials',
      'Engångslösenordet har gått ut. Be förbundets administratör om ett nytt.',
    );
  }

  if (!user.active) {
    await writeAudit(db, userActor, { action: 'auth.login_refused_disabled', entityType: 'user', entityId: user.id });
    throw new AppError(403, 'account_disabled', 'Kontot är avstängt. Kontakta förbundets administratör.');
  }

  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, origin, policy);
    await writeAudit(
      tx,
      { ...userActor, sessionId: session.id },
      {
        action: 'auth.login',
        entityType: 'session',
        entityId: session.id,
      },
    );
    return { session, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
}
