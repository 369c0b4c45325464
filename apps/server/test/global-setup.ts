import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adminQuery,
  createPostgresTemplate,
  PG_TEMPLATE_ENV,
  PGLITE_SNAPSHOT_ENV,
  writePgliteSnapshot,
} from './database-template';

/**
 * Vitest global setup of the server and e2e projects: migrates one database for the whole run
 * (see database-template.ts). The workers inherit the environment variable that names it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // The server and e2e projects both name this setup; the first one's database serves both.
  if (process.env[PG_TEMPLATE_ENV] || process.env[PGLITE_SNAPSHOT_ENV]) return async () => undefined;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = await createPostgresTemplate(serverUrl);
    process.env[PG_TEMPLATE_ENV] = template;
    return () => adminQuery(serverUrl, `drop database if exists ${template} with (force)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-test-snapshot-'));
  const file = path.join(dir, 'pgdata.tar');
  await writePgliteSnapshot(file);
  process.env[PGLITE_SNAPSHOT_ENV] = file;
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}
