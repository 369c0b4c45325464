import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/open-db';

/**
 * One migrated, seeded database per test run, copied for each test file (decision 0031).
 * Migrating per file cost seconds each: on PGlite mostly initdb (5–6 s on two busy cores), on
 * PostgreSQL the migrations. The copies run the migrator again, which finds nothing left to do.
 */
export const PGLITE_SNAPSHOT_ENV = 'INSIKT_TEST_PGLITE_SNAPSHOT';
export const PG_TEMPLATE_ENV = 'INSIKT_TEST_PG_TEMPLATE';

/** An uncompressed dump of a migrated in-memory PGlite, loaded by freshDatabase() in each file. */
export async function writePgliteSnapshot(file: string): Promise<void> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    // Uncompressed: gunzip in every file would cost more than the larger read.
    const dump = await database.pglite!.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}

let snapshot: Blob | undefined;

/** The run's snapshot, read once per worker; undefined outside a vitest run (screenshots). */
export function pgliteSnapshot(): Blob | undefined {
  const file = process.env[PGLITE_SNAPSHOT_ENV];
  if (!file) return undefined;
  snapshot ??= new Blob([fs.readFileSync(file)]);
  return snapshot;
}

export const databaseUrl = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A migrated template database on the server; no connection stays open, so it can be copied. */
export async function createPostgresTemplate(serverUrl: string): Promise<string> {
  const name = `insikt_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name) });
  await database.close();
  return name;
}
