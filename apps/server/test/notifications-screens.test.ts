import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, emailOutbox } from '../src/db/schema';
import { enqueueNoticeToAddress, enqueueNoticeToHolders } from '../src/modules/notifications/enqueue';
import { loadConfig } from '../src/platform/config';
import { senderDomain } from '../src/modules/notifications/mail-delivery';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

let ctx: TestContext;
let own: string;
let other: string;
let admin: Session;
let system: Session;

const render = () => ({ subject: 'Ny avvikelse A-1', text: 'Läs den i Insikt.' });

interface OutboxBody {
  emailConfigured: boolean;
  counts: Record<string, number>;
  messages: { id: string; recipient: string; toAccount: boolean; associationId: string | null; status: string }[];
}

beforeAll(async () => {
  ctx = await startTestApp();
  own = (await seedAssociation(ctx)).id;
  other = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', own)).email);
  system = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
  await seedUser(ctx, 'association_admin', other);
  await ctx.database.db.transaction(async (tx) => {
    await enqueueNoticeToAddress(tx, {
      kind: 'deviationAnswered',
      associationId: own,
      render,
      to: { address: 'rapportor@example.se', locale: 'sv' },
    });
    await enqueueNoticeToHolders(tx, {
      kind: 'deviationReported',
      associationId: other,
      permission: 'outbox.manage',
      render,
    });
  });
  await call(ctx, null, 'POST', '/api/v1/auth/password-reset', { email: 'ingen@example.se' });
});
afterAll(() => ctx.close());

describe('the outbox screen', () => {
  it('shows an association administrator only the own förbund, with an outside address partly hidden', async () => {
    const body = (await call(ctx, admin, 'GET', '/api/v1/notifications/outbox')).json<OutboxBody>();
    expect(body.emailConfigured).toBe(false);
    expect(body.messages.map((m) => [m.associationId, m.recipient, m.toAccount, m.status])).toEqual([
      [own, 'r***@example.se', false, 'pending'],
    ]);
    expect(body.counts).toEqual({ pending: 1, sent: 0, failed: 0 });
    expect(JSON.stringify(body)).not.toContain('Läs den i Insikt');
    const elsewhere = await call(ctx, admin, 'GET', `/api/v1/notifications/outbox?associationId=${other}`);
    expect(elsewhere.statusCode).toBe(404);
  });

  it('shows the system administrator every förbund', async () => {
    const body = (await call(ctx, system, 'GET', '/api/v1/notifications/outbox')).json<OutboxBody>();
    const associations = new Set(body.messages.map((m) => m.associationId));
    expect(associations).toContain(own);
    expect(associations).toContain(other);
  });

  it('retries a failed message of the own förbund, not another förbund’s nor a pending one', async () => {
    const [mine] = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.associationId, own));
    const [theirs] = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.associationId, other));
    expect((await call(ctx, admin, 'POST', `/api/v1/notifications/outbox/${mine!.id}/retry`)).statusCode).toBe(409);
    await ctx.database.db.update(emailOutbox).set({ status: 'failed', attempts: 10 });
    expect((await call(ctx, admin, 'POST', `/api/v1/notifications/outbox/${theirs!.id}/retry`)).statusCode).toBe(404);
    expect((await call(ctx, admin, 'POST', `/api/v1/notifications/outbox/${mine!.id}/retry`)).statusCode).toBe(200);
    const [after] = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.id, mine!.id));
    expect(after).toMatchObject({ status: 'pending', attempts: 0 });
    const entries = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, mine!.id));
    expect(entries.map((e) => e.action)).toEqual(['outbox.retry']);
  });
});

describe('notice preferences', () => {
  it('are on by default, can be switched off except for the account’s own messages, and are honoured', async () => {
    const user = await seedUser(ctx, 'association_admin', own);
    const session = await login(ctx, user.email);
    const initial = (await call(ctx, session, 'GET', '/api/v1/notifications/preferences')).json<{
      locale: string;
      kinds: { kind: string; enabled: boolean; mandatory: boolean }[];
    }>();
    expect(initial.locale).toBe('sv');
    expect(initial.kinds.every((k) => k.enabled)).toBe(true);
    expect(initial.kinds.filter((k) => k.mandatory).map((k) => k.kind)).toEqual(['invitation', 'passwordReset']);

    const refused = await call(ctx, session, 'PUT', '/api/v1/notifications/preferences', {
      locale: 'sv',
      disabledKinds: ['passwordReset'],
    });
    expect(refused.statusCode).toBe(400);
    const saved = await call(ctx, session, 'PUT', '/api/v1/notifications/preferences', {
      locale: 'en',
      disabledKinds: ['deviationReported'],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ kinds: { kind: string; enabled: boolean }[] }>().kinds).toContainEqual({
      kind: 'deviationReported',
      enabled: false,
      mandatory: false,
    });

    await ctx.database.db.transaction(async (tx) => {
      await enqueueNoticeToHolders(tx, {
        kind: 'deviationReported',
        associationId: own,
        permission: 'outbox.manage',
        render,
      });
      await enqueueNoticeToHolders(tx, {
        kind: 'deviationDue',
        associationId: own,
        permission: 'outbox.manage',
        render: (locale) => ({ subject: locale === 'en' ? 'Due' : 'Förfaller', text: 'x' }),
      });
    });
    const mine = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.recipientUserId, user.id));
    expect(mine.map((m) => [m.kind, m.subject])).toEqual([['deviationDue', 'Due']]);
  });
});

describe('configuration', () => {
  it('tells the login page whether e-mail is configured', async () => {
    const status = await call(ctx, null, 'GET', '/api/v1/notifications/status');
    expect(status.json()).toEqual({ emailConfigured: false });
  });

  it('needs a sender with SMTP_URL and a full public address, and never echoes the SMTP password', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:hemligt@mail.example.se:587' })).toThrow(/INSIKT_MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.se:hemligt' })).toThrow(/^SMTP_URL måste börja med smtp:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.se:hemligt' })).not.toThrow(/hemligt/);
    expect(() => loadConfig({ INSIKT_PUBLIC_URL: 'insikt.example.se' })).toThrow(/INSIKT_PUBLIC_URL/);
    const config = loadConfig({
      SMTP_URL: 'smtps://u:p@mail.example.se',
      INSIKT_MAIL_FROM: 'Insikt <insikt@forbund.se>',
      INSIKT_PUBLIC_URL: 'https://insikt.forbund.se/',
    });
    expect(config).toMatchObject({ mailFrom: 'Insikt <insikt@forbund.se>', publicUrl: 'https://insikt.forbund.se' });
    expect(senderDomain(config.mailFrom)).toBe('forbund.se');
  });
});
