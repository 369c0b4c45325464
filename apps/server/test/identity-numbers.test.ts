import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

/** Issue 11 §2: a personnummer is never accepted in clear in a free-text field. */
let ctx: TestContext;
let A: string;
let admin: Session;
let insats: string;

const participant = (patch: Record<string, unknown>) => ({
  interventionId: insats,
  consent: true,
  personReference: 'D-100',
  gender: 'kvinna',
  birthYear: 1990,
  startDate: '2025-02-01',
  ...patch,
});

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  insats = (
    await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
      name: 'Jobbstudion',
      kind: 'individual',
      startDate: '2024-01-01',
    })
  ).json<{ id: string }>().id;
});
afterAll(() => ctx.close());

const refusal = (response: { statusCode: number; json: <T>() => T }) => ({
  status: response.statusCode,
  ...response.json<{ error: { message: string; issues: { field: string }[] } }>().error,
});

describe('identity numbers in free text', () => {
  it('refuses a personnummer as participant id, naming the field, and stores nothing', async () => {
    const url = `/api/v1/associations/${A}/participations`;
    const response = refusal(await call(ctx, admin, 'POST', url, participant({ personReference: '010101-1237' })));
    expect(response.status).toBe(400);
    expect(response.message).toMatch(/^Deltagar-id innehåller ett personnummer/);
    expect(response.issues.map((i) => i.field)).toEqual(['personReference']);
    const list = (await call(ctx, admin, 'GET', url)).json<{ total: number }>();
    expect(list.total).toBe(0);
  });

  it('refuses a personnummer or samordningsnummer in a comment, with or without separator', async () => {
    const url = `/api/v1/associations/${A}/participations`;
    for (const comment of ['Ringde 19121212-1212 om tiden', 'samordningsnr 7010632391']) {
      const response = refusal(await call(ctx, admin, 'POST', url, participant({ comment })));
      expect(response.status).toBe(400);
      expect(response.message).toMatch(/^Kommentaren innehåller/);
    }
    // The personnummer field itself takes it: the number is kept only as a keyed hash.
    const ok = await call(
      ctx,
      admin,
      'POST',
      url,
      participant({ personnummer: '19121212-1212', gender: 'man', birthYear: 1912, comment: 'Ring 070-123 45 67' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses it in insatser, organisation and users too', async () => {
    const intervention = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
      name: 'Steget',
      kind: 'individual',
      startDate: '2024-01-01',
      description: 'Första deltagaren var 121212-1212.',
    });
    expect(refusal(intervention).message).toMatch(/^Beskrivningen innehåller/);
    const body = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/body-members`, {
      body: 'board',
      name: 'Anna 19900101-2385',
      bodyRole: 'member',
    });
    expect(refusal(body).message).toMatch(/^Namnet innehåller/);
    const user = await call(ctx, admin, 'POST', '/api/v1/users', {
      email: 'ny@test.se',
      name: 'Anna 199001012385',
      role: { role: 'reader', associationId: A },
    });
    expect(refusal(user).status).toBe(400);
  });
});
