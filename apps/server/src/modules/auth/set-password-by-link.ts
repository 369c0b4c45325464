import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PasswordLinkInput } from '@insikt/core';
import type { Db } from '../../db/open-db';
import { passwordLinks, users } from '../../db/schema';
import { anonymousActor, type Origin } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { invalid } from '../../platform/errors';
import { accountKey, clearFailures } from '../../platform/login-throttle';
import { assertAcceptablePassword, hashPassword } from '../../platform/passwords';
import { revokeUserSessions } from '../../platform/sessions';
import { hashLinkToken } from './password-links';

const linkInvalid = () =>
  invalid(
    [
      {
        field: 'token',
        message:
          'Länken fungerar inte längre: den har redan använts, har gått ut eller är felskriven. Be om en ny länk.',
      },
    ],
    'Länken fungerar inte längre. Be om en ny länk.',
  );

/**
 * Sets a password through a single-use link (reset or invitation). The link is used up in the same
 * transaction as the new password, every other unused link of the account dies with it, and every
 * session of the account ends: whoever had the old password is out (decision 0041).
 */
export async function setPasswordByLink(db: Db, input: PasswordLinkInput, origin: Origin): Promise<void> {
  const tokenHash = hashLinkToken(input.token);
  const [link] = await db
    .select({ id: passwordLinks.id, purpose: passwordLinks.purpose, userId: users.id, email: users.email })
    .from(passwordLinks)
    .innerJoin(users, eq(users.id, passwordLinks.userId))
    .where(
      and(
        eq(passwordLinks.tokenHash, tokenHash),
        isNull(passwordLinks.usedAt),
        sql`${passwordLinks.expiresAt} > now()`,
        eq(users.active, true),
      ),
    );
  if (!link) throw linkInvalid();
  // The policy's message names what is wrong; the link stays usable for a better password.
  assertAcceptablePassword(input.newPassword, link.email);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // Two tabs sending the same link at once: only the first one uses it.
    const used = await tx
      .update(passwordLinks)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordLinks.id, link.id), isNull(passwordLinks.usedAt)))
      .returning({ id: passwordLinks.id });
    if (used.length === 0) throw linkInvalid();
    await tx
      .update(passwordLinks)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordLinks.userId, link.userId), isNull(passwordLinks.usedAt)));
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        oneTimePasswordExpiresAt: null,
        failedLoginCount: 0,
        lockedUntil: null,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, link.userId));
    const ended = await revokeUserSessions(tx, link.userId);
    // The owner of the mailbox proved who they are: earlier wrong guesses no longer delay them.
    await clearFailures(tx, accountKey(link.email));
    await writeAudit(tx, anonymousActor(origin, link.email), {
      action: 'auth.password_set_by_link',
      entityType: 'user',
      entityId: link.userId,
      details: { purpose: link.purpose, sessionsEnded: ended },
    });
  });
}
