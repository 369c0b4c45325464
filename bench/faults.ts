/**
 * `npm run test:faults`: what happens when things break.
 *  1. kill -9 during a large import, ten times on each database: afterwards the file is either
 *     wholly imported or not at all, and Insikt starts cleanly on the same data;
 *  2. a second process on the same embedded data folder refuses with a clear message;
 *  3. PostgreSQL stopped and started under load: requests fail with 503 JSON while it is down and
 *     succeed again without restarting Insikt.
 * PostgreSQL is a private, throwaway cluster started here from the installed server binaries
 * (/usr/lib/postgresql/N/bin or PG_BIN), so stopping it disturbs nothing else. Exits non-zero on
 * any failure and writes docs/fault-tests.md.
 *   npm run test:faults [-- --runs 10 --rows 20000]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { todayIso } from '@insikt/core';
import { loadDemo } from '../apps/server/src/modules/demo/load-demo';
import { ensureBenchFile } from './generate-data';
import { exited, freePort, signInHttp, startServerProcess } from './server-process';
import { BENCH_SECRET, withDatabase } from './targets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 10);
const ROWS = arg('--rows', 20_000);
const results: { test: string; ok: boolean; detail: string }[] = [];
const record = (test: string, ok: boolean, detail: string) => {
  results.push({ test, ok, detail });
  console.log(`${ok ? 'OK ' : 'FEL'} ${test}: ${detail}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A private PostgreSQL cluster; as root it runs as the postgres user, the way Debian installs it. */
async function startCluster() {
  const bin =
    process.env.PG_BIN ??
    fs
      .readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(a) - Number(b))
      .map((v) => `/usr/lib/postgresql/${v}/bin`)
      .at(-1)!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-faults-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (command: string) =>
    asRoot
      ? execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe' })
      : execFileSync('sh', ['-c', command], { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run(`${bin}/initdb -D ${dir}/data -A trust -U postgres`);
  const ctl = (action: 'start' | 'stop') =>
    run(
      action === 'start'
        ? `${bin}/pg_ctl -D ${dir}/data -l ${dir}/log -w -o "-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}" start`
        : `${bin}/pg_ctl -D ${dir}/data -m fast -w stop`,
    );
  ctl('start');
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    start: () => ctl('start'),
    stop: () => ctl('stop'),
    /** A new, empty database in the cluster. */
    fresh: async () => {
      const name = `insikt_faults_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return { DATABASE_URL: url.replace(/\/postgres$/, `/${name}`) };
    },
    remove: () => {
      try {
        ctl('stop');
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const freshPglite = async () => ({ INSIKT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-faults-')) });

const countParticipations = (env: Record<string, string>) =>
  withDatabase(env, async (database) => {
    const result = await database.db.execute(sql`select count(*)::int as n from participations`);
    return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
  });

/** One import in its own process (bench/import-once.ts); resolves with its exit and wall time. */
function importProcess(file: string, env: Record<string, string>) {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/import-once.ts'), file], {
    env: { ...process.env, DATABASE_URL: '', INSIKT_DATA_DIR: '', ...env, INSIKT_SECRET: BENCH_SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let importing: () => void;
  const importStarted = new Promise<void>((resolve) => (importing = resolve));
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
    if (output.includes('import:start')) importing();
  });
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const done = exited(child).then((code) => ({ code, seconds: (Date.now() - started) / 1000, output }));
  // Resolves with the seconds from the start of the process to the start of the import.
  const importStart = Promise.race([importStarted.then(() => (Date.now() - started) / 1000), done.then(() => NaN)]);
  return { child, done, importStart };
}

async function startsCleanly(env: Record<string, string>) {
  const server = await startServerProcess(env);
  const response = await fetch(`${server.base}/api/v1/health`);
  const code = await server.stop();
  return response.ok && code === 0;
}

async function killDuringImport(name: string, fresh: () => Promise<Record<string, string>>, file: string) {
  // One undisturbed run gives the duration to aim the kills at.
  const undisturbed = importProcess(file, await fresh());
  const full = await undisturbed.done;
  if (full.code !== 0) throw new Error(`Importen misslyckades utan avbrott:\n${full.output}`);
  // The import's own time, as import-once reports it (without closing the database).
  const importSeconds = (JSON.parse(full.output.trim().split('\n').at(-1)!) as { seconds: number }).seconds;
  const outcomes: string[] = [];
  let ok = true;
  for (let run = 0; run < RUNS; run++) {
    const env = await fresh();
    const imported = importProcess(file, env);
    // Spread over the import, from reading the file to writing its last batch and committing.
    await imported.importStart;
    const delay = importSeconds * (0.03 + (0.9 * run) / Math.max(1, RUNS - 1)) * 1000;
    await sleep(delay);
    const killedMidway = imported.child.exitCode === null;
    imported.child.kill('SIGKILL');
    await imported.done;
    const count = await countParticipations(env);
    const whole = count === 0 || count === ROWS;
    const clean = await startsCleanly(env);
    ok &&= whole && clean;
    outcomes.push(
      `${killedMidway ? 'dödad' : 'redan klar'} ${(delay / 1000).toFixed(1)} s in i importen → ${count} rader${clean ? '' : ', startade inte'}`,
    );
  }
  record(
    `${name}: kill -9 under import (${RUNS} gånger, ${ROWS.toLocaleString('sv-SE')} rader, ostörd import ${importSeconds.toFixed(1)} s)`,
    ok,
    outcomes.join('; '),
  );
}

async function secondProcessRefused() {
  const env = await freshPglite();
  const first = await startServerProcess(env);
  try {
    let message = '';
    let refused = false;
    try {
      const second = await startServerProcess(env, 30_000);
      await second.stop();
    } catch (error) {
      message = (error as Error).message;
      refused = message.includes('används redan av en annan Insikt-process');
    }
    const stillServing = (await fetch(`${first.base}/api/v1/health`)).ok;
    record(
      'PGlite: två processer på samma datamapp',
      refused && stillServing,
      refused
        ? `den andra vägrade: "${message
            .split('\n')
            .find((l) => l.includes('används redan'))
            ?.trim()}"; den första svarar fortfarande`
        : `den andra startade eller föll av annat skäl: ${message.slice(0, 300)}`,
    );
  } finally {
    await first.stop();
  }
}

async function postgresRestartUnderLoad(cluster: Awaited<ReturnType<typeof startCluster>>) {
  const env = await cluster.fresh();
  const demo = await withDatabase(env, (database) => loadDemo(database.db, todayIso()));
  const server = await startServerProcess(env);
  const coach = demo.logins.find((l) => l.role === 'participant_officer')!;
  const session = await signInHttp(server.base, coach.email, demo.password);
  const me = (await (await fetch(`${server.base}/api/v1/auth/me`, { headers: { cookie: session.cookie } })).json()) as {
    roles: { role: string; associationId: string }[];
  };
  const associationId = me.roles.find((r) => r.role === 'participant_officer')!.associationId;
  const url = `${server.base}/api/v1/associations/${associationId}/participations?limit=20`;
  type Seen = { phase: 'före' | 'nere' | 'efter'; status: number; code: string | undefined; at: number };
  const seen: Seen[] = [];
  let phase: Seen['phase'] = 'före';
  let running = true;
  const user = async () => {
    while (running) {
      const current = phase;
      try {
        const response = await fetch(url, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(10_000) });
        const body = (await response.json().catch(() => null)) as { error?: { code: string } } | null;
        seen.push({ phase: current, status: response.status, code: body?.error?.code, at: Date.now() });
      } catch {
        seen.push({ phase: current, status: 0, code: 'no_answer', at: Date.now() });
      }
      await sleep(20);
    }
  };
  const users = Array.from({ length: 8 }, user);
  try {
    await sleep(2000);
    phase = 'nere';
    cluster.stop();
    await sleep(4000);
    phase = 'efter';
    const restarted = Date.now();
    cluster.start();
    await sleep(6000);
    running = false;
    await Promise.all(users);
    const during = seen.filter((s) => s.phase === 'nere');
    const after = seen.filter((s) => s.phase === 'efter');
    const firstOk = after.find((s) => s.status === 200);
    const lastAfter = after.slice(-20);
    const ok =
      seen.filter((s) => s.phase === 'före').every((s) => s.status === 200) &&
      during.length > 0 &&
      during.every((s) => s.status === 503 && s.code === 'database_unavailable') &&
      firstOk !== undefined &&
      lastAfter.every((s) => s.status === 200) &&
      after.every((s) => s.status === 200 || (s.status === 503 && s.code === 'database_unavailable')) &&
      server.child.exitCode === null;
    const statuses = (list: Seen[]) =>
      Object.entries(
        list.reduce<Record<string, number>>(
          (acc, s) => (
            (acc[`${s.status} ${s.code ?? ''}`.trim()] = (acc[`${s.status} ${s.code ?? ''}`.trim()] ?? 0) + 1),
            acc
          ),
          {},
        ),
      )
        .map(([k, v]) => `${v} × ${k}`)
        .join(', ');
    record(
      'PostgreSQL: servern stoppas och startas under last',
      ok,
      `före: ${statuses(seen.filter((s) => s.phase === 'före'))}; nere: ${statuses(during)}; efter omstart: ${statuses(after)}; första lyckade svar ${firstOk ? `${((firstOk.at - restarted) / 1000).toFixed(1)} s efter omstarten` : 'kom aldrig'}; Insikt ${server.child.exitCode === null ? 'kör vidare utan omstart' : 'avslutades'}`,
    );
  } finally {
    running = false;
    await server.stop();
  }
}

function write() {
  const lines = [
    '# Feltester',
    '',
    `Uppmätt ${todayIso()} med \`npm run test:faults\` (Node ${process.version}, ${os.cpus().length} kärnor). PostgreSQL är ett eget, tillfälligt kluster som testet startar och stoppar.`,
    '',
    '| test | resultat | vad som hände |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.test} | ${r.ok ? 'godkänt' : '**underkänt**'} | ${r.detail.replace(/\|/g, '\\|')} |`),
    '',
  ];
  fs.writeFileSync(path.join(root, 'docs/fault-tests.md'), lines.join('\n'));
}

const file = await ensureBenchFile(ROWS);
const cluster = await startCluster();
try {
  await killDuringImport('PGlite', freshPglite, file);
  await killDuringImport('PostgreSQL', cluster.fresh, file);
  await secondProcessRefused();
  await postgresRestartUnderLoad(cluster);
} finally {
  cluster.remove();
}
write();
if (results.some((r) => !r.ok)) {
  console.error('Minst ett feltest underkändes (se docs/fault-tests.md).');
  process.exit(1);
}
console.log('Alla feltester godkända; skrev docs/fault-tests.md');
