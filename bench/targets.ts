/**
 * The databases the benchmark, load and fault commands run against: always the embedded PGlite,
 * and PostgreSQL when BENCH_DATABASE_URL points at a server. Every call gives a fresh, empty
 * database, as environment variables for Insikt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

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

/** Sets the target's variables in this process (for code that reads loadConfig()). */
export function useEnv(env: Record<string, string>): () => void {
  const before = { DATABASE_URL: process.env.DATABASE_URL, INSIKT_DATA_DIR: process.env.INSIKT_DATA_DIR };
  delete process.env.DATABASE_URL;
  delete process.env.INSIKT_DATA_DIR;
  Object.assign(process.env, env, { INSIKT_SECRET: BENCH_SECRET });
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
