import { OUTBOX_STATUSES, type NoticeKind, type OutboxQuery, type OutboxStatus } from '@insikt/core';
import type { Executor } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { associationScope, authorize } from '../../platform/access-control';
import { listOutbox } from './outbox.repository';

/**
 * An outside recipient (a reporter who left an address, no account) is shown only in part: enough
 * to tell two apart when one fails, without making the screen a list of reporters' contact details.
 */
export function maskAddress(address: string): string {
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/** The outbox of the förbund the actor administers (every förbund's for a system administrator). */
export async function getOutbox(ex: Executor, actor: Actor, query: OutboxQuery, emailConfigured: boolean) {
  if (query.associationId) authorize(actor, 'outbox.manage', query.associationId);
  const scope = associationScope(actor, 'outbox.manage');
  const { rows, counts } = await listOutbox(ex, scope, query);
  const total = (status: OutboxStatus) => counts.find((c) => c.status === status)?.count ?? 0;
  return {
    emailConfigured,
    counts: Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, total(s)])) as Record<OutboxStatus, number>,
    messages: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NoticeKind,
      status: r.status as OutboxStatus,
      associationId: r.associationId,
      associationName: r.associationName,
      recipient: r.recipientUserId ? r.recipient : maskAddress(r.recipient),
      toAccount: r.recipientUserId !== null,
      subject: r.subject,
      attempts: r.attempts,
      lastError: r.lastError,
      createdAt: r.createdAt,
      nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt : null,
      sentAt: r.sentAt,
    })),
  };
}
