import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  call,
  grantRole,
  login,
  seedAssociation,
  seedUser,
  startTestApp,
  unique,
  type Session,
  type TestContext,
} from './harness';
import { nameKey, namesOf } from '../src/modules/audit/audit.repository';

let ctx: TestContext;
let A: string;
let B: string;
let adminA: Session;

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  B = (await seedAssociation(ctx)).id;
  adminA = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
});
afterAll(() => ctx.close());

const email = () => `${unique('ny').replace(/\W/g, '')}@forbund.se`;

describe('creating users', () => {
  it('creates a user with a one-time password that must be changed at first login', async () => {
    const address = email();
    const response = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: address,
      name: 'Ny Coach',
      role: { role: 'participant_officer', associationId: A },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      oneTimePassword: string;
      user: { mustChangePassword: boolean; roles: { role: string }[] };
    }>();
    expect(body.oneTimePassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(body.user.mustChangePassword).toBe(true);
    const session = await login(ctx, address, body.oneTimePassword);
    expect((await call(ctx, session, 'GET', `/api/v1/associations/${A}`)).json().error.code).toBe(
      'password_change_required',
    );
  });

  it('adds the role to an existing account without revealing anything about it, and tells the person', async () => {
    const existing = await seedUser(ctx, 'association_admin', B);
    const give = (address: string) =>
      call(ctx, adminA, 'POST', '/api/v1/users', {
        email: address,
        name: 'Samma',
        role: { role: 'evaluator', associationId: A },
      });
    const [known, unknown] = [await give(existing.email), await give(email())];
    // The same answer whether or not the e-mail has an account: no real name, last login or other roles.
    expect(known.statusCode).toBe(unknown.statusCode);
    const shape = (r: typeof known) => {
      const body = r.json<{ created: unknown; oneTimePassword: string; user: Record<string, unknown> }>();
      return {
        created: body.created,
        keys: Object.keys(body.user).sort(),
        name: body.user.name,
        otp: typeof body.oneTimePassword,
      };
    };
    expect(shape(known)).toEqual(shape(unknown));
    expect(shape(known)).toMatchObject({ created: null, name: 'Samma', otp: 'string' });
    // The existing account keeps its own password, and its owner is told who gave which role.
    const owner = await login(ctx, existing.email);
    const me = (await call(ctx, owner, 'GET', '/api/v1/auth/me')).json<{
      notices: { kind: string; role: string; associationId: string; grantedByName: string }[];
    }>();
    expect(me.notices).toEqual([
      expect.objectContaining({
        kind: 'role_granted',
        role: 'evaluator',
        associationId: A,
        grantedByName: 'Test association_admin',
      }),
    ]);
    expect((await call(ctx, owner, 'POST', '/api/v1/auth/notices/read')).statusCode).toBe(200);
    expect((await call(ctx, owner, 'GET', '/api/v1/auth/me')).json<{ notices: unknown[] }>().notices).toEqual([]);
  });

  it('leaves the identity of an account used elsewhere to its owner: no sessions, activity, rename or ending sessions', async () => {
    const other = await seedUser(ctx, 'association_admin', B);
    await login(ctx, other.email);
    await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: other.email,
      name: 'Kapad',
      role: { role: 'reader', associationId: A },
    });
    const list = (await call(ctx, adminA, 'GET', `/api/v1/users?q=${encodeURIComponent(other.email)}`)).json<
      { id: string; lastLoginAt: string | null; manageable: boolean }[]
    >();
    expect(list).toEqual([expect.objectContaining({ id: other.id, lastLoginAt: null, manageable: false })]);
    const detail = (await call(ctx, adminA, 'GET', `/api/v1/users/${other.id}`)).json<{
      version: number;
      sessions: unknown[];
    }>();
    expect(detail.sessions).toEqual([]);
    const rename = await call(ctx, adminA, 'PUT', `/api/v1/users/${other.id}`, {
      name: 'Kapad',
      active: true,
      version: detail.version,
    });
    expect(rename.statusCode).toBe(403);
    expect((await call(ctx, adminA, 'POST', `/api/v1/users/${other.id}/end-sessions`)).statusCode).toBe(403);
    expect((await call(ctx, adminA, 'POST', `/api/v1/users/${other.id}/reset-password`)).statusCode).toBe(403);
    // Nor can the system administrator's account be taken over this way.
    const sys = await seedUser(ctx, 'system_admin', null);
    await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: sys.email,
      name: 'X',
      role: { role: 'reader', associationId: A },
    });
    expect((await call(ctx, adminA, 'POST', `/api/v1/users/${sys.id}/end-sessions`)).statusCode).toBe(403);
  });

  it('says the role was removed when the administrator no longer manages the user, instead of 404', async () => {
    const other = await seedUser(ctx, 'reader', B);
    await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: other.email,
      name: 'X',
      role: { role: 'reader', associationId: A },
    });
    const detail = (await call(ctx, adminA, 'GET', `/api/v1/users/${other.id}`)).json<{ roles: { id: string }[] }>();
    const removed = await call(ctx, adminA, 'DELETE', `/api/v1/users/${other.id}/roles/${detail.roles[0]!.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({
      removed: true,
      user: null,
      message: expect.stringMatching(/^Rollen är borttagen/),
    });
  });

  it('gives one-time passwords that expire', async () => {
    const address = email();
    const created = (
      await call(ctx, adminA, 'POST', '/api/v1/users', {
        email: address,
        name: 'Ny',
        role: { role: 'reader', associationId: A },
      })
    ).json<{ oneTimePassword: string }>();
    await ctx.database.db.execute(
      sql`update users set one_time_password_expires_at = now() - interval '1 minute' where email = ${address}`,
    );
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: address, password: created.oneTimePassword },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/Engångslösenordet har gått ut/);
  });

  it('lets an association administrator grant roles only in their own association', async () => {
    const inB = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: email(),
      name: 'X',
      role: { role: 'reader', associationId: B },
    });
    expect(inB.statusCode).toBe(404);
    const global = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: email(),
      name: 'X',
      role: { role: 'system_admin', associationId: null },
    });
    expect(global.statusCode).toBe(403);
    const missing = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: email(),
      name: 'X',
      role: { role: 'reader', associationId: null },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].field).toBe('role.associationId');
  });

  it('refuses a weak chosen password with the rule named', async () => {
    const response = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: email(),
      name: 'X',
      role: { role: 'reader', associationId: A },
      password: 'kort',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0]).toMatchObject({ field: 'password' });
  });
});

describe('managing users', () => {
  it('lists only users with a role in the administrator’s association', async () => {
    const inB = await seedUser(ctx, 'reader', B);
    const list = (await call(ctx, adminA, 'GET', '/api/v1/users')).json<
      { id: string; roles: { associationId: string }[] }[]
    >();
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((u) => u.id === inB.id)).toBe(false);
    expect(list.every((u) => u.roles.some((r) => r.associationId === A))).toBe(true);
    expect((await call(ctx, adminA, 'GET', `/api/v1/users?associationId=${B}`)).statusCode).toBe(404);
  });

  it('deactivates an account, which ends its sessions at once', async () => {
    const coach = await seedUser(ctx, 'participant_officer', A);
    const coachSession = await login(ctx, coach.email);
    const detail = (await call(ctx, adminA, 'GET', `/api/v1/users/${coach.id}`)).json<{
      version: number;
      sessions: unknown[];
    }>();
    expect(detail.sessions).toHaveLength(1);
    expect((await call(ctx, adminA, 'GET', `/api/v1/users/${coach.id}`)).headers['cache-control']).toBe('no-store');
    const response = await call(ctx, adminA, 'PUT', `/api/v1/users/${coach.id}`, {
      name: 'Coach',
      active: false,
      version: detail.version,
    });
    expect(response.statusCode).toBe(200);
    expect((await call(ctx, coachSession, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await expect(login(ctx, coach.email)).rejects.toThrow(/403/);
  });

  it('cannot deactivate an account that also has roles in another association', async () => {
    const shared = await seedUser(ctx, 'reader', A);
    await call(
      ctx,
      await login(ctx, (await seedUser(ctx, 'system_admin', null)).email),
      'POST',
      `/api/v1/users/${shared.id}/roles`,
      { role: 'reader', associationId: B },
    );
    const detail = (await call(ctx, adminA, 'GET', `/api/v1/users/${shared.id}`)).json<{ version: number }>();
    const response = await call(ctx, adminA, 'PUT', `/api/v1/users/${shared.id}`, {
      name: 'Delad',
      active: false,
      version: detail.version,
    });
    expect(response.statusCode).toBe(403);
  });

  it('ends all sessions of a user and issues a new one-time password', async () => {
    const coach = await seedUser(ctx, 'participant_officer', A);
    const s1 = await login(ctx, coach.email);
    const ended = await call(ctx, adminA, 'POST', `/api/v1/users/${coach.id}/end-sessions`);
    expect(ended.json()).toEqual({ ended: 1 });
    expect((await call(ctx, s1, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    // Someone's guesses have made the account wait; the new password lifts that.
    for (let i = 0; i < 6; i++) {
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: coach.email, password: `gissning-${i}` },
        remoteAddress: `10.2.0.${i}`,
      });
    }
    const reset = (await call(ctx, adminA, 'POST', `/api/v1/users/${coach.id}/reset-password`)).json<{
      oneTimePassword: string;
    }>();
    const s2 = await login(ctx, coach.email, reset.oneTimePassword);
    expect((await call(ctx, s2, 'GET', '/api/v1/auth/me')).json().mustChangePassword).toBe(true);
  });

  it('adds and removes roles, but an administrator cannot remove their own administrator role', async () => {
    const me = (await call(ctx, adminA, 'GET', '/api/v1/auth/me')).json<{ id: string; roles: { id: string }[] }>();
    const own = await call(ctx, adminA, 'DELETE', `/api/v1/users/${me.id}/roles/${me.roles[0]!.id}`);
    expect(own.statusCode).toBe(400);
    const coach = await seedUser(ctx, 'participant_officer', A);
    const added = await call(ctx, adminA, 'POST', `/api/v1/users/${coach.id}/roles`, {
      role: 'intervention_lead',
      associationId: A,
    });
    expect(added.statusCode).toBe(201);
    const dup = await call(ctx, adminA, 'POST', `/api/v1/users/${coach.id}/roles`, {
      role: 'intervention_lead',
      associationId: A,
    });
    expect(dup.statusCode).toBe(409);
    const role = added
      .json<{ roles: { id: string; role: string }[] }>()
      .roles.find((r) => r.role === 'intervention_lead')!;
    const removed = await call(ctx, adminA, 'DELETE', `/api/v1/users/${coach.id}/roles/${role.id}`);
    expect(removed.json<{ user: { roles: unknown[] } }>().user.roles).toHaveLength(1);
  });

  it('refuses a stale version when two administrators edit the same user', async () => {
    const coach = await seedUser(ctx, 'participant_officer', A);
    const { version } = (await call(ctx, adminA, 'GET', `/api/v1/users/${coach.id}`)).json<{ version: number }>();
    expect(
      (await call(ctx, adminA, 'PUT', `/api/v1/users/${coach.id}`, { name: 'Första', active: true, version }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call(ctx, adminA, 'PUT', `/api/v1/users/${coach.id}`, { name: 'Andra', active: true, version }))
        .statusCode,
    ).toBe(409);
  });
});

describe('audit log search', () => {
  it('shows an association administrator the entries of their association and their users, never another’s', async () => {
    const adminB = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
    await call(ctx, adminB, 'POST', `/api/v1/associations/${B}/members`, { kind: 'region', name: 'Region B-extra' });
    const result = (await call(ctx, adminA, 'GET', '/api/v1/audit?limit=500')).json<{
      total: number;
      entries: { associationId: string | null; action: string }[];
    }>();
    expect(result.total).toBeGreaterThan(0);
    expect(result.entries.some((e) => e.associationId === B)).toBe(false);
    expect(result.entries.some((e) => e.action === 'auth.login')).toBe(true);
    const filtered = (await call(ctx, adminA, 'GET', '/api/v1/audit?action=user.create')).json<{
      entries: { action: string }[];
    }>();
    expect(filtered.entries.every((e) => e.action === 'user.create')).toBe(true);
    expect((await call(ctx, adminA, 'GET', `/api/v1/audit?associationId=${B}`)).statusCode).toBe(404);
  });
});

describe('audit log summaries', () => {
  interface Summarised {
    action: string;
    entityId: string | null;
    summary: { actorName: string | null; entityName: string | null; subjectName: string | null; changed: string[] };
  }
  const search = async (session: Session, filter: string) =>
    (await call(ctx, session, 'GET', `/api/v1/audit?limit=500&${filter}`)).json<{ entries: Summarised[] }>().entries;

  it('names the actor and the record, and what an edit changed', async () => {
    const name = unique('Jobbcoach Värnamo');
    const created = await call(ctx, adminA, 'POST', `/api/v1/associations/${A}/interventions`, {
      name,
      kind: 'individual',
      startDate: '2026-01-01',
    });
    const id = created.json<{ id: string }>().id;
    const current = (await call(ctx, adminA, 'GET', `/api/v1/associations/${A}/interventions/${id}`)).json<
      Record<string, unknown>
    >();
    const { id: _id, associationId: _a, staff: _s, ...draft } = current;
    const saved = await call(ctx, adminA, 'PUT', `/api/v1/associations/${A}/interventions/${id}`, {
      ...draft,
      budgets: [{ year: 2026, budget: 1_944_000, actualCost: null }],
    });
    expect(saved.statusCode).toBe(200);
    const [update] = (await search(adminA, 'action=intervention.update')).filter((e) => e.entityId === id);
    expect(update?.summary).toMatchObject({
      actorName: 'Test association_admin',
      entityName: name,
      changed: ['budgets'],
    });
  });

  it('never shows a name from another förbund, not even through a person who administers both', async () => {
    // A person who administers both A and B renames an account that only B holds: the entry has no
    // association, and its author holds a role in A, yet A's administrator must not read the new name.
    const both = await seedUser(ctx, 'association_admin', A);
    await grantRole(ctx, both.id, 'association_admin', B);
    const onlyB = await seedUser(ctx, 'reader', B);
    const secret = unique('Hemlig person i B');
    const bothSession = await login(ctx, both.email);
    const version = (await call(ctx, bothSession, 'GET', `/api/v1/users/${onlyB.id}`)).json<{ version: number }>()
      .version;
    const renamed = await call(ctx, bothSession, 'PUT', `/api/v1/users/${onlyB.id}`, {
      name: secret,
      active: true,
      version,
    });
    expect(renamed.statusCode).toBe(200);
    const adminB = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
    const bName = unique('Insats i B');
    const bIntervention = (
      await call(ctx, adminB, 'POST', `/api/v1/associations/${B}/interventions`, {
        name: bName,
        kind: 'individual',
        startDate: '2026-01-01',
      })
    ).json<{ id: string }>().id;

    const seenByA = await call(ctx, adminA, 'GET', '/api/v1/audit?limit=500');
    expect(seenByA.body).not.toContain(secret);
    expect(seenByA.body).not.toContain(bName);
    // B's administrator sees the entry with the name.
    const seenByB = (await search(adminB, 'action=user.update')).find((e) => e.entityId === onlyB.id);
    expect(seenByB?.summary.entityName).toBe(secret);

    // The lookup itself is scoped: asked for B's records within A, it names none of them.
    const refs = [
      { kind: 'user', id: onlyB.id },
      { kind: 'intervention', id: bIntervention },
      { kind: 'association', id: B },
    ] as const;
    const inA = await namesOf(ctx.database.db, { kind: 'some', ids: [A] }, refs);
    expect([...inA.values()]).toEqual([]);
    const inB = await namesOf(ctx.database.db, { kind: 'some', ids: [B] }, refs);
    expect(inB.get(nameKey('intervention', bIntervention))).toBe(bName);
    expect(inB.get(nameKey('user', onlyB.id))).toBe(secret);
  });
});
