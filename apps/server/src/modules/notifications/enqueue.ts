import { and, eq, inArray } from 'drizzle-orm';
import {
  can,
  findIdentityNumber,
  isMandatoryNotice,
  layoutNotice,
  type NoticeKind,
  type NoticeLocale,
  type Permission,
  type RoleCode,
} from '@insikt/core';
import type { Executor } from '../../db/open-db';
import { roleAssignments, users } from '../../db/schema';
import { invalid } from '../../platform/errors';
import { emailOutbox, noticePreferences } from './notifications.schema';
import { addressFooter, userFooter } from './notice-footer';
import { noticeEnqueued, noticeLink } from './notice-settings';

export type { NoticeKind } from '@insikt/core';

/** What a caller writes: plain text; the HTML and the footer are derived (core's layoutNotice). */
export type NoticeMessage = { subject: string; text: string };

export interface NoticeInput {
  kind: NoticeKind;
  associationId: string | null;
  /** Unique per intended message: a second enqueue with the same key does nothing (two app servers, reminders). */
  dedupKey?: string;
  /** Called with the recipient's locale at enqueue time. Case numbers, titles and links only: no personal data. */
  render: (locale: 'sv' | 'en') => NoticeMessage;
}

interface Recipient {
  userId: string | null;
  address: string;
  locale: NoticeLocale;
  footer: string;
}

/**
 * Renders each locale once, however many recipients share it. A message that would carry a
 * personnummer or samordningsnummer is refused (and with it the caller's transaction): e-mail leaves
 * Insikt for mailboxes no one controls, so this is checked here as well as where the text was typed.
 */
function renderer(render: NoticeInput['render']) {
  const cache = new Map<NoticeLocale, NoticeMessage>();
  return (locale: NoticeLocale) => {
    if (!cache.has(locale)) {
      const message = render(locale);
      if (findIdentityNumber(`${message.subject}\n${message.text}`)) {
        throw invalid(
          [
            {
              field: 'email',
              message: 'Ett e-postmeddelande får inte innehålla personnummer eller samordningsnummer.',
            },
          ],
          'Meddelandet skickades inte: det innehöll ett personnummer eller samordningsnummer.',
        );
      }
      cache.set(locale, message);
    }
    return cache.get(locale)!;
  };
}

async function insertMessages(tx: Executor, input: NoticeInput, recipients: Recipient[], keyed: boolean) {
  if (recipients.length === 0) return 0;
  const rendered = renderer(input.render);
  const rows = recipients.map((r) => {
    const message = layoutNotice({ ...rendered(r.locale), footer: r.footer, locale: r.locale });
    return {
      associationId: input.associationId,
      kind: input.kind,
      recipientUserId: r.userId,
      recipient: r.address,
      locale: r.locale,
      ...message,
      // Several recipients of one event each get their own key, so each is deduplicated alone.
      dedupKey:
        input.dedupKey === undefined ? null : keyed ? `${input.dedupKey}:${r.userId ?? r.address}` : input.dedupKey,
    };
  });
  const inserted = await tx
    .insert(emailOutbox)
    .values(rows)
    .onConflictDoNothing({ target: emailOutbox.dedupKey })
    .returning({ id: emailOutbox.id });
  // The worker may look before the caller commits; then the next round finds the message.
  if (inserted.length > 0) noticeEnqueued();
  return inserted.length;
}

/** Active users among `userIds` who receive `kind`, with their language. */
async function receivingUsers(tx: Executor, kind: NoticeKind, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      locale: noticePreferences.locale,
      disabledKinds: noticePreferences.disabledKinds,
    })
    .from(users)
    .leftJoin(noticePreferences, eq(noticePreferences.userId, users.id))
    .where(and(inArray(users.id, userIds), eq(users.active, true)));
  const mandatory = isMandatoryNotice(kind);
  return rows
    .filter((r) => mandatory || !(r.disabledKinds ?? []).includes(kind))
    .map((r) => {
      const locale = (r.locale ?? 'sv') as NoticeLocale;
      return {
        userId: r.id,
        address: r.email,
        locale,
        footer: userFooter(kind, locale, mandatory, noticeLink('/konto')),
      };
    });
}

/** One message to one user (skipped when the user has opted out of this kind or is inactive). */
export async function enqueueNotice(tx: Executor, input: NoticeInput & { to: { userId: string } }): Promise<void> {
  await insertMessages(tx, input, await receivingUsers(tx, input.kind, [input.to.userId]), false);
}

/** One message to an outside address (e.g. a deviation reporter who left an e-mail). */
export async function enqueueNoticeToAddress(
  tx: Executor,
  input: NoticeInput & { to: { address: string; locale: 'sv' | 'en' } },
): Promise<void> {
  const address = input.to.address.trim().toLowerCase();
  const recipient = { userId: null, address, locale: input.to.locale, footer: addressFooter(input.to.locale) };
  await insertMessages(tx, input, [recipient], false);
}

/** One message per active user of the förbund holding `permission` (core PERMISSIONS), honouring opt-outs. */
export async function enqueueNoticeToHolders(
  tx: Executor,
  input: NoticeInput & { associationId: string; permission: Permission },
): Promise<number> {
  const held = await tx
    .select({ userId: roleAssignments.userId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(eq(roleAssignments.associationId, input.associationId));
  const holders = held.filter((r) =>
    can([{ role: r.role as RoleCode, associationId: input.associationId }], input.permission, input.associationId),
  );
  const userIds = [...new Set(holders.map((r) => r.userId))].sort();
  return insertMessages(tx, input, await receivingUsers(tx, input.kind, userIds), true);
}
