import { eq } from 'drizzle-orm';
import {
  isMandatoryNotice,
  NOTICE_KINDS,
  type NoticeKind,
  type NoticeLocale,
  type NoticePreferencesInput,
} from '@insikt/core';
import type { Executor, Tx } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { unauthenticated } from '../../platform/errors';
import { noticePreferences } from './notifications.schema';

/** The actor's e-mail language and, per kind, whether they receive it (every kind on by default). */
export async function getNoticePreferences(ex: Executor, actor: Actor) {
  if (!actor.userId) throw unauthenticated();
  const [row] = await ex.select().from(noticePreferences).where(eq(noticePreferences.userId, actor.userId));
  const disabled = new Set(row?.disabledKinds ?? []);
  return {
    locale: (row?.locale ?? 'sv') as NoticeLocale,
    kinds: NOTICE_KINDS.map((kind: NoticeKind) => ({
      kind,
      enabled: isMandatoryNotice(kind) || !disabled.has(kind),
      mandatory: isMandatoryNotice(kind),
    })),
  };
}

/** Stores the actor's choice; it holds from the next message on (messages already queued stay). */
export async function saveNoticePreferences(tx: Tx, actor: Actor, input: NoticePreferencesInput) {
  if (!actor.userId) throw unauthenticated();
  const disabledKinds = [...new Set(input.disabledKinds)].sort();
  await tx
    .insert(noticePreferences)
    .values({ userId: actor.userId, locale: input.locale, disabledKinds })
    .onConflictDoUpdate({
      target: noticePreferences.userId,
      set: { locale: input.locale, disabledKinds, updatedAt: new Date() },
    });
  await writeAudit(tx, actor, {
    action: 'notification.preferences',
    entityType: 'user',
    entityId: actor.userId,
    details: { locale: input.locale, disabledKinds },
  });
  return getNoticePreferences(tx, actor);
}
