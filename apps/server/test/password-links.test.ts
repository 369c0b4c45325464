import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, emailOutbox, passwordLinks, users } from '../src/db/schema';
import { call, login, PASSWORD, seedAssociation, seedUser, startTestApp, type TestContext } from './harness';

let ctx: TestContext;
let associationId: string;
const NEW_PASSWORD = 'ett helt nytt och långt lösenord';

/** The link in the newest message to `email` of this kind, as the recipient would click it. */
async function linkIn(email: string, kind: 'passwordReset' | 'invitation') {
  const rows = await ctx.database.db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.recipient, email), eq(emailOutbox.kind, kind)))
    .orderBy(sql`${emailOutbox.createdAt} desc`);
  const url = /http:\/\/localhost:3000(\/\S+)#([A-Za-z0-9_-]+)/.exec(rows[0]?.text ?? '');
  return { count: rows.length, path: url?.[1], token: url?.[2] ?? '', row: rows[0] };
}

const requestReset = (email: string) => call(ctx, null, 'POST', '/api/v1/auth/password-reset', { email });
const confirm = (token: string, newPassword = NEW_PASSWORD) =>
  call(ctx, null, 'POST', '/api/v1/auth/password-reset/confirm', { token, newPassword });

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
});
afterAll(() => ctx.close());

describe('Glömt lösenordet?', () => {
  it('answers the same for an address with and without an account, and sends a link only to the account', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    const known = await requestReset(user.email);
    const unknown = await requestReset('ingen.alls@example.se');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);
    expect(known.json<{ message: string }>().message).toMatch(/^Om adressen hör till ett konto/);
    expect((await linkIn('ingen.alls@example.se', 'passwordReset')).count).toBe(0);
    const link = await linkIn(user.email, 'passwordReset');
    expect(link.count).toBe(1);
    expect(link.path).toBe('/nytt-losenord');
    expect(link.row).toMatchObject({ associationId: null, status: 'pending', subject: 'Nytt lösenord till Insikt' });
    // Only a hash of the token is stored.
    const stored = await ctx.database.db.select().from(passwordLinks).where(eq(passwordLinks.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(link.token);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBe(60 * 60_000);
  });

  it('sets the password once through the link, ends every session and lets the person sign in', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    const before = await login(ctx, user.email);
    await requestReset(user.email);
    const { token } = await linkIn(user.email, 'passwordReset');
    const set = await confirm(token);
    expect(set.statusCode).toBe(200);
    expect((await call(ctx, before, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await expect(login(ctx, user.email)).rejects.toThrow(/401/);
    await login(ctx, user.email, NEW_PASSWORD);
    const again = await confirm(token, 'ännu ett annat långt lösenord');
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { message: string } }>().error.message).toMatch(/Länken fungerar inte längre/);
    const audit = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.password_link_sent', 'auth.password_set_by_link']),
    );
  });

  it('refuses an expired link, a wrong token and a password the policy refuses', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    await requestReset(user.email);
    const { token } = await linkIn(user.email, 'passwordReset');
    const weak = await confirm(token, 'kort');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ error: { code: string } }>().error.code).toBe('password_rejected');
    const wrong = await confirm(`${token.slice(0, -2)}xx`);
    expect(wrong.statusCode).toBe(400);
    await ctx.database.db
      .update(passwordLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordLinks.userId, user.id));
    expect((await confirm(token)).statusCode).toBe(400);
    await login(ctx, user.email, PASSWORD);
  });

  it('kills older links when one is used, and sends at most three an hour per account', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    await requestReset(user.email);
    const first = await linkIn(user.email, 'passwordReset');
    await requestReset(user.email);
    await requestReset(user.email);
    await requestReset(user.email);
    const last = await linkIn(user.email, 'passwordReset');
    expect(last.count).toBe(3);
    expect((await confirm(last.token)).statusCode).toBe(200);
    expect((await confirm(first.token, 'ännu ett annat långt lösenord')).statusCode).toBe(400);
  });

  it('sends nothing to a deactivated account', async () => {
    const user = await seedUser(ctx, 'reader', associationId);
    await ctx.database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await requestReset(user.email)).statusCode).toBe(200);
    expect((await linkIn(user.email, 'passwordReset')).count).toBe(0);
  });
});

describe('invitations', () => {
  it('creates an account without a password and e-mails a link that sets it', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const email = `inbjuden${Date.now()}@example.se`;
    const created = await call(ctx, admin, 'POST', '/api/v1/users', {
      email,
      name: 'Inbjuden Person',
      role: { role: 'reader', associationId },
      invite: true,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ oneTimePassword: null, invited: true, created: null });
    const link = await linkIn(email, 'invitation');
    expect(link.path).toBe('/valkommen');
    expect(link.row).toMatchObject({ associationId, subject: 'Välkommen till Insikt' });
    expect(link.row!.text).toContain(`Sedan loggar du in med e-postadressen ${email}.`);
    await expect(login(ctx, email, 'vad som helst')).rejects.toThrow(/401/);
    expect((await confirm(link.token)).statusCode).toBe(200);
    await login(ctx, email, NEW_PASSWORD);
  });

  it('keeps the one-time password path, and refuses a password together with an invitation', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const plain = await call(ctx, admin, 'POST', '/api/v1/users', {
      email: `engang${Date.now()}@example.se`,
      name: 'Engång',
      role: { role: 'reader', associationId },
    });
    expect(plain.json()).toMatchObject({ invited: false, oneTimePassword: expect.any(String) });
    const both = await call(ctx, admin, 'POST', '/api/v1/users', {
      email: `bada${Date.now()}@example.se`,
      name: 'Båda',
      role: { role: 'reader', associationId },
      password: NEW_PASSWORD,
      invite: true,
    });
    expect(both.statusCode).toBe(400);
  });
});
