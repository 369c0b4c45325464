import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  login,
  seedAssociation,
  seedUser,
  startTestApp,
  unique,
  type Session,
  type TestContext,
} from './harness';

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

  it('adds the role to an existing account instead of creating a second one', async () => {
    const existing = await seedUser(ctx, 'reader', B);
    const response = await call(ctx, adminA, 'POST', '/api/v1/users', {
      email: existing.email,
      name: 'Samma',
      role: { role: 'evaluator', associationId: A },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      created: boolean;
      oneTimePassword: null;
      user: { roles: { role: string; associationId: string }[] };
    }>();
    expect(body.created).toBe(false);
    expect(body.oneTimePassword).toBeNull();
    // The account now has both roles, but the administrator of A sees only the one in A.
    expect(body.user.roles).toEqual([expect.objectContaining({ role: 'evaluator', associationId: A })]);
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
    expect(removed.json<{ roles: unknown[] }>().roles).toHaveLength(1);
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
