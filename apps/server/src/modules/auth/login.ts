import { eq } from 'drizzle-orm';
import type { LoginInput } from '@insikt/core';
import type { Db } from '../../db/open-db';
import { users } from '../../db/schema';
import { anonymousActor, type Origin } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import {
  accountKey,
  clearFailures,
  clientKey,
  reserveAttempt,
  throttled,
  type ThrottlePolicy,
} from '../../platform/login-throttle';
import { verifyPassword } from '../../platform/passwords';
import { createSession, type SessionPolicy } from '../../platform/sessions';
import { findUserByEmail } from '../users/users.repository';

export interface LoginPolicy extends SessionPolicy {
  /** Per account (by e-mail, known or not). */
  account: ThrottlePolicy;
  /** Per client address, across accounts (one client guessing many accounts). */
  client: ThrottlePolicy;
}

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Fel e-postadress eller lösenord.');

/**
 * Signs a user in. Wrong passwords give growing delays per account and per client instead of
 * locking the account, so no one can shut its owner out: the owner gets in after the delay, or at
 * once from a browser where they signed in before (`knownUserId`, from a signed cookie). Each
 * attempt reserves its check before it is made (login-throttle.ts), and an unknown e-mail takes
 * the same path, the same statements and an argon2 check of a dummy hash, so neither the answer
 * nor its timing tells whether an account exists. Failures are audited outside any transaction
 * so that they survive the refusal.
 */
export async function login(
  db: Db,
  input: LoginInput,
  origin: Origin,
  policy: LoginPolicy,
  knownUserId: string | null = null,
) {
  const email = input.email.trim().toLowerCase();
  const actor = anonymousActor(origin, email);
  const user = await findUserByEmail(db, email);
  const userActor = { ...actor, userId: user?.id ?? null };
  const keys = [clientKey(origin.ip)];
  const waitClient = await reserveAttempt(db, keys[0]!, policy.client);
  let waitAccount = 0;
  if (!(user && knownUserId === user.id)) {
    keys.push(accountKey(email));
    waitAccount = await reserveAttempt(db, keys[1]!, policy.account);
  }
  const wait = Math.max(waitClient, waitAccount);
  if (wait > 0) {
    await writeAudit(db, userActor, {
      action: 'auth.login_throttled',
      entityType: user ? 'user' : undefined,
      entityId: user?.id ?? null,
      details: { waitSeconds: wait, by: waitAccount > 0 ? 'account' : 'client' },
    });
    throw throttled(wait);
  }

  if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
    await writeAudit(db, userActor, {
      action: 'auth.login_failed',
      entityType: user ? 'user' : undefined,
      entityId: user?.id ?? null,
      details: { reason: user ? 'wrong_password' : 'unknown_account' },
    });
    throw invalidCredentials();
  }
  for (const key of keys) await clearFailures(db, key);

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
