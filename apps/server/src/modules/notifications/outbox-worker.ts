import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { retryDelaySeconds, shouldRetry } from '@insikt/core';
import type { Db } from '../../db/open-db';
import { emailOutbox } from './notifications.schema';
import { onNoticeEnqueued } from './notice-settings';

/** One e-mail handed to the mail server. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one message; throws when the mail server did not accept it. */
export type Mailer = (mail: OutgoingMail) => Promise<void>;

// Every wait is far shorter than the lease, so a message is never sent by two workers at once
// unless one of them died after the server accepted it (decision 0040).
const CONNECTION_TIMEOUT_MS = 20_000;
const SOCKET_TIMEOUT_MS = 60_000;
export const LEASE_SECONDS = 600;

/** A mailer for SMTP_URL, sending as `from` (INSIKT_MAIL_FROM). */
export function smtpMailer(smtpUrl: string, from: string): { send: Mailer; close: () => void } {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      });
    },
    close: () => transport.close(),
  };
}

export interface DeliveryOptions {
  /** The domain of the Message-ID header (the sender's). */
  domain: string;
  /** The time the worker acts at; tests move it forward instead of waiting. */
  now?: () => Date;
  batchSize?: number;
  leaseSeconds?: number;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

/** What the worker may say about a failure: the server's code and reply, never the message. */
function describe(error: unknown): { text: string; permanent: boolean } {
  const e = error as { code?: string; responseCode?: number; message?: string };
  // 5xx is the mail server's final word (no such mailbox, refused sender); anything else may pass later.
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
  const text = [e.code, e.responseCode, e.message ?? String(error)].filter((p) => p !== undefined).join(' ');
  return { text: text.slice(0, 500), permanent };
}

/**
 * Claims due messages and sends them, a batch at a time. The claim is one statement: due rows are
 * picked with `FOR UPDATE SKIP LOCKED` and given this round's token and a lease, so two workers (two
 * app servers) never hold one message; a worker that dies leaves its lease to expire, after which
 * the message is due again. No transaction is open while the mail server is talked to, so the
 * embedded database is never held waiting for it.
 */
export async function deliverDueMessages(db: Db, send: Mailer, options: DeliveryOptions): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 10;
  const lease = options.leaseSeconds ?? LEASE_SECONDS;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const token = randomUUID();
    const at = now();
    const claimed = await db.execute(sql`
      update email_outbox set claim_token = ${token}, claimed_until = ${new Date(at.getTime() + lease * 1000).toISOString()},
        attempts = attempts + 1
      where id in (
        select id from email_outbox
        where status = 'pending' and next_attempt_at <= ${at.toISOString()}
          and (claimed_until is null or claimed_until <= ${at.toISOString()})
        order by next_attempt_at, created_at
        limit ${batchSize}
        for update skip locked)
      returning id, recipient, subject, text, html, attempts`);
    const rows = (claimed as unknown as { rows: ClaimedRow[] }).rows;
    if (rows.length === 0) return result;
    for (const row of rows) {
      const mine = and(eq(emailOutbox.id, row.id), eq(emailOutbox.claimToken, token));
      // The lease is renewed for each message just before it is sent, so a slow mail server that
      // holds the first messages of a batch cannot let the last ones' leases run out unseen: a
      // message whose lease was lost (and taken by another worker) is left to that worker.
      const renewed = await db
        .update(emailOutbox)
        .set({ claimedUntil: new Date(now().getTime() + lease * 1000) })
        .where(mine)
        .returning({ id: emailOutbox.id });
      if (renewed.length === 0) continue;
      try {
        await send({
          messageId: `<${row.id}@${options.domain}>`,
          to: row.recipient,
          subject: row.subject,
          text: row.text,
          html: row.html,
        });
        // The body has done its work (it may hold a password link): only the envelope is kept.
        await db
          .update(emailOutbox)
          .set({
            status: 'sent',
            sentAt: now(),
            text: '',
            html: '',
            lastError: null,
            claimToken: null,
            claimedUntil: null,
          })
          .where(mine);
        result.sent += 1;
      } catch (error) {
        const { text, permanent } = describe(error);
        const again = shouldRetry(row.attempts, permanent);
        await db
          .update(emailOutbox)
          .set({
            status: again ? 'pending' : 'failed',
            nextAttemptAt: new Date(now().getTime() + retryDelaySeconds(row.attempts) * 1000),
            lastError: text,
            claimToken: null,
            claimedUntil: null,
          })
          .where(mine);
        if (again) result.retried += 1;
        else result.failed += 1;
      }
    }
  }
}

export interface OutboxWorker {
  /** Runs a round soon (after an enqueue); rounds never overlap within one process. */
  wake(): void;
  /** One round now; resolves when it is done. */
  runOnce(): Promise<DeliveryResult>;
  stop(): Promise<void>;
}

/** Delivers the outbox every `intervalMs` and shortly after each enqueue in this process. */
export function startOutboxWorker(
  db: Db,
  send: Mailer,
  options: DeliveryOptions & { intervalMs?: number; onError?: (error: unknown) => void },
): OutboxWorker {
  let running: Promise<DeliveryResult> | null = null;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | null = null;
  const runOnce = (): Promise<DeliveryResult> => {
    if (running) {
      again = true;
      return running;
    }
    running = deliverDueMessages(db, send, options).finally(() => {
      running = null;
      if (again && !stopped) {
        again = false;
        void runOnce().catch((error) => options.onError?.(error));
      }
    });
    return running;
  };
  const tick = () => void runOnce().catch((error) => options.onError?.(error));
  const interval = setInterval(tick, options.intervalMs ?? 30_000);
  interval.unref();
  const unsubscribe = onNoticeEnqueued(() => {
    // The enqueueing transaction commits a moment later; a short delay lets this round see it.
    if (stopped || soon) return;
    soon = setTimeout(() => {
      soon = null;
      tick();
    }, 250);
    soon.unref();
  });
  return {
    wake: tick,
    runOnce,
    stop: async () => {
      stopped = true;
      clearInterval(interval);
      if (soon) clearTimeout(soon);
      unsubscribe();
      await running?.catch(() => undefined);
    },
  };
}
