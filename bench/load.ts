/**
 * `npm run test:load`: Insikt in its own process on the demo data, driven over loopback by
 * autocannon with concurrent users: participant registration, then the outcome report. Afterwards
 * the database is read directly: every acknowledged registration must be stored exactly once.
 * Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL is set; writes docs/load-test.md and
 * exits non-zero when a write is lost or duplicated or a request fails.
 *   BENCH_DATABASE_URL=postgres://… npm run test:load [-- --seconds 20]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { todayIso } from '@insikt/core';
import { loadDemo } from '../apps/server/src/modules/demo/load-demo';
import { signInHttp, startServerProcess, type HttpSession } from './server-process';
import { selectedTargets, serverUrl, withDatabase, type Target } from './targets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 20;
const USERS = 24;
const REPORT_USERS = 8;
const TARGET = { requestsPerSecond: 300, p99Ms: 100 };

interface Phase {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU milliseconds per request: Insikt, the load generator, and the rest of the machine (the database). */
  cpu: { server: number; client: number; rest: number };
}
interface Outcome {
  target: Target['name'];
  /** As many registrations as the users can send, one at a time each. */
  capacity: Phase;
  /** Registrations at the target rate: the latency a user sees at that load. */
  atTarget: Phase;
  report: Phase;
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  unacknowledged: number;
}

const TICKS_PER_MS = 100 / 1000; // USER_HZ on Linux

/** Busy CPU time of the whole machine and of one process, in ms (Linux /proc). */
function cpuNow(pid: number) {
  const machine = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  const busy = machine[0]! + machine[1]! + machine[2]! + machine[5]! + machine[6]! + machine[7]!;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const own = process.cpuUsage();
  return {
    machine: busy / TICKS_PER_MS,
    server: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_MS,
    client: (own.user + own.system) / 1000,
  };
}

/** Runs one autocannon phase and notes where the CPU time went. */
async function measured(pid: number, run: () => Promise<autocannon.Result>): Promise<Phase> {
  const before = cpuNow(pid);
  const result = await run();
  const after = cpuNow(pid);
  const requests = Math.max(1, result.requests.total);
  const server = after.server - before.server;
  const client = after.client - before.client;
  const per = (ms: number) => Math.round((ms / requests) * 100) / 100;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    cpu: { server: per(server), client: per(client), rest: per(after.machine - before.machine - server - client) },
  };
}

/** Loads the demo into the fresh database before Insikt starts, and returns its logins. */
const prepare = (env: Record<string, string>) => withDatabase(env, (database) => loadDemo(database.db, todayIso()));

/** The registrations of this run in the database: reference → number of participations. */
const storedRegistrations = (env: Record<string, string>, prefix: string) =>
  withDatabase(env, async (database) => {
    const result = await database.db.execute(sql`
      select p.reference, count(*)::int as n from participations pa join persons p on p.id = pa.person_id
      where p.reference like ${`${prefix}%`} group by p.reference`);
    return new Map(
      (result as unknown as { rows: { reference: string; n: number }[] }).rows.map((r) => [r.reference, r.n]),
    );
  });

interface Me {
  roles: { role: string; associationId: string; interventionIds: string[] }[];
}

async function runTarget(target: Target): Promise<Outcome> {
  const env = await target.fresh();
  const demo = await prepare(env);
  const server = await startServerProcess(env);
  const prefix = `LOAD-${Date.now()}-`;
  const acknowledged = new Set<string>();
  try {
    const coaches = demo.logins.filter((l) => l.role === 'participant_officer');
    const chiefs = demo.logins.filter((l) => l.role === 'association_admin');
    // One session per simulated user, several users per coach account, each writing to its own förbund.
    const users: { session: HttpSession; url: string; interventionId: string }[] = [];
    for (let i = 0; i < USERS; i++) {
      const coach = coaches[i % coaches.length]!;
      const session = await signInHttp(server.base, coach.email, demo.password);
      const me = (await (
        await fetch(`${server.base}/api/v1/auth/me`, { headers: { cookie: session.cookie } })
      ).json()) as Me;
      const role = me.roles.find((r) => r.role === 'participant_officer')!;
      users.push({
        session,
        url: `/api/v1/associations/${role.associationId}/participations`,
        interventionId: role.interventionIds[i % role.interventionIds.length]!,
      });
    }
    let sequence = 0;
    let nextUser = 0;
    const register = (options: { overallRate?: number; duration?: number }) =>
      measured(server.child.pid!, () =>
        autocannon({
          url: server.base,
          connections: USERS,
          duration: SECONDS,
          ...options,
          requests: [
            {
              method: 'POST',
              setupRequest: (request, connection) => {
                const context = connection as Record<string, unknown>;
                // The context belongs to one connection: the connection is one user throughout.
                context.user ??= users[nextUser++ % users.length];
                const user = context.user as (typeof users)[number];
                const reference = `${prefix}${sequence++}`;
                context.reference = reference;
                return {
                  ...request,
                  path: user.url,
                  headers: {
                    'content-type': 'application/json',
                    cookie: user.session.cookie,
                    'x-csrf-token': user.session.csrf,
                  },
                  body: JSON.stringify({
                    interventionId: user.interventionId,
                    consent: true,
                    personReference: reference,
                    gender: sequence % 2 ? 'kvinna' : 'man',
                    birthYear: 1970 + (sequence % 35),
                    startDate: '2026-01-15',
                  }),
                };
              },
              onResponse: (status, _body, connection) => {
                const context = connection as Record<string, unknown>;
                if (status === 201) acknowledged.add(context.reference as string);
              },
            },
          ],
        }),
      );
    // Warm-up, not reported: the first requests load modules lazily and run before the JIT has compiled.
    await register({ duration: 3 });
    const capacity = await register({});
    const atTarget = await register({ overallRate: TARGET.requestsPerSecond });
    const reporters: HttpSession[] = [];
    for (let i = 0; i < REPORT_USERS; i++)
      reporters.push(await signInHttp(server.base, chiefs[i % chiefs.length]!.email, demo.password));
    let nextReporter = 0;
    const year = new Date().getFullYear();
    const report = await measured(server.child.pid!, () =>
      autocannon({
        url: server.base,
        connections: REPORT_USERS,
        duration: Math.max(5, Math.round(SECONDS / 2)),
        requests: [
          {
            method: 'GET',
            setupRequest: (request, connection) => {
              const context = connection as Record<string, unknown>;
              context.session ??= reporters[nextReporter++ % reporters.length];
              return {
                ...request,
                path: `/api/v1/reports/outcome?from=${year - 3}-01-01&to=${year}-12-31&groupBy=intervention`,
                headers: { cookie: (context.session as HttpSession).cookie },
              };
            },
          },
        ],
      }),
    );
    const code = await server.stop();
    if (code !== 0) throw new Error(`Insikt avslutades med ${code}:\n${server.output()}`);
    const stored = await storedRegistrations(env, prefix);
    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    return {
      target: target.name,
      capacity,
      atTarget,
      report,
      acknowledged: acknowledged.size,
      stored: stored.size,
      lost: [...acknowledged].filter((r) => !stored.has(r)).length,
      duplicated,
      // Written, but the answer did not reach the client (a timeout at the end of the run).
      unacknowledged: [...stored.keys()].filter((r) => !acknowledged.has(r)).length,
    };
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
}

const n = (v: number, digits = 0) => v.toLocaleString('sv-SE', { maximumFractionDigits: digits });

const meets = (p: Phase) =>
  p.requestsPerSecond >= TARGET.requestsPerSecond * 0.98 && p.p99 < TARGET.p99Ms && p.errors === 0;

function write(outcomes: Outcome[]) {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM`;
  const reportSeconds = Math.max(5, Math.round(SECONDS / 2));
  const lines = [
    '# Lasttest',
    '',
    `Uppmätt ${todayIso()} med \`npm run test:load\`: Insikt i en egen process på demodata, autocannon över loopback på samma maskin (${machine}, Node ${process.version}); lastgeneratorn, Insikt och databasen delar alltså på samma kärnor. ${USERS} samtidiga användare (coacher i de tre demoförbunden, en session var) skriver in deltagare, först så fort de hinner (kapacitet), sedan i målets takt ${TARGET.requestsPerSecond}/s, ${SECONDS} s vardera; därefter läser ${REPORT_USERS} förbundschefer utfallsrapporten per insats (fyra år) i ${reportSeconds} s. Efteråt läses databasen direkt: varje bekräftad inskrivning ska finnas exakt en gång.`,
    '',
    'CPU per anrop: processortid i millisekunder per anrop för Insikt, för lastgeneratorn och för resten av maskinen (databasen).',
    '',
    '| databas, fas | anrop | anrop/s | p50 | p99 | fel | CPU Insikt | CPU last | CPU övrigt |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const o of outcomes)
    for (const [name, p] of [
      ['inskrivning, kapacitet', o.capacity],
      [`inskrivning, ${TARGET.requestsPerSecond}/s`, o.atTarget],
      ['utfallsrapport, kapacitet', o.report],
    ] as const)
      lines.push(
        `| ${o.target}, ${name} | ${n(p.requests)} | ${n(p.requestsPerSecond)} | ${p.p50} ms | ${p.p99} ms | ${p.errors} | ${n(p.cpu.server, 2)} ms | ${n(p.cpu.client, 2)} ms | ${n(p.cpu.rest, 2)} ms |`,
      );
  lines.push(
    '',
    '| databas | bekräftade | lagrade | förlorade | dubbletter | lagrade utan svar |',
    '|---|---|---|---|---|---|',
  );
  for (const o of outcomes)
    lines.push(
      `| ${o.target} | ${n(o.acknowledged)} | ${n(o.stored)} | ${o.lost} | ${o.duplicated} | ${o.unacknowledged} |`,
    );
  const pg = outcomes.find((o) => o.target === 'PostgreSQL');
  lines.push(
    '',
    '"Lagrade utan svar" är anrop som var på väg när en fas tog slut: de skrevs, men autocannon väntade inte på svaret (högst en per användare och fas).',
    '',
    `Mål på PostgreSQL: minst ${TARGET.requestsPerSecond} inskrivningar/s med p99 under ${TARGET.p99Ms} ms och inga fel. ${
      pg
        ? `Uppmätt i målets takt: ${n(pg.atTarget.requestsPerSecond)}/s, p99 ${pg.atTarget.p99} ms, ${pg.atTarget.errors} fel – ${meets(pg.atTarget) ? 'uppfyllt' : 'inte uppfyllt, se quality.md'}.`
        : 'Inte mätt i denna körning (BENCH_DATABASE_URL saknades).'
    }`,
    '',
  );
  fs.writeFileSync(path.join(root, 'docs/load-test.md'), lines.join('\n'));
}

const outcomes: Outcome[] = [];
for (const target of selectedTargets()) {
  const outcome = await runTarget(target);
  console.log(JSON.stringify(outcome));
  outcomes.push(outcome);
}
if (!serverUrl) console.log('BENCH_DATABASE_URL saknas: bara PGlite mättes.');
write(outcomes);
const broken = outcomes.filter(
  (o) => o.lost + o.duplicated + o.capacity.errors + o.atTarget.errors + o.report.errors > 0,
);
if (broken.length > 0) {
  console.error(`Fel i lasttestet: ${broken.map((o) => o.target).join(', ')} (se docs/load-test.md).`);
  process.exit(1);
}
console.log('Skrev docs/load-test.md');
