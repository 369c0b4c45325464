/**
 * `npm run bench`: measures import and the outcome report on the embedded database and (when
 * BENCH_DATABASE_URL points at a server) on PostgreSQL, with DuckDB over the same file as the
 * reference for the hardware, and writes docs/benchmarks.md.
 *   BENCH_DATABASE_URL=postgres://… npm run bench [-- --quick]
 * --quick: 20 000 and 100 000 rows instead of 100 000 and 1 000 000 (a smoke run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildApp } from '../apps/server/src/app';
import { openDatabase } from '../apps/server/src/db/open-db';
import { associations } from '../apps/server/src/db/schema';
import { loadConfig } from '../apps/server/src/platform/config';
import { ensureBenchFile } from './generate-data';
import { BENCH_SECRET, serverUrl, targets } from './targets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const SMALL = quick ? 20_000 : 100_000;
const LARGE = quick ? 100_000 : 1_000_000;
const IMPORT_RUNS = 3;
const REPORT_RUNS = 5;

interface Stat {
  median: number;
  min: number;
  max: number;
}
const stat = (values: number[]): Stat => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    min: sorted[0]!,
    max: sorted.at(-1)!,
  };
};

function importOnce(file: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/import-once.ts'), file], {
    env: { ...process.env, ...env, INSIKT_SECRET: BENCH_SECRET },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`import failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; rows: number; peakMb: number };
}

const YEAR = { from: '2024-01-01', to: '2024-12-31' };
const ALL = { from: '2006-01-01', to: '2025-12-31' };
const GROUPINGS = ['association', 'intervention', 'county', 'national'] as const;

/** Report timings through HTTP on a warm server over the imported database. */
async function reportTimings(env: Record<string, string>) {
  for (const [k, v] of Object.entries(env)) process.env[k] = v;
  process.env.INSIKT_SECRET = BENCH_SECRET;
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { seedUser, grantRole, login } = await import('../apps/server/test/harness');
  const app = await buildApp({ config, secret: BENCH_SECRET, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const ctx = { app, database } as Parameters<typeof seedUser>[0];
  // Exact figures over every förbund: an administrator of each (a system administrator sees the
  // protected figures, for calendar periods only); the protected path is measured with suppress=true.
  const all = await database.db.select({ id: associations.id }).from(associations);
  const user = await seedUser(ctx, 'association_admin', all[0]!.id);
  for (const a of all.slice(1)) await grantRole(ctx, user.id, 'association_admin', a.id);
  const session = await login(ctx, user.email);
  const timings: Record<string, Stat> = {};
  try {
    for (const [periodName, period, suppress] of [
      ['ett år', YEAR, false],
      ['alla år', ALL, false],
      ['ett år, skyddad', YEAR, true],
    ] as const)
      for (const groupBy of GROUPINGS) {
        const url = `${base}/api/v1/reports/outcome?from=${period.from}&to=${period.to}&groupBy=${groupBy}&suppress=${suppress}`;
        const fetchOnce = async () => {
          const started = performance.now();
          const response = await fetch(url, { headers: { cookie: session.cookie } });
          if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
          await response.json();
          return (performance.now() - started) / 1000;
        };
        await fetchOnce();
        const runs: number[] = [];
        for (let i = 0; i < REPORT_RUNS; i++) runs.push(await fetchOnce());
        timings[`${periodName}, ${groupBy}`] = stat(runs);
      }
  } finally {
    await app.close();
    await database.close();
    for (const k of Object.keys(env)) delete process.env[k];
  }
  return timings;
}

/** The same aggregation (counts, distinct persons, work after) by DuckDB straight from the file. */
async function duckdbTimings(file: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const keys: Record<(typeof GROUPINGS)[number], string> = {
    association: 'forbund',
    intervention: 'forbund, insats',
    county: "split_part(forbund, ' ', 2)",
    national: "'riket'",
  };
  await connection.run(`create table p as select * from read_csv('${file}', delim=';', header=true, all_varchar=true)`);
  const timings: Record<string, Stat> = {};
  for (const [periodName, period] of [
    ['ett år', YEAR],
    ['alla år', ALL],
  ] as const)
    for (const groupBy of GROUPINGS) {
      const sql = `select ${keys[groupBy]} as k, kon, count(*) as n,
          count(distinct case when samtycke = 'ja' then forbund || '|' || deltagar_id end) as persons,
          count(*) filter (where cast(arbete_timmar_efter as double) > 0) as working,
          avg(cast(slutdatum as date) - cast(startdatum as date)) as days
        from p where slutdatum between '${period.from}' and '${period.to}' and avslutsorsak <> 'felregistrering'
        group by all`;
      const runs: number[] = [];
      await connection.runAndReadAll(sql);
      for (let i = 0; i < REPORT_RUNS; i++) {
        const started = performance.now();
        await connection.runAndReadAll(sql);
        runs.push((performance.now() - started) / 1000);
      }
      timings[`${periodName}, ${groupBy}`] = stat(runs);
    }
  connection.closeSync();
  return timings;
}

const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(1)} s`);
const spread = (s: Stat) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

async function main() {
  const small = await ensureBenchFile(SMALL);
  const large = await ensureBenchFile(LARGE);
  const lines: string[] = [];
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}`;
  const pgVersion = serverUrl
    ? execFileSync('psql', [serverUrl, '-Atc', 'show server_version'], { encoding: 'utf8' }).trim()
    : 'ej mätt';
  lines.push(
    '# Prestanda (riktmärken)',
    '',
    `Uppmätt ${new Date().toISOString().slice(0, 10)} med \`npm run bench\`${quick ? ' (--quick)' : ''}. Maskin: ${machine}. Node ${process.version}, PostgreSQL ${pgVersion}, PGlite ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version}, DuckDB ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version}.`,
    '',
    `Data: \`npm run bench:data -- N\` – deterministiska inskrivningar i importformatet, 80 förbund, 20 år (2006–2025). Median (min–max) av ${IMPORT_RUNS} importer respektive ${REPORT_RUNS} rapportanrop efter ett uppvärmningsanrop.`,
    '',
    '## Import',
    '',
    '| databas | rader | tid | rader/s | högsta minne |',
    '|---|---|---|---|---|',
  );
  const importedLarge = new Map<string, Record<string, string>>();
  for (const target of targets) {
    const runs = [];
    for (let i = 0; i < IMPORT_RUNS; i++) runs.push(importOnce(small, await target.fresh()));
    const seconds = stat(runs.map((r) => r.seconds));
    lines.push(
      `| ${target.name} | ${SMALL.toLocaleString('sv-SE')} | ${spread(seconds)} | ${Math.round(SMALL / seconds.median).toLocaleString('sv-SE')} | ${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB |`,
    );
    const env = await target.fresh();
    const big = importOnce(large, env);
    importedLarge.set(target.name, env);
    lines.push(
      `| ${target.name} | ${LARGE.toLocaleString('sv-SE')} | ${fmt(big.seconds)} (1 körning) | ${Math.round(LARGE / big.seconds).toLocaleString('sv-SE')} | ${big.peakMb.toFixed(0)} MB |`,
    );
    console.log(lines.at(-2), '\n', lines.at(-1));
  }
  const duck = await duckdbTimings(large);
  const reports = new Map<string, Record<string, Stat>>();
  for (const target of targets) reports.set(target.name, await reportTimings(importedLarge.get(target.name)!));
  lines.push(
    '',
    `## Utfallsrapporten över HTTP, ${LARGE.toLocaleString('sv-SE')} inskrivningar`,
    '',
    `| period, gruppering | DuckDB (referens) | ${targets.map((t) => `${t.name} | × DuckDB`).join(' | ')} |`,
    `|---|---|${targets.map(() => '---|---').join('|')}|`,
  );
  for (const key of Object.keys(duck)) {
    const reference = duck[key]!;
    const cells = targets.map((t) => {
      const s = reports.get(t.name)![key]!;
      return `${spread(s)} | ${(s.median / reference.median).toFixed(1)}`;
    });
    lines.push(`| ${key} | ${spread(reference)} | ${cells.join(' | ')} |`);
  }
  // The protected report (cell key method, decision 0015) has no DuckDB counterpart.
  for (const key of Object.keys(reports.get(targets[0]!.name)!).filter((k) => !(k in duck))) {
    const cells = targets.map((t) => `${spread(reports.get(t.name)![key]!)} | –`);
    lines.push(`| ${key} | – | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    'DuckDB räknar samma sak (antal, unika personer, i arbete, inskrivningstid per grupp och kön) direkt ur filen i minnet, utan behörighetskontroll, röjandeskydd eller HTTP; den visar vad maskinen klarar.',
    '',
    'Mål och kommentarer: se [quality.md](quality.md).',
  );
  const out = path.join(root, 'docs/benchmarks.md');
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`Skrev ${out}`);
}

await main();
