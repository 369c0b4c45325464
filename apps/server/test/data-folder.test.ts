import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type InsiktApp } from '../src/app';
import { openDatabase, type Database } from '../src/db/open-db';
import { loadConfig } from '../src/platform/config';
import { TEST_SECRET } from './harness';

// Always the embedded database on disk: the finding is about its folder.
let dir: string;
let database: Database;
let app: InsiktApp;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-lost-'));
  database = await openDatabase({ dataDir: dir });
  app = await buildApp({ database, config: loadConfig({ INSIKT_SECRET: TEST_SECRET }), secret: TEST_SECRET });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a data folder deleted under the running server', () => {
  it('turns health and writes into 503, so nothing is accepted and then lost', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    fs.rmSync(dir, { recursive: true, force: true });
    const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json<{ error: { message: string } }>().error.message).toMatch(/mapp/);
    // Even before authentication is checked for the write, the answer says the data would not be kept.
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.se', password: 'x'.repeat(12) },
    });
    expect(write.statusCode).toBe(503);
  });
});
