import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ROLE_CODES,
  associationInput,
  socioeconomicCalculateInput,
  todayIso,
  userCreateInput,
  type RoleCode,
} from '@insikt/core';
import { z } from 'zod';
import { openDatabase, type Database } from '../db/open-db';
import { loadConfig, type Config } from '../platform/config';
import { cliActor } from '../platform/actor';
import { AppError } from '../platform/errors';
import { createAssociation } from '../modules/organisation/create-association';
import { findAssociationByName } from '../modules/organisation/organisation.repository';
import { createUser } from '../modules/users/create-user';
import { resolveSecret } from '../platform/secret';

// Each command loads its own modules when it runs: the reports alone (charts, PDF, Excel) take
// seconds to load, which every other command, and every test that starts one, would pay.
const backupModules = () => import('./backup');
const demoModules = async () => ({
  ...(await import('../modules/demo/load-demo')),
  ...(await import('../modules/demo/first-start')),
});
const importModules = async () => ({
  ...(await import('../modules/import/import-participants')),
  ...(await import('../modules/import/read-table')),
  ...(await import('../platform/person-key')),
});
const reportModules = async () => ({
  ...(await import('../platform/disclosure')),
  ...(await import('../modules/reports/outcome-files')),
  ...(await import('../modules/reports/outcome-report')),
  ...(await import('../modules/reports/outcome-table')),
  ...(await import('../modules/reports/reports.routes')),
});

export class CliError extends Error {}

const HELP = `insikt – kommandoraden för Insikt

Användning:
  insikt db migrate
  insikt db backup FIL                  (inbäddad databas; för PostgreSQL: pg_dump)
  insikt db restore FIL [--force]       (inbäddad databas; --force ersätter befintliga data)
  insikt association create --name NAMN --county LÄNSKOD --municipalities KOD,KOD[,…] [--organisation-number NR]
  insikt user create --email E-POST --role ROLL [--association NAMN|ID] [--name NAMN] [--password-stdin]
  insikt import participants FIL.csv|FIL.xlsx [--association NAMN] [--create-interventions] [--dry-run]
  insikt nytto calculate FIL.json [--format json]   (nyttoberäkning enligt modellen, se docs/guide/nyttoberakning.md)
  insikt demo load                      (realistiska, tydligt märkta demodata)
  insikt report outcome --from DATUM --to DATUM --group-by association|intervention|county|national --format json|csv|xlsx|pdf [--output FIL] [--suppress]

Roller: ${ROLE_CODES.join(', ')}
Databas: den inbäddade i ./data (INSIKT_DATA_DIR) eller PostgreSQL när DATABASE_URL är satt.
`;

/** Where a command reads and writes: the process's own streams, or a test's (cli.test.ts). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  stdin: AsyncIterable<Buffer | string>;
}

async function readStdin(stdin: CliIo['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function withDatabase<T>(config: Config, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/**
 * The path of an existing regular file. A folder would fail with a raw EISDIR and a named pipe
 * would block the command forever waiting for a writer, so both are refused before opening.
 */
function regularFile(file: string | undefined, usage: string): string {
  if (!file || !fs.existsSync(file)) throw new CliError(`Ange en fil som finns: ${usage}`);
  if (!fs.statSync(file).isFile())
    throw new CliError(`${file} är ingen vanlig fil (utan t.ex. en mapp eller ett rör). Ange en fil: ${usage}`);
  return file;
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    const issues = error.issues.map(
      (i) => `  - ${i.field}${i.value !== undefined ? ` (${String(i.value)})` : ''}: ${i.message}`,
    );
    return [error.message, ...issues].join('\n');
  }
  if (error instanceof z.ZodError) {
    return ['Ogiltiga värden:', ...error.issues.map((i) => `  - ${i.path.join('.') || 'värde'}: ${i.message}`)].join(
      '\n',
    );
  }
  return error instanceof Error ? error.message : String(error);
}

async function run(argv: string[], { out, env, stdin }: CliIo): Promise<void> {
  const [group, command, ...rest] = argv;
  const config = loadConfig(env);
  const key = `${group ?? ''} ${command ?? ''}`.trim();
  const options = {
    name: { type: 'string' },
    county: { type: 'string' },
    municipalities: { type: 'string' },
    'organisation-number': { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    association: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    force: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    'group-by': { type: 'string' },
    format: { type: 'string' },
    suppress: { type: 'boolean' },
    'create-interventions': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    output: { type: 'string' },
  } as const;
  const parsed = (() => {
    try {
      return parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\n${HELP}`);
    }
  })();
  const { values, positionals } = parsed;

  switch (key) {
    case 'db migrate':
      await withDatabase(config, async (database) =>
        out(`Databasen är migrerad (${database.kind === 'pglite' ? config.dataDir : 'PostgreSQL'}).`),
      );
      return;
    case 'db backup': {
      const file = positionals[0];
      if (!file) throw new CliError('Ange en fil: insikt db backup FIL');
      await (await backupModules()).backupDatabase(config, file);
      out(`Säkerhetskopian är sparad i ${file}.`);
      return;
    }
    case 'db restore': {
      const file = regularFile(positionals[0], 'insikt db restore FIL');
      await (await backupModules()).restoreDatabase(config, file, values.force === true);
      out(`Databasen i ${config.dataDir} är återställd från ${file}.`);
      return;
    }
    case 'association create': {
      const input = associationInput.parse({
        name: values.name,
        countyCode: values.county,
        municipalityCodes: (values.municipalities ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        organisationNumber: values['organisation-number'],
      });
      const created = await withDatabase(config, (database) =>
        database.db.transaction((tx) => createAssociation(tx, cliActor(), input)),
      );
      out(`Förbundet ${created.name} är skapat (id ${created.id}).`);
      return;
    }
    case 'user create': {
      if (!values.role || !ROLE_CODES.includes(values.role as RoleCode)) {
        throw new CliError(`Ange --role, en av: ${ROLE_CODES.join(', ')}.`);
      }
      const password = values['password-stdin'] ? await readStdin(stdin) : undefined;
      await withDatabase(config, async (database) => {
        let associationId: string | null = null;
        if (values.association) {
          const byName = await findAssociationByName(database.db, values.association);
          associationId = byName?.id ?? (z.uuid().safeParse(values.association).success ? values.association : null);
          if (!associationId) throw new CliError(`Förbundet "${values.association}" finns inte.`);
        }
        const input = userCreateInput.parse({
          email: values.email,
          name: values.name ?? values.email?.split('@')[0],
          role: { role: values.role, associationId },
          password,
        });
        const result = await database.db.transaction((tx) => createUser(tx, cliActor(), input));
        out(
          result.created
            ? `Användaren ${input.email} är skapad med rollen ${input.role.role}.`
            : `${input.email} fanns redan; rollen ${input.role.role} är tillagd.`,
        );
        if (result.oneTimePassword) out(`Engångslösenord (byts vid första inloggningen): ${result.oneTimePassword}`);
      });
      return;
    }
    case 'import participants': {
      const file = regularFile(positionals[0], 'insikt import participants FIL.csv|FIL.xlsx');
      const secret = resolveSecret(config);
      const { importParticipants, openTable, personHasher } = await importModules();
      const result = await withDatabase(config, async (database) =>
        importParticipants(
          database.db,
          cliActor(),
          await openTable(file, file),
          {
            association: values.association,
            createInterventions: values['create-interventions'] === true,
            dryRun: values['dry-run'] === true,
            fileName: path.basename(file),
          },
          personHasher(secret),
        ),
      );
      if (result.errorCount > 0) {
        for (const e of result.errors)
          out(`Rad ${e.row}, kolumn ${e.column}${e.value ? ` (värde "${e.value}")` : ''}: ${e.message}`);
        throw new CliError(`${result.errorCount} fel i filen. Inget har sparats.`);
      }
      if (result.ignoredColumns.length) out(`Okända kolumner hoppades över: ${result.ignoredColumns.join(', ')}`);
      if (result.exampleRows.length) out(`Mallens exempelrad hoppades över: rad ${result.exampleRows.join(', ')}`);
      out(
        `${result.dryRun ? 'Provkörning – inget sparades. ' : ''}${result.rows} rader: ${result.created} nya, ${result.updated} ändrade, ${result.unchanged} oförändrade.`,
      );
      for (const i of result.interventions)
        out(`  ${i.association} / ${i.name}${i.isNew ? ' (ny insats)' : ''}: ${i.rows} rader`);
      return;
    }
    case 'demo load': {
      const { loadDemo, formatLogins } = await demoModules();
      const demo = await withDatabase(config, (database) => loadDemo(database.db, todayIso()));
      out(`Demodata är inlästa: tre förbund, ${demo.participations} inskrivningar.\n`);
      out(formatLogins(demo.password, demo.logins));
      return;
    }
    case 'report outcome': {
      const { outcomeQuery, disclosureFromSecret, outcomeReport, outcomeFile, outcomeTable, toCsv } =
        await reportModules();
      const { format, ...parsed } = outcomeQuery.parse({
        from: values.from,
        to: values.to,
        groupBy: values['group-by'],
        format: values.format,
        suppress: values.suppress ? 'true' : 'false',
      });
      const query = { ...parsed, disclosure: disclosureFromSecret(resolveSecret(config)) };
      if (format === 'xlsx' || format === 'pdf') {
        if (!values.output) throw new CliError(`Ange --output FIL.${format} för formatet ${format}.`);
        const file = values.output;
        await withDatabase(config, async (database) => {
          const report = await outcomeReport(database.db, cliActor(), query);
          fs.writeFileSync(file, await outcomeFile(database.db, cliActor(), query, report, format));
        });
        out(`Rapporten är sparad i ${file}.`);
        return;
      }
      const report = await withDatabase(config, (database) => outcomeReport(database.db, cliActor(), query));
      out(format === 'json' ? JSON.stringify(report, null, 2) : toCsv(outcomeTable(report)).trimEnd());
      return;
    }
    case 'nytto calculate': {
      const file = regularFile(positionals[0], 'insikt nytto calculate FIL.json');
      if ((values.format ?? 'json') !== 'json') throw new CliError('Formatet är json: --format json.');
      const body = (() => {
        try {
          return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
        } catch (error) {
          throw new CliError(`Filen är inte giltig JSON: ${(error as Error).message}`);
        }
      })();
      const input = socioeconomicCalculateInput.parse(body);
      const { calculateFromInput } = await import('../modules/socioeconomic/calculate');
      const report = await withDatabase(config, (database) => calculateFromInput(database.db, cliActor(), input));
      out(JSON.stringify(report, null, 2));
      return;
    }
    case '':
    case 'help':
    case '--help':
      out(HELP);
      return;
    default:
      throw new CliError(`Okänt kommando: insikt ${key}\n\n${HELP}`);
  }
}

/** Runs one CLI command; returns the exit code. Never prints a stack trace for a user mistake. */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const { out = console.log, err = console.error, env = process.env, stdin = process.stdin } = io;
  try {
    await run(argv, { out, err, env, stdin });
    return 0;
  } catch (error) {
    err(`Fel: ${describe(error)}`);
    return 1;
  }
}
