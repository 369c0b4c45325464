import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { emailOutbox, passwordLinks } from '../src/db/schema';
import { enqueueNoticeToAddress } from '../src/modules/notifications/enqueue';
import { deliverDueMessages } from '../src/modules/notifications/outbox-worker';
import { call, login, PASSWORD, seedAssociation, seedUser, startTestApp, type TestContext } from './harness';

// Attacks on the e-mail notifications and password links (issue 15 item 5), decision 0047.

let ctx: TestContext;
let associationId: string;
const NEW_PASSWORD = 'ett helt nytt och långt lösenord';

/** The token in the newest message of this kind to `email`, as the mailbox's holder would read it. */
async function tokenIn(email: string, kind: 'passwordReset' | 'invitation') {
  const rows = await ctx.database.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.recipient, email), eq(emailOutbox.kind, kind)))
    .orderBy(sql`${emailOutbox.createdAt} desc`);
  return /#([A-Za-z0-9_-]+)/.exec(rows[0]?.text ?? '')?.[1] ?? '';
}

const requestReset = (email: string) => call(ctx, null, 'POST', '/api/v1/auth/password-reset', { email });
const confirm = (token: string, newPassword = NEW_PASSWORD) =>
  call(ctx, null, 'POST', '/api/v1/auth/password-reset/confirm', { token, newPassword });

async function invite(admin: Awaited<ReturnType<typeof login>>, email: string) {
  const created = await call(ctx, admin, 'POST', '/api/v1/users', {
    email,
    name: 'Inbjuden Person',
    role: { role: 'reader', associationId },
    invite: true,
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ user: { id: string } }>().user.id;
}

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
});
afterAll(() => ctx.close());

describe('a link in a mailbox that should no longer hold it', () => {
  it('dies when the administrator gives a one-time password instead (an invitation sent to a wrong address)', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const email = `felstavad${Date.now()}@example.se`;
    const userId = await invite(admin, email);
    const token = await tokenIn(email, 'invitation');
    const reset = await call(ctx, admin, 'POST', `/api/v1/users/${userId}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const oneTime = reset.json<{ oneTimePassword: string }>().oneTimePassword;
    // The person signs in with the one-time password; the old link must not take the account over.
    await login(ctx, email, oneTime);
    expect((await confirm(token)).statusCode).toBe(400);
  });

  it('dies when the owner changes the password themselves', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    await requestReset(user.email);
    const token = await tokenIn(user.email, 'passwordReset');
    const session = await login(ctx, user.email);
    const changed = await call(ctx, session, 'POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'mitt eget nya långa lösenord',
    });
    expect(changed.statusCode).toBe(200);
    expect((await confirm(token)).statusCode).toBe(400);
  });

  it('does not come back to life when a deactivated account is activated again', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const user = await seedUser(ctx, 'reader', associationId);
    await requestReset(user.email);
    const token = await tokenIn(user.email, 'passwordReset');
    const update = async (active: boolean) => {
      const current = await call(ctx, admin, 'GET', `/api/v1/users/${user.id}`);
      const { name, version } = current.json<{ name: string; version: number }>();
      expect((await call(ctx, admin, 'PUT', `/api/v1/users/${user.id}`, { name, active, version })).statusCode).toBe(
        200,
      );
    };
    await update(false);
    await update(true);
    expect((await confirm(token)).statusCode).toBe(400);
    await login(ctx, user.email);
  });
});

describe('"Glömt lösenordet?" asked many times at once', () => {
  it('still writes at most three links an hour for the account', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    const answers = await Promise.all(Array.from({ length: 8 }, () => requestReset(user.email)));
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    const links = await ctx.database.db.select().from(passwordLinks).where(eq(passwordLinks.userId, user.id));
    expect(links.length).toBeLessThanOrEqual(3);
  });
});

describe('an outside address in the outbox', () => {
  it('is not shown whole through the mail server’s error', async () => {
    const address = `rapportor${Date.now()}@privat.example.se`;
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, {
        kind: 'deviationAnswered',
        associationId,
        to: { address, locale: 'sv' },
        render: () => ({ subject: 'Svar på avvikelse A-1', text: 'Din avvikelse har fått ett svar.' }),
      }),
    );
    // Mail servers repeat the refused address in their answer.
    const refuse = async (mail: { to: string }) => {
      throw Object.assign(new Error(`550 5.1.1 <${mail.to}>: Recipient address rejected: User unknown`), {
        responseCode: 550,
        code: 'EENVELOPE',
      });
    };
    await deliverDueMessages(ctx.database.db, refuse, { domain: 'forbund.test' });
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const outbox = await call(ctx, admin, 'GET', `/api/v1/notifications/outbox?associationId=${associationId}`);
    expect(outbox.statusCode).toBe(200);
    const message = outbox
      .json<{ messages: { subject: string; status: string; lastError: string | null }[] }>()
      .messages.find((m) => m.subject === 'Svar på avvikelse A-1');
    expect(message).toMatchObject({ status: 'failed', lastError: expect.stringContaining('Recipient address') });
    expect(outbox.body.toLowerCase()).not.toContain(address);
  });

  it('must be one plain address: no list, display name or line break that adds a recipient', async () => {
    for (const address of [
      'a@example.se, offer@example.se',
      'a@example.se\r\nBcc: offer@example.se',
      'Någon <offer@example.se>',
      'a@example.se;offer@example.se',
    ]) {
      await expect(
        ctx.database.db.transaction((tx) =>
          enqueueNoticeToAddress(tx, {
            kind: 'deviationAnswered',
            associationId,
            to: { address, locale: 'sv' },
            render: () => ({ subject: 'Svar', text: 'Svar.' }),
          }),
        ),
        address,
      ).rejects.toThrow(/e-postadress/i);
    }
  });
});

describe('what was tried and held', () => {
  it('answers alike, and no sooner, for an unknown, a deactivated and a rate-limited address; the token is not audited', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const off = await seedUser(ctx, 'reader', associationId);
    const current = (await call(ctx, admin, 'GET', `/api/v1/users/${off.id}`)).json<{
      name: string;
      version: number;
    }>();
    const { name, version } = current;
    expect(
      (await call(ctx, admin, 'PUT', `/api/v1/users/${off.id}`, { name, version, active: false })).statusCode,
    ).toBe(200);
    const limited = await seedUser(ctx, 'reader', associationId);
    for (let i = 0; i < 3; i++) await requestReset(limited.email);
    const bodies = new Set<string>();
    for (const email of ['finns.inte@example.se', off.email, limited.email]) {
      const started = Date.now();
      const answer = await requestReset(email);
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(answer.statusCode).toBe(200);
      bodies.add(answer.body);
    }
    expect(bodies.size).toBe(1);
    const token = await tokenIn(limited.email, 'passwordReset');
    const audited = await ctx.database.db.execute(sql`select details::text as d from audit_log`);
    const details = (audited as unknown as { rows: { d: string | null }[] }).rows.map((r) => r.d ?? '').join(' ');
    expect(details).not.toContain(token);
  });

  it('keeps another förbund’s outbox and its retry out of reach (404, not 403)', async () => {
    const mine = await seedUser(ctx, 'association_admin', associationId);
    await ctx.database.db.transaction((tx) =>
      enqueueNoticeToAddress(tx, {
        kind: 'deviationAnswered',
        associationId,
        to: { address: 'n@example.se', locale: 'sv' },
        render: () => ({ subject: 'Ett annat förbunds meddelande', text: 'Text.' }),
      }),
    );
    const [row] = await ctx.database.db
      .update(emailOutbox)
      .set({ status: 'failed' })
      .where(eq(emailOutbox.subject, 'Ett annat förbunds meddelande'))
      .returning({ id: emailOutbox.id });
    const other = (await seedAssociation(ctx)).id;
    const stranger = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
    const list = await call(ctx, stranger, 'GET', '/api/v1/notifications/outbox');
    expect(list.body).not.toContain('Ett annat förbunds meddelande');
    expect(
      (await call(ctx, stranger, 'GET', `/api/v1/notifications/outbox?associationId=${associationId}`)).statusCode,
    ).toBe(404);
    expect((await call(ctx, stranger, 'POST', `/api/v1/notifications/outbox/${row!.id}/retry`)).statusCode).toBe(404);
    const owner = await login(ctx, mine.email);
    expect((await call(ctx, owner, 'POST', `/api/v1/notifications/outbox/${row!.id}/retry`)).statusCode).toBe(200);
  });
});
