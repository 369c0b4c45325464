import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { MAX_DELIVERY_ATTEMPTS } from '@insikt/core';
import { emailOutbox, noticePreferences } from '../src/db/schema';
import {
  enqueueNotice,
  enqueueNoticeToAddress,
  enqueueNoticeToHolders,
  type NoticeInput,
} from '../src/modules/notifications/enqueue';
import { deliverDueMessages, smtpMailer, startOutboxWorker } from '../src/modules/notifications/outbox-worker';
import { OUTBOX_KEEP_DAYS, purgeOldMessages } from '../src/modules/notifications/outbox.repository';
import { seedAssociation, seedUser, startTestApp, type TestContext } from './harness';
import { freePort, startSmtpCapture, waitForMail, type SmtpCapture } from './smtp-capture';

let ctx: TestContext;
let associationId: string;
let capture: SmtpCapture;
const FROM = 'Insikt <insikt@forbund.test>';
const DOMAIN = 'forbund.test';

const notice = (dedupKey?: string): NoticeInput => ({
  kind: 'deviationReported',
  associationId,
  ...(dedupKey ? { dedupKey } : {}),
  render: (locale) =>
    locale === 'sv'
      ? { subject: 'Ny avvikelse A-2024-7', text: 'En ny avvikelse har rapporterats.\n\nLäs den: http://x.se/a/7' }
      : { subject: 'New deviation A-2024-7', text: 'A new deviation has been reported.\n\nRead it: http://x.se/a/7' },
});

/** Every message of this test file's förbund (the database is shared with nothing else in this file). */
async function messages() {
  return ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.associationId, associationId));
}

/** Rows another test left pending would be sent here too: each test starts from an empty outbox. */
beforeEach(async () => {
  await ctx.database.db.delete(emailOutbox);
  capture.received.length = 0;
});

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  capture = await startSmtpCapture();
});
afterAll(async () => {
  await capture.close();
  await ctx.close();
});

describe('the outbox', () => {
  it('commits a message with its event, or neither', async () => {
    const user = await seedUser(ctx, 'association_admin', associationId);
    await ctx.database.db
      .transaction(async (tx) => {
        await enqueueNotice(tx, { ...notice(), to: { userId: user.id } });
        throw new Error('the event fails after the message was written');
      })
      .catch(() => undefined);
    expect(await messages()).toHaveLength(0);

    await ctx.database.db.transaction((tx) => enqueueNotice(tx, { ...notice(), to: { userId: user.id } }));
    const [row] = await messages();
    expect(row).toMatchObject({ status: 'pending', attempts: 0, recipient: user.email, recipientUserId: user.id });
    expect(row!.subject).toBe('Ny avvikelse A-2024-7');
    expect(row!.html).toContain('<a href="http://x.se/a/7">');
    expect(row!.text).toContain('Välj vilka aviseringar du får under Mitt konto: http://localhost:3000/konto');
  });

  it('refuses a message that would carry a personnummer, and the event with it', async () => {
    const user = await seedUser(ctx, 'association_admin', associationId);
    const leaking: NoticeInput = {
      kind: 'deviationReported',
      associationId,
      render: () => ({ subject: 'Ny avvikelse', text: 'Gäller 19121212-1212 i insatsen.' }),
    };
    const attempt = ctx.database.db.transaction((tx) => enqueueNotice(tx, { ...leaking, to: { userId: user.id } }));
    await expect(attempt).rejects.toThrow(/personnummer/);
    expect(await messages()).toHaveLength(0);
  });

  it('writes a message once per dedup key, however often it is enqueued', async () => {
    const user = await seedUser(ctx, 'association_admin', associationId);
    for (let i = 0; i < 3; i++) {
      await ctx.database.db.transaction((tx) => enqueueNotice(tx, { ...notice('due:7'), to: { userId: user.id } }));
    }
    expect(await messages()).toHaveLength(1);
  });

  it('honours opt-outs and the language of each holder, and skips inactive users', async () => {
    const other = (await seedAssociation(ctx)).id;
    const english = await seedUser(ctx, 'association_admin', other);
    const optedOut = await seedUser(ctx, 'association_admin', other);
    const inactive = await seedUser(ctx, 'association_admin', other);
    await seedUser(ctx, 'reader', other);
    await ctx.database.db.insert(noticePreferences).values([
      { userId: english.id, locale: 'en', disabledKinds: [] },
      { userId: optedOut.id, locale: 'sv', disabledKinds: ['deviationReported'] },
    ]);
    await ctx.database.db.execute(sql`update users set active = false where id = ${inactive.id}`);
    const count = await ctx.database.db.transaction((tx) =>
      enqueueNoticeToHolders(tx, { ...notice('new:1'), associationId: other, permission: 'outbox.manage' }),
    );
    expect(count).toBe(1);
    const rows = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.associationId, other));
    expect(rows.map((r) => [r.recipient, r.locale, r.subject])).toEqual([
      [english.email, 'en', 'New deviation A-2024-7'],
    ]);
    expect(rows[0]!.dedupKey).toBe(`new:1:${english.id}`);
    // A password link cannot be switched off.
    await ctx.database.db
      .update(noticePreferences)
      .set({ disabledKinds: ['passwordReset'] })
      .where(eq(noticePreferences.userId, optedOut.id));
    await ctx.database.db.transaction((tx) =>
      enqueueNotice(tx, { ...notice(), kind: 'passwordReset', associationId: null, to: { userId: optedOut.id } }),
    );
    const reset = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.recipientUserId, optedOut.id));
    expect(reset.map((r) => r.kind)).toEqual(['passwordReset']);
    expect(reset[0]!.text).toContain('Meddelanden om ditt eget konto skickas alltid.');
  });

  it('stays pending without a mail server, and says nothing is lost', async () => {
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'Rapportor@Example.se', locale: 'sv' } }),
    );
    const [row] = await messages();
    expect(row).toMatchObject({ status: 'pending', recipient: 'rapportor@example.se', recipientUserId: null });
    expect(row!.text).toContain('din e-postadress lämnades i Insikt');
  });
});

describe('delivery through a real SMTP server', () => {
  it('delivers subject, text and HTML, then keeps only the envelope', async () => {
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'mottagare@example.se', locale: 'sv' } }),
    );
    const mailer = smtpMailer(capture.url, FROM);
    const result = await deliverDueMessages(ctx.database.db, mailer.send, { domain: DOMAIN });
    mailer.close();
    expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = capture.received;
    const [row] = await messages();
    expect(mail!.to).toEqual(['mottagare@example.se']);
    expect(mail!.messageId).toBe(`<${row!.id}@${DOMAIN}>`);
    expect(mail!.subject).toBe('Ny avvikelse A-2024-7');
    expect(mail!.text).toBe(
      'En ny avvikelse har rapporterats.\n\nLäs den: http://x.se/a/7\n\n-- \n' +
        'Du får det här meddelandet eftersom din e-postadress lämnades i Insikt för att du skulle få svar.\n',
    );
    expect(mail!.html).toContain(
      '<p style="margin: 0 0 1em 0;">Läs den: <a href="http://x.se/a/7">http://x.se/a/7</a></p>',
    );
    expect(row).toMatchObject({ status: 'sent', attempts: 1, text: '', html: '', lastError: null, claimToken: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it('retries after the server was down and delivers exactly once when it is up', async () => {
    const port = await freePort();
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'nere@example.se', locale: 'sv' } }),
    );
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, FROM);
    let now = new Date();
    const options = { domain: DOMAIN, now: () => now };
    expect(await deliverDueMessages(ctx.database.db, mailer.send, options)).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [row] = await messages();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(row!.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);
    // Not due yet: nothing is tried.
    expect(await deliverDueMessages(ctx.database.db, mailer.send, options)).toEqual({ sent: 0, retried: 0, failed: 0 });

    const up = await startSmtpCapture(port);
    now = new Date(now.getTime() + 61_000);
    expect(await deliverDueMessages(ctx.database.db, mailer.send, options)).toEqual({ sent: 1, retried: 0, failed: 0 });
    now = new Date(now.getTime() + 3_600_000);
    expect(await deliverDueMessages(ctx.database.db, mailer.send, options)).toEqual({ sent: 0, retried: 0, failed: 0 });
    mailer.close();
    await up.close();
    expect(up.received.map((m) => m.to)).toEqual([['nere@example.se']]);
    [row] = await messages();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('gives up after the last attempt, and a retry from the screen sends it again', async () => {
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'borta@example.se', locale: 'en' } }),
    );
    let now = new Date();
    const failing = async () => {
      throw Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' });
    };
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS; i++) {
      await deliverDueMessages(ctx.database.db, failing, { domain: DOMAIN, now: () => now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    let [row] = await messages();
    expect(row).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: 'ETIMEDOUT Connection timeout',
    });
    // A 5xx answer is final at once.
    const refused = async () => {
      throw Object.assign(new Error('550 No such user'), { code: 'EENVELOPE', responseCode: 550 });
    };
    await ctx.database.db.execute(sql`update email_outbox set status = 'pending', attempts = 0`);
    await deliverDueMessages(ctx.database.db, refused, { domain: DOMAIN, now: () => now });
    [row] = await messages();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('takes over a message whose worker died, once its lease has run out', async () => {
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'krasch@example.se', locale: 'sv' } }),
    );
    const start = new Date();
    // A worker claims the message and dies before it can say how the sending went.
    const dying = async () => {
      throw new Error('the process is killed');
    };
    await ctx.database.db.execute(sql`update email_outbox set claim_token = gen_random_uuid(),
      claimed_until = ${new Date(start.getTime() + 600_000).toISOString()}, attempts = 1`);
    const mailer = smtpMailer(capture.url, FROM);
    expect(await deliverDueMessages(ctx.database.db, dying, { domain: DOMAIN, now: () => start })).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    const later = new Date(start.getTime() + 601_000);
    expect(await deliverDueMessages(ctx.database.db, mailer.send, { domain: DOMAIN, now: () => later })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    mailer.close();
    expect(capture.received).toHaveLength(1);
    const [row] = await messages();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('leaves a message whose lease another worker took while the batch waited', async () => {
    await ctx.database.db.transaction(async (tx) => {
      for (const address of ['forst@example.se', 'sedan@example.se']) {
        await enqueueNoticeToAddress(tx, { ...notice(), to: { address, locale: 'sv' } });
      }
    });
    const sent: string[] = [];
    const slow = async (mail: { to: string }) => {
      sent.push(mail.to);
      // Meanwhile the other message's lease ran out and another worker claimed it.
      if (sent.length === 1) {
        await ctx.database.db.execute(
          sql`update email_outbox set claim_token = gen_random_uuid() where recipient <> ${mail.to}`,
        );
      }
    };
    const result = await deliverDueMessages(ctx.database.db, slow, { domain: DOMAIN, batchSize: 2 });
    expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent).toHaveLength(1);
    const rows = await messages();
    expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'sent']);
  });

  it('forgets sent and failed envelopes after 90 days, never a waiting message', async () => {
    const old = new Date(Date.now() - (OUTBOX_KEEP_DAYS + 1) * 86_400_000);
    const row = { associationId, kind: 'invitation', recipient: 'x@example.se', locale: 'sv' };
    const body = { subject: 's', text: '', html: '', createdAt: old };
    await ctx.database.db.insert(emailOutbox).values([
      { ...row, ...body, status: 'pending' },
      { ...row, ...body, status: 'sent' },
      { ...row, ...body, status: 'failed' },
      { ...row, ...body, status: 'sent', createdAt: new Date() },
    ]);
    await purgeOldMessages(ctx.database.db);
    const left = await messages();
    expect(left.map((r) => r.status).sort()).toEqual(['pending', 'sent']);
  });

  it('delivers each message exactly once with two workers on one database', async () => {
    const count = 30;
    await ctx.database.db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        await enqueueNoticeToAddress(tx, { ...notice(), to: { address: `m${i}@example.se`, locale: 'sv' } });
      }
    });
    const a = smtpMailer(capture.url, FROM);
    const b = smtpMailer(capture.url, FROM);
    const one = { domain: DOMAIN, batchSize: 4 };
    const [first, second] = await Promise.all([
      deliverDueMessages(ctx.database.db, a.send, one),
      deliverDueMessages(ctx.database.db, b.send, one),
    ]);
    a.close();
    b.close();
    expect(first.sent + second.sent).toBe(count);
    const addresses = capture.received.flatMap((m) => m.to).sort();
    expect(addresses).toHaveLength(count);
    expect(new Set(addresses).size).toBe(count);
    const rows = await messages();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('runs as a worker that wakes after an enqueue', async () => {
    const mailer = smtpMailer(capture.url, FROM);
    const worker = startOutboxWorker(ctx.database.db, mailer.send, { domain: DOMAIN, intervalMs: 60_000 });
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, { ...notice(), to: { address: 'vaken@example.se', locale: 'sv' } }),
    );
    await waitForMail(capture, 1);
    await worker.stop();
    mailer.close();
    expect(capture.received[0]!.to).toEqual(['vaken@example.se']);
  });
});
