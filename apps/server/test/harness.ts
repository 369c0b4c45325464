import { randomBytes } from 'node:crypto';
import type { RoleCode } from '@insikt/core';
import { buildApp, type InsiktApp } from '../src/app';
import { openDatabase, type Database } from '../src/db/open-db';
import { cliActor } from '../src/platform/actor';
import { loadConfig, type Config } from '../src/platform/config';
import { createAssociation } from '../src/modules/organisation/create-association';
import { createUser } from '../src/modules/users/create-user';
import { addRole } from '../src/modules/users/manage-roles';
import { adminQuery, databaseUrl, PG_TEMPLATE_ENV, pgliteSnapshot } from './database-template';

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-insikt-0123456789';
export const PASSWORD = 'Rätt-häst-batteri-häftklammer';

/**
 * A fresh database for one test file: an in-memory PGlite, or, when DATABASE_URL is set, a new
 * database on that PostgreSQL server which is dropped afterwards. The same tests run on both.
 * Under vitest both are copies of the run's migrated database (global-setup.ts).
 */
export async function freshDatabase(): Promise<{
  database: Database;
  url: string | undefined;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const snapshot = pgliteSnapshot();
    const database = await openDatabase({ dataDir: 'memory://', ...(snapshot ? { loadDataDir: snapshot } : {}) });
    return { database, url: undefined, drop: () => database.close() };
  }
  const name = `insikt_test_${randomBytes(6).toString('hex')}`;
  const template = process.env[PG_TEMPLATE_ENV];
  await adminQuery(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const url = databaseUrl(serverUrl, name);
  const database = await openDatabase({ databaseUrl: url });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

export interface TestContext {
  app: InsiktApp;
  database: Database;
  config: Config;
  close: () => Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, webDist = '/nonexistent'): Promise<TestContext> {
  const { database, drop } = await freshDatabase();
  const config = loadConfig({ INSIKT_SECRET: TEST_SECRET, INSIKT_LOGIN_RATE_LIMIT: '1000', ...env });
  const app = await buildApp({
    database,
    config,
    secret: TEST_SECRET,
    webDist,
    strictResponses: true,
    ...(env.LOG_LEVEL ? { logger: { level: env.LOG_LEVEL } } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let counter = 0;
export const unique = (prefix: string) => `${prefix} ${process.pid}-${++counter}`;

/** Creates a förbund in Jönköpings län through the real use case. */
export async function seedAssociation(
  ctx: TestContext,
  name = unique('Förbund'),
  municipalityCodes = ['0662', '0665'],
) {
  return ctx.database.db.transaction((tx) =>
    createAssociation(tx, cliActor(), { name, countyCode: '06', municipalityCodes }),
  );
}

/** Creates a user with a role and a known password through the real use case. */
export async function seedUser(
  ctx: TestContext,
  role: RoleCode,
  associationId: string | null,
  email = `${unique('u').replace(/\W/g, '')}@test.se`,
) {
  const { user } = await ctx.database.db.transaction((tx) =>
    createUser(tx, cliActor(), { email, name: `Test ${role}`, role: { role, associationId }, password: PASSWORD }),
  );
  return { id: user.id, email };
}

export async function grantRole(ctx: TestContext, userId: string, role: RoleCode, associationId: string | null) {
  await ctx.database.db.transaction((tx) => addRole(tx, cliActor(), userId, { role, associationId }));
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Logs in through the HTTP API and returns the cookies and CSRF token a browser would hold. */
export async function login(ctx: TestContext, email: string, password = PASSWORD): Promise<Session> {
  const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, csrf: response.json<{ csrfToken: string }>().csrfToken };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A request as the given session (or anonymous), with the CSRF header on changes. */
export function call(ctx: TestContext, session: Session | null, method: Method, url: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  }
  return ctx.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}
