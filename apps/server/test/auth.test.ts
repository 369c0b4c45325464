import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, loginThrottle, sessions, users } from '../src/db/schema';
import { call, login, PASSWORD, seedAssociation, seedUser, startTestApp, type TestContext } from './harness';

let ctx: TestContext;
let associationId: string;

beforeAll(async () => {
  ctx = await startTestApp({ INSIKT_LOCKOUT_THRESHOLD: '3', INSIKT_LOCKOUT_MINUTES: '15' });
  associationId = (await seedAssociation(ctx)).id;
});
afterAll(() => ctx.close());

const actionsFor = async (userId: string) =>
  (await ctx.database.db.select().from(auditLog).where(eq(auditLog.userId, userId))).map((e) => e.action);

describe('login', () => {
  it('signs in with the right password, sets an httpOnly session cookie and audits it', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: email.toUpperCase(), password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'insikt_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(await actionsFor(id)).toContain('auth.login');
    // The database holds only a hash of the token, never the token itself.
    const stored = await ctx.database.db.select().from(sessions).where(eq(sessions.userId, id));
    expect(stored[0]?.tokenHash).not.toBe(cookie?.value);
  });

  it('refuses a wrong password with a Swedish message and audits the failure', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: 'fel-lösenord-123' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Fel e-postadress eller lösenord.' },
    });
    expect(await actionsFor(id)).toContain('auth.login_failed');
  });

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'finns.inte@test.se', password: 'whatever-123456' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  const attempt = (email: string, password: string, headers: Record<string, string> = {}, ip = '10.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers,
      remoteAddress: ip,
    });
  const unblock = () => ctx.database.db.update(loginThrottle).set({ blockedUntil: new Date(Date.now() - 1000) });

  it('delays further attempts after the threshold, alike for known and unknown accounts, instead of locking', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const answers = async (address: string) => {
      const out: [number, string][] = [];
      for (let i = 0; i < 4; i++) {
        const r = await attempt(address, 'fel-lösenord-xyz', {}, '10.0.0.2');
        out.push([r.statusCode, r.json().error.message]);
      }
      return out;
    };
    const known = await answers(email);
    const unknown = await answers('finns.inte.heller@test.se');
    // Three wrong passwords, then a wait: the same for an account that does not exist.
    expect(known.map(([status]) => status)).toEqual([401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    expect(known[3]![1]).toMatch(/^För många misslyckade försök\. Vänta \d+ sekunder/);
    // During the delay even the right password waits; after it, the right password works.
    expect((await attempt(email, PASSWORD, {}, '10.0.0.2')).statusCode).toBe(429);
    await unblock();
    expect((await attempt(email, PASSWORD, {}, '10.0.0.2')).statusCode).toBe(200);
  });

  it('lets the owner in at once from a browser that signed in before, whatever others guess', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const first = await attempt(email, PASSWORD, {}, '10.0.0.3');
    const device = first.cookies.find((c) => c.name === 'insikt_device')!;
    expect(device.httpOnly).toBe(true);
    // An attacker elsewhere tries five passwords: before, that locked the account for everyone.
    for (let i = 0; i < 5; i++) await attempt(email, `gissning-${i}`, {}, '10.9.9.9');
    expect((await attempt(email, PASSWORD, {}, '10.0.0.4')).statusCode).toBe(429);
    const owner = await attempt(email, PASSWORD, { cookie: `insikt_device=${device.value}` }, '10.0.0.3');
    expect(owner.statusCode).toBe(200);
    // A forged cookie does not pass.
    expect((await attempt(email, PASSWORD, { cookie: 'insikt_device=forged' }, '10.0.0.4')).statusCode).toBe(429);
  });

  it('still holds when many guesses arrive in parallel, and checks no more than the threshold', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(email, `gissning-nummer-${i}`, {}, `10.1.0.${i}`)),
    );
    const statuses = guesses.map((g) => g.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses).toContain(429);
  });

  it('throttles wrong current passwords on password change', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const session = await login(ctx, email);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await call(ctx, session, 'POST', '/api/v1/auth/password', {
            currentPassword: `fel-${i}-lösenord`,
            newPassword: 'ett helt nytt långt lösenord',
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });

  it('refuses a deactivated account after the password is checked', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    await ctx.database.db.update(users).set({ active: false }).where(eq(users.id, id));
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('account_disabled');
  });

  it('answers malformed login bodies with 400 and the field named', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.se' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].field).toBe('password');
  });
});

describe('sessions', () => {
  it('ends a session after 30 minutes without activity', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const session = await login(ctx, email);
    expect((await call(ctx, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await ctx.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, id));
    const response = await call(ctx, session, 'GET', '/api/v1/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('keeps an active session alive but ends it at the absolute limit of 12 hours', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const session = await login(ctx, email);
    const [row] = await ctx.database.db.select().from(sessions).where(eq(sessions.userId, id));
    const lifetime = row!.expiresAt.getTime() - row!.createdAt.getTime();
    expect(Math.round(lifetime / 3_600_000)).toBe(12);
    await ctx.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 25 * 60_000) })
      .where(eq(sessions.userId, id));
    expect((await call(ctx, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await ctx.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, id));
    expect((await call(ctx, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('ends the session at logout and audits it', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const session = await login(ctx, email);
    expect((await call(ctx, session, 'POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await call(ctx, session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect(await actionsFor(id)).toContain('auth.logout');
  });
});

describe('CSRF', () => {
  it('refuses a change without the token, with a token of another session, and accepts the right one', async () => {
    const { email } = await seedUser(ctx, 'association_admin', associationId);
    const session = await login(ctx, email);
    const other = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
    const body = { kind: 'region', name: `Region extra ${Date.now()}` };
    const url = `/api/v1/associations/${associationId}/members`;
    const missing = await ctx.app.inject({ method: 'POST', url, headers: { cookie: session.cookie }, payload: body });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_invalid');
    const foreign = await ctx.app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookie, 'x-csrf-token': other.csrf },
      payload: body,
    });
    expect(foreign.statusCode).toBe(403);
    expect((await call(ctx, session, 'POST', url, body)).statusCode).toBe(201);
  });
});

describe('password change', () => {
  it('enforces the password rules with Swedish messages', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const session = await login(ctx, email);
    const short = await call(ctx, session, 'POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'kort',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/minst 12 tecken/);
    const common = await call(ctx, session, 'POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'password1234',
    });
    expect(common.json().error.code).toBe('password_rejected');
    const wrong = await call(ctx, session, 'POST', '/api/v1/auth/password', {
      currentPassword: 'inte-rätt-lösen',
      newPassword: 'en helt ny lång fras',
    });
    expect(wrong.json().error.issues[0].field).toBe('currentPassword');
  });

  it('changes the password, ends the other sessions and keeps this one', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    const first = await login(ctx, email);
    const second = await login(ctx, email);
    const response = await call(ctx, first, 'POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'en helt ny lång fras',
    });
    expect(response.statusCode).toBe(200);
    expect((await call(ctx, first, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await call(ctx, second, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await expect(login(ctx, email)).rejects.toThrow(/401/);
    await login(ctx, email, 'en helt ny lång fras');
    expect(await actionsFor(id)).toContain('auth.password_changed');
  });

  it('allows nothing but a password change after a one-time password', async () => {
    const { id, email } = await seedUser(ctx, 'reader', associationId);
    await ctx.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, id));
    const session = await login(ctx, email);
    const blocked = await call(ctx, session, 'GET', `/api/v1/associations/${associationId}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    expect((await call(ctx, session, 'GET', '/api/v1/auth/me')).json().mustChangePassword).toBe(true);
    expect(
      (
        await call(ctx, session, 'POST', '/api/v1/auth/password', {
          currentPassword: PASSWORD,
          newPassword: 'mitt eget nya lösenord',
        })
      ).statusCode,
    ).toBe(200);
    expect((await call(ctx, session, 'GET', `/api/v1/associations/${associationId}`)).statusCode).toBe(200);
  });
});

describe('own sessions', () => {
  it('lists own live sessions and ends another one of them', async () => {
    const { email } = await seedUser(ctx, 'reader', associationId);
    const a = await login(ctx, email);
    const b = await login(ctx, email);
    const list = (await call(ctx, a, 'GET', '/api/v1/auth/sessions')).json<{ id: string; current: boolean }[]>();
    expect(list).toHaveLength(2);
    const other = list.find((s) => !s.current)!;
    expect((await call(ctx, a, 'DELETE', `/api/v1/auth/sessions/${other.id}`)).statusCode).toBe(200);
    expect((await call(ctx, b, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('cannot end a session of someone else', async () => {
    const victim = await seedUser(ctx, 'reader', associationId);
    await login(ctx, victim.email);
    const [victimSession] = await ctx.database.db.select().from(sessions).where(eq(sessions.userId, victim.id));
    const attacker = await login(ctx, (await seedUser(ctx, 'reader', associationId)).email);
    expect((await call(ctx, attacker, 'DELETE', `/api/v1/auth/sessions/${victimSession!.id}`)).statusCode).toBe(404);
  });
});

describe('HTTP hardening', () => {
  it('sends security headers on every response', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('refuses oversized bodies with 413 and a JSON error', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.se', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await startTestApp({ INSIKT_LOGIN_RATE_LIMIT: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { email: 'x@y.se', password: 'abcdefghijklm' },
            })
          ).statusCode,
        );
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[4]).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await expect(ctx.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(ctx.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
