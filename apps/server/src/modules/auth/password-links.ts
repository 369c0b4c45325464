import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt } from 'drizzle-orm';
import type { NoticeLocale } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { passwordLinks } from '../../db/schema';
import type { NoticeMessage } from '../notifications/enqueue';

export type PasswordLinkPurpose = 'reset' | 'invitation';

/** A reset link works for an hour: long enough to reach the mailbox, short enough to be stale soon. */
export const RESET_LINK_MINUTES = 60;
/** An invitation works for a week, as a one-time password does (decision 0016). */
export const INVITATION_LINK_DAYS = 7;
/** Links per account and hour from "Glömt lösenordet?": more are not sent, and the answer is the same. */
export const RESET_LINKS_PER_HOUR = 3;

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The page that sets the password; the token is in the fragment, which browsers never send or log. */
export const PASSWORD_PAGE: Record<PasswordLinkPurpose, string> = {
  reset: '/nytt-losenord',
  invitation: '/valkommen',
};

/** Creates a single-use link and returns its token (only its hash is stored). */
export async function createPasswordLink(
  ex: Executor,
  userId: string,
  purpose: PasswordLinkPurpose,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const lifetime = purpose === 'reset' ? RESET_LINK_MINUTES * 60_000 : INVITATION_LINK_DAYS * 86_400_000;
  await ex.insert(passwordLinks).values({
    userId,
    purpose,
    tokenHash: hashLinkToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
  });
  return token;
}

/** Reset links made for the account within the last hour. */
export async function recentResetLinks(ex: Executor, userId: string, now = new Date()): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(passwordLinks)
    .where(
      and(
        eq(passwordLinks.userId, userId),
        eq(passwordLinks.purpose, 'reset'),
        gt(passwordLinks.createdAt, new Date(now.getTime() - 3_600_000)),
      ),
    );
  return row?.n ?? 0;
}

/** The reset e-mail's text: the link, how long it works, and what to do if it was not you. */
export function resetMessage(link: string): (locale: NoticeLocale) => NoticeMessage {
  return (locale) =>
    locale === 'sv'
      ? {
          subject: 'Nytt lösenord till Insikt',
          text: `Öppna länken för att välja ett nytt lösenord till Insikt:\n${link}\n\nLänken fungerar en gång och i ${RESET_LINK_MINUTES} minuter. När du har valt lösenordet loggas du ut från Insikt på alla andra enheter.`,
        }
      : {
          subject: 'New password for Insikt',
          text: `Open the link to choose a new password for Insikt:\n${link}\n\nThe link works once and for ${RESET_LINK_MINUTES} minutes. When you have chosen the password, you are signed out of Insikt on every other device.`,
        };
}

/** The invitation's text: who invited, to what, and the link that sets the first password. */
export function invitationMessage(
  link: string,
  invitedBy: string,
  associationName: string | null,
  email: string,
): (locale: NoticeLocale) => NoticeMessage {
  return (locale) => {
    if (locale === 'sv') {
      const where = associationName ? ` för ${associationName}` : '';
      return {
        subject: 'Välkommen till Insikt',
        text: `${invitedBy} har skapat ett konto åt dig i Insikt${where}.\n\nÖppna länken för att välja ditt lösenord:\n${link}\n\nLänken fungerar en gång och i ${INVITATION_LINK_DAYS} dagar. Sedan loggar du in med e-postadressen ${email}.`,
      };
    }
    const where = associationName ? ` for ${associationName}` : '';
    return {
      subject: 'Welcome to Insikt',
      text: `${invitedBy} has created an account for you in Insikt${where}.\n\nOpen the link to choose your password:\n${link}\n\nThe link works once and for ${INVITATION_LINK_DAYS} days. Then you sign in with the e-mail address ${email}.`,
    };
  };
}
