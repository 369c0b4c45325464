import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { main } from '../src/cli/main';
import { openDatabase, type Database } from '../src/db/open-db';
import { associations, users } from '../src/db/schema';
import { verifyPassword } from '../src/platform/passwords';
import { pgliteSnapshot } from './database-template';
import { freshDatabase, TEST_SECRET } from './harness';
import { pdfText } from './pdf-text';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/insikt.mjs');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-cli-'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a command: the test's own, without its database, plus the given. */
function commandEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return { ...base, INSIKT_SECRET: TEST_SECRET, ...env };
}

/**
 * Runs the real `insikt` command in a child process, as an operator would. Each one costs seconds
 * of start-up, so only what needs the process boundary uses it: the exit code and stderr of a
 * failure, a password on stdin, two processes on one data folder, backup and restore.
 */
function insiktProcess(args: string[], env: Record<string, string | undefined>, stdin?: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: commandEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** Runs the same command through the bin's `main` in this process, with its output collected as lines. */
async function insikt(args: string[], env: Record<string, string | undefined>, stdin?: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    env: commandEnv(env),
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
    stdin: Readable.from(stdin === undefined ? [] : [Buffer.from(stdin)]),
  });
  return { code, stdout, stderr };
}

// The commands that work on either database run against the one under test (PGlite or PostgreSQL).
// A new data folder (initdb) and a child process each take seconds of CPU; on two shared cores a
// test of several of them needs more than the project's 60 s.
const SLOW = { timeout: 180_000 };

describe('insikt on the database under test', SLOW, () => {
  let env: Record<string, string | undefined>;
  let database: Database;
  let drop: () => Promise<void>;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      const fresh = await freshDatabase();
      database = fresh.database;
      drop = fresh.drop;
      env = { DATABASE_URL: fresh.url };
    } else {
      dataDir = tmp();
      env = { INSIKT_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await drop?.();
  });
  // The embedded database can only be opened while no command holds it.
  async function inspect<T>(read: (db: Database) => Promise<T>): Promise<T> {
    if (database) return read(database);
    const opened = await openDatabase({ dataDir });
    try {
      return await read(opened);
    } finally {
      await opened.close();
    }
  }

  it('migrates, creates a förbund and a user with a password from stdin', async () => {
    const migrate = await insikt(['db', 'migrate'], env);
    expect(migrate.code).toBe(0);
    const created = await insikt(
      ['association', 'create', '--name', 'Finnveden', '--county', '06', '--municipalities', '0662,0665,0683'],
      env,
    );
    expect(created.stdout).toMatch(/Förbundet Finnveden är skapat/);
    expect(created.code).toBe(0);
    const user = await insiktProcess(
      [
        'user',
        'create',
        '--email',
        'Chef@Finnveden.se',
        '--role',
        'association_admin',
        '--association',
        'Finnveden',
        '--password-stdin',
      ],
      env,
      'ett långt och bra lösenord\n',
    );
    expect(user.stderr).toBe('');
    expect(user.code).toBe(0);
    const row = await inspect(async (db) => {
      const [u] = await db.db.select().from(users).where(eq(users.email, 'chef@finnveden.se'));
      const [a] = await db.db.select().from(associations).where(eq(associations.name, 'Finnveden'));
      return { u, a };
    });
    expect(row.a).toBeDefined();
    expect(await verifyPassword(row.u!.passwordHash, 'ett långt och bra lösenord')).toBe(true);
    expect(row.u!.mustChangePassword).toBe(false);
  });

  it('prints a one-time password when none is given', async () => {
    const result = await insikt(
      ['user', 'create', '--email', 'styrelse@finnveden.se', '--role', 'reader', '--association', 'Finnveden'],
      env,
    );
    expect(result.code).toBe(0);
    const otp = result.stdout.match(/Engångslösenord[^:]*: (\S+)/)?.[1];
    expect(otp).toBeDefined();
    const row = await inspect(
      async (db) => (await db.db.select().from(users).where(eq(users.email, 'styrelse@finnveden.se')))[0],
    );
    expect(await verifyPassword(row!.passwordHash, otp!)).toBe(true);
    expect(row!.mustChangePassword).toBe(true);
  });

  it('imports a file with a dry run first, lists every error, and is idempotent', async () => {
    const dir = tmp();
    const good = path.join(dir, 'deltagare.csv');
    fs.writeFileSync(
      good,
      'forbund;insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;avslutsorsak;samtycke\nFinnveden;Jobbstudion;A1;K;1990;2019-01-10;2019-06-30;arbete;ja\nFinnveden;Jobbstudion;A2;M;1985;2019-02-01;2019-08-31;studier;ja\n',
    );
    const dry = await insikt(['import', 'participants', good, '--create-interventions', '--dry-run'], env);
    expect(dry.stdout).toMatch(/Provkörning – inget sparades\. 2 rader: 2 nya/);
    const real = await insikt(['import', 'participants', good, '--create-interventions'], env);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/2 rader: 2 nya, 0 ändrade, 0 oförändrade/);
    expect(real.stdout).toMatch(/Finnveden \/ Jobbstudion \(ny insats\): 2 rader/);
    const again = await insikt(['import', 'participants', good], env);
    expect(again.stdout).toMatch(/2 rader: 0 nya, 0 ändrade, 2 oförändrade/);
    const bad = path.join(dir, 'fel.csv');
    fs.writeFileSync(
      bad,
      'forbund;insats;deltagar_id;kon;fodelsear;startdatum;samtycke\nFinnveden;Jobbstudion;A3;X;1990;2019-13-01;ja\n',
    );
    const failed = await insikt(['import', 'participants', bad], env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Rad 2, kolumn kon \(värde "X"\)/);
    expect(failed.stdout).toMatch(/Rad 2, kolumn startdatum \(värde "2019-13-01"\)/);
    expect(failed.stderr).toMatch(/2 fel i filen\. Inget har sparats\./);
  });

  it('prints the outcome report as the contract’s JSON and as a CSV table', async () => {
    const json = await insikt(
      [
        'report',
        'outcome',
        '--from',
        '2019-01-01',
        '--to',
        '2019-12-31',
        '--group-by',
        'association',
        '--format',
        'json',
      ],
      env,
    );
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      report: 'outcome',
      period: { from: '2019-01-01', to: '2019-12-31' },
      groupBy: 'association',
      suppressed: false,
    });
    expect(report.groups[0].label).toBe('Finnveden');
    expect(report.groups[0].cells.antal).toEqual({ total: 2, kvinna: 1, man: 1 });
    const csv = await insikt(
      ['report', 'outcome', '--from', '2019-01-01', '--to', '2019-12-31', '--group-by', 'county', '--format', 'csv'],
      env,
    );
    expect(csv.stdout).toMatch(/^\uFEFFAvslutade deltagare/);
    const xlsxFile = path.join(tmp(), 'utfall.xlsx');
    const xlsx = await insikt(
      [
        'report',
        'outcome',
        '--from',
        '2019-01-01',
        '--to',
        '2019-12-31',
        '--group-by',
        'county',
        '--format',
        'xlsx',
        '--output',
        xlsxFile,
      ],
      env,
    );
    expect(xlsx.code).toBe(0);
    expect(fs.readFileSync(xlsxFile).subarray(0, 2).toString()).toBe('PK');
    const pdfFile = path.join(tmp(), 'utfall.pdf');
    const pdf = await insikt(
      ['report', 'outcome', '--from', '2019-01-01', '--to', '2019-12-31', '--format', 'pdf', '--output', pdfFile],
      env,
    );
    expect(pdf.code).toBe(0);
    expect((await pdfText(fs.readFileSync(pdfFile))).title).toBe('Utfallsrapport');
    const noOutput = await insikt(['report', 'outcome', '--format', 'pdf'], env);
    expect(noOutput.code).toBe(1);
    expect(noOutput.stderr).toMatch(/--output/);
    const bad = await insikt(['report', 'outcome', '--group-by', 'kommun'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/groupBy/);
  });

  it('calculates a socio-economic analysis from a JSON file (nytto calculate)', async () => {
    const dir = tmp();
    const body = {
      priceList: { wage: 400000, employerContribution: 0.28125, taxMunicipality: 0.2067, taxRegion: 0.117 },
      costPerParticipant: 52000,
      fundingShares: { fk: 0.5, region: 0.25, kommun: 0.25 },
      cases: [{ label: 'typfall 1', weight: 19, before: { work: 0, support: {} }, after: { work: 0.24, support: {} } }],
    };
    fs.writeFileSync(path.join(dir, 'jobbstudion.json'), JSON.stringify(body));
    const result = await insikt(['nytto', 'calculate', path.join(dir, 'jobbstudion.json'), '--format', 'json'], env);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { actors: { samhallet: { perParticipant: Record<string, number> } } };
    expect(report.actors.samhallet.perParticipant).toMatchObject({ netBenefit1: 71000, netBenefit5: 563000 });

    fs.writeFileSync(path.join(dir, 'fel.json'), JSON.stringify({ ...body, persistence: 2 }));
    const bad = await insikt(['nytto', 'calculate', path.join(dir, 'fel.json')], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/persistence: Effektens varaktighet kan inte vara över 1/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('fails with a clear message and no stack trace on bad input', async () => {
    const badCounty = await insiktProcess(
      ['association', 'create', '--name', 'X', '--county', '6', '--municipalities', '0662'],
      env,
    );
    expect(badCounty.code).toBe(1);
    expect(badCounty.stderr).toMatch(/Länskoden ska vara två siffror/);
    expect(badCounty.stderr).not.toMatch(/\n\s+at /);
    const badRole = await insikt(['user', 'create', '--email', 'a@b.se', '--role', 'chef'], env);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/Ange --role, en av: system_admin/);
    const noAssociation = await insikt(
      ['user', 'create', '--email', 'a@b.se', '--role', 'reader', '--association', 'Finns inte'],
      env,
    );
    expect(noAssociation.stderr).toMatch(/Förbundet "Finns inte" finns inte/);
    const weak = await insikt(
      ['user', 'create', '--email', 'c@d.se', '--role', 'system_admin', '--password-stdin'],
      env,
      'kort\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/minst 12 tecken/);
    // A folder gave a raw EISDIR and a named pipe hung the command; both are refused at once.
    const dir = tmp();
    const fifo = path.join(dir, 'ror.csv');
    execFileSync('mkfifo', [fifo]);
    for (const target of [dir, fifo]) {
      const refused = await insikt(['import', 'participants', target, '--dry-run'], env);
      expect(refused.code, target).toBe(1);
      expect(refused.stderr, target).toMatch(/är ingen vanlig fil/);
      expect(refused.stderr, target).not.toMatch(/EISDIR/);
    }
    const unknown = await insikt(['nonsense'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Okänt kommando/);
  });
});

describe('insikt on the embedded database', SLOW, () => {
  // A new data folder costs initdb (~10 s of CPU); the first test above pays it once through the
  // command, these start from a copy of a migrated folder instead.
  let initialised: string | undefined;
  async function initialisedDataDir(): Promise<string> {
    if (!initialised) {
      initialised = tmp();
      const snapshot = pgliteSnapshot();
      await (await openDatabase({ dataDir: initialised, ...(snapshot ? { loadDataDir: snapshot } : {}) })).close();
    }
    const dir = tmp();
    fs.cpSync(initialised, dir, { recursive: true });
    return dir;
  }

  it('backs up and restores the embedded database', async () => {
    const source = await initialisedDataDir();
    await insikt(['association', 'create', '--name', 'Höglandet', '--county', '06', '--municipalities', '0604,0617'], {
      INSIKT_DATA_DIR: source,
    });
    const file = path.join(tmp(), 'insikt.tar.gz');
    const backup = await insiktProcess(['db', 'backup', file], { INSIKT_DATA_DIR: source });
    expect(backup.code).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    const target = tmp();
    const restore = await insiktProcess(['db', 'restore', file], { INSIKT_DATA_DIR: target });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const restored = await openDatabase({ dataDir: target });
    const names = (await restored.db.select().from(associations)).map((a) => a.name);
    await restored.close();
    expect(names).toEqual(['Höglandet']);

    // Restoring over existing data needs --force and keeps the old data aside.
    const refused = await insikt(['db', 'restore', file], { INSIKT_DATA_DIR: target });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--force/);
    const forced = await insikt(['db', 'restore', file, '--force'], { INSIKT_DATA_DIR: target });
    expect(forced.code).toBe(0);
    expect(fs.readdirSync(target).some((f) => f.startsWith('pgdata.before-restore-'))).toBe(true);
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    const dir = await initialisedDataDir();
    const holder = await openDatabase({ dataDir: dir });
    try {
      const second = await insiktProcess(['db', 'migrate'], { INSIKT_DATA_DIR: dir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`används redan av en annan Insikt-process (pid ${process.pid})`);
    } finally {
      await holder.close();
    }
    expect((await insikt(['db', 'migrate'], { INSIKT_DATA_DIR: dir })).code).toBe(0);
  });

  it('takes over a lock left by a killed process', async () => {
    const dir = await initialisedDataDir();
    fs.writeFileSync(path.join(dir, 'insikt.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    expect((await insiktProcess(['db', 'migrate'], { INSIKT_DATA_DIR: dir })).code).toBe(0);
  });

  it('points PostgreSQL users to pg_dump for backups', async () => {
    const result = await insikt(['db', 'backup', '/tmp/x.tar.gz'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pg_dump/);
  });
});
