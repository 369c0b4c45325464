import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { handleError } from '../src/platform/http-errors';
import { call, freshDatabase, login, seedAssociation, seedUser, TEST_SECRET, type TestContext } from './harness';

// The log output, as an operator's log collector would see it.
let logged = '';
let ctx: TestContext;

beforeAll(async () => {
  const { database, drop } = await freshDatabase();
  const config = loadConfig({ INSIKT_SECRET: TEST_SECRET, INSIKT_LOGIN_RATE_LIMIT: '1000' });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  const app = await buildApp({
    database,
    config,
    secret: TEST_SECRET,
    webDist: '/nonexistent',
    logger: { level: 'info', stream },
  });
  await app.ready();
  ctx = { app, database, config, close: async () => (await app.close(), await drop()) };
});
afterAll(() => ctx.close());

const participation = (interventionId: string, patch: Record<string, unknown> = {}) => ({
  interventionId,
  consent: true,
  personReference: 'LOGG-4711',
  gender: 'kvinna',
  birthYear: 1987,
  startDate: '2025-02-01',
  supportBefore: ['sjukpenning'],
  obstacles: ['Psykisk ohälsa'],
  comment: 'Diagnos: F32.1 medelsvår depression',
  ...patch,
});

/** A förbund's administrator and a new insats of theirs. */
async function adminWithIntervention(name: string) {
  const A = (await seedAssociation(ctx)).id;
  const admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  const created = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
    name,
    kind: 'individual',
    startDate: '2024-01-01',
  });
  return { A, admin, interventionId: created.json<{ id: string }>().id };
}

describe('logs hold no personal data', () => {
  it('logs a statement that fails in the database without any of its values', async () => {
    const { A, admin, interventionId } = await adminWithIntervention('Loggtest');
    // Any failure inside the database will do; PostgreSQL quotes the whole row in its detail.
    await ctx.database.db.execute(
      sql.raw(`alter table participations add constraint log_test check (comment not like 'Diagnos%')`),
    );
    logged = '';
    const response = await call(
      ctx,
      admin,
      'POST',
      `/api/v1/associations/${A}/participations?q=Svensson`,
      participation(interventionId),
    );
    await ctx.database.db.execute(sql.raw('alter table participations drop constraint log_test'));
    expect(response.statusCode).toBe(500);
    expect(logged).toContain('unexpected error');
    for (const value of ['Diagnos', 'F32', 'LOGG-4711', 'kvinna', 'sjukpenning', 'Psykisk', 'Svensson'])
      expect(logged, value).not.toContain(value);
    // The birth year as a value of its own, not the same digits inside a timestamp or a stack line.
    expect(logged).not.toMatch(/(?<![\w.[])1987(?![\w.\]])/);
    // What an operator needs is still there: the kind of error and where it happened.
    expect(logged).toContain('23514');
  });

  it('refuses year 0000 and 9999 with a 400 naming the field, before the database', async () => {
    const { A, admin, interventionId } = await adminWithIntervention('Datumtest');
    for (const patch of [{ startDate: '0000-01-01' }, { exitDate: '9999-12-31' }, { consentDate: '0000-06-01' }]) {
      const response = await call(
        ctx,
        admin,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participation(interventionId, patch),
      );
      expect(response.statusCode, JSON.stringify(patch)).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(
        new RegExp(`${Object.keys(patch)[0]}.*1900-01-01 och 2100-12-31`),
      );
    }
  });
});

describe('a unique constraint the use case did not check first', () => {
  it('answers 409 in Swedish, not 500, when two requests saved the same thing at once', async () => {
    const app = Fastify();
    app.setErrorHandler(handleError);
    // As drizzle throws it: the driver's error with PostgreSQL's code as the cause.
    app.get('/twice', () => {
      throw Object.assign(new Error('Failed query: insert into finance_lines …'), {
        cause: Object.assign(new Error('duplicate key value'), { code: '23505' }),
      });
    });
    const response = await app.inject({ method: 'GET', url: '/twice' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: { code: 'conflict', message: expect.stringMatching(/samtidigt/) as unknown },
    });
    expect(response.body).not.toMatch(/finance_lines|duplicate/);
    await app.close();
  });
});
