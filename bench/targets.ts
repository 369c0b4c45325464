/**
 * The databases the benchmark, load and fault commands run against: always the embedded PGlite,
 * and PostgreSQL when BENCH_DATABASE_URL points at a server. Every call gives a fresh, empty
 * database, as environment variables for Insikt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/open-db';

export type TargetName = 'PGlite' | 'PostgreSQL';
export interface Target {
  name: TargetName;
  fresh: () => Promise<Record<string, string>>;
}

export const serverUrl = process.env.BENCH_DATABASE_URL;

async function freshPostgres(url: string): Promise<Record<string, string>> {
  const database = `insikt_bench_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create database ${database}`);
  await client.end();
  const target = new URL(url);
  target.pathname = `/${database}`;
  return { DATABASE_URL: target.toString() };
}

export const targets: Target[] = [
  {
    name: 'PGlite',
    fresh: async () => ({ INSIKT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-bench-')) }),
  },
  ...(serverUrl ? [{ name: 'PostgreSQL' as const, fresh: () => freshPostgres(serverUrl) }] : []),
];

/** The targets to run: all, or the one named by `--target PGlite|PostgreSQL`. */
export function selectedTargets(argv = process.argv): Target[] {
  const i = argv.indexOf('--target');
  if (i < 0) return targets;
  const chosen = targets.filter((t) => t.name.toLowerCase() === argv[i + 1]?.toLowerCase());
  if (chosen.length === 0)
    throw new Error(`Okänt mål ${argv[i + 1]}; välj PGlite eller PostgreSQL (med BENCH_DATABASE_URL).`);
  return chosen;
}

/** A fixed secret, so every process of one run derives the same keys. */
export const BENCH_SECRET = 'benchmark-secret-benchmark-secret-benchmark-1';

/** Opens the target's database in this process (Insikt must not be running on an embedded one). */
export async function withDatabase<T>(
  env: Record<string, string>,
  use: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.INSIKT_DATA_DIR ?? 'memory://' });
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}
