import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { checkPassword, PASSWORD_RULE_MESSAGES_SV } from '@insikt/core';
import { AppError } from './errors';

// OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane). Algorithm 2 is Argon2id: the
// package exports it as an ambient const enum, which isolated modules cannot read.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified when the account does not exist, so a wrong e-mail takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('insikt-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Throws a 400 naming every rule the new password breaks. */
export function assertAcceptablePassword(password: string, email: string, field = 'newPassword'): void {
  const problems = checkPassword(password, email);
  if (problems.length > 0) {
    throw new AppError(
      400,
      'password_rejected',
      problems.map((p) => PASSWORD_RULE_MESSAGES_SV[p]).join(' '),
      problems.map((p) => ({ field, message: PASSWORD_RULE_MESSAGES_SV[p] })),
    );
  }
}

/** A one-time password for new accounts and resets: 4 groups of 4 readable characters. */
export function generateOneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** How long a one-time password works: it travels outside Insikt, so it must not stay valid for ever. */
export const ONE_TIME_PASSWORD_DAYS = 7;
export const oneTimePasswordExpiry = (now = Date.now()) => new Date(now + ONE_TIME_PASSWORD_DAYS * 86_400_000);
