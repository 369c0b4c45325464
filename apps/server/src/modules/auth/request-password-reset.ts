import type { PasswordResetRequestInput } from '@insikt/core';
import type { Db } from '../../db/open-db';
import { anonymousActor, type Origin } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { enqueueNotice } from '../notifications/enqueue';
import { noticeLink } from '../notifications/notice-settings';
import { findUserByEmail } from '../users/users.repository';
import {
  createPasswordLink,
  PASSWORD_PAGE,
  recentResetLinks,
  RESET_LINKS_PER_HOUR,
  resetMessage,
} from './password-links';

// Every request takes at least this long, so an address with an account (a link written, a message
// queued) cannot be told from one without by the time the answer takes.
const MIN_ANSWER_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Glömt lösenordet?": sends a single-use link to the address when it belongs to an active account
 * that signs in with a password. The caller answers the same whatever happened here (no account
 * enumeration); an account gets at most RESET_LINKS_PER_HOUR links an hour.
 */
export async function requestPasswordReset(db: Db, input: PasswordResetRequestInput, origin: Origin): Promise<void> {
  const started = Date.now();
  try {
    const user = await findUserByEmail(db, input.email);
    // An account that only signs in through an identity provider has no password to reset.
    if (!user || !user.active || (user.passwordHash === null && user.externalIssuer !== null)) return;
    await db.transaction(async (tx) => {
      if ((await recentResetLinks(tx, user.id)) >= RESET_LINKS_PER_HOUR) return;
      const token = await createPasswordLink(tx, user.id, 'reset');
      await enqueueNotice(tx, {
        kind: 'passwordReset',
        associationId: null,
        to: { userId: user.id },
        render: resetMessage(noticeLink(`${PASSWORD_PAGE.reset}#${token}`)),
      });
      await writeAudit(tx, anonymousActor(origin, user.email), {
        action: 'auth.password_link_sent',
        entityType: 'user',
        entityId: user.id,
      });
    });
  } finally {
    const left = MIN_ANSWER_MS - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
}
