import { and, eq, or, sql } from 'drizzle-orm';
import {
  can,
  canInIntervention,
  parsePersonnummer,
  participationSchema,
  todayIso,
  type ParticipationInput,
} from '@insikt/core';
import { bulkUpsert } from '../../db/bulk-insert';
import type { Db, Tx } from '../../db/open-db';
import { associations, interventions, municipalities, participations } from '../../db/schema';
import { resolvePersons, type RowIdentity } from './import-persons';
import { RowIdentities } from './row-identities';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { AppError, forbidden } from '../../platform/errors';
import type { PersonHasher } from '../../platform/person-key';
import { isTemplateExample, mapHeaders, REQUIRED_COLUMNS, type ImportColumn } from './columns';
import { CODE_LISTS, RowReader, type ImportIssue } from './parse-row';
import { participationRow } from '../participants/participation-row';
import { FOLLOW_UP_FIELD_TO_COLUMN, readFollowUps } from './follow-up-columns';
import type { Table } from './read-table';

export interface ImportOptions {
  /** The förbund for rows without a `forbund` column (name or id). */
  association?: string | undefined;
  createInterventions: boolean;
  dryRun: boolean;
  fileName: string;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  interventions: { association: string; name: string; isNew: boolean; rows: number }[];
  errors: ImportIssue[];
  errorCount: number;
  ignoredColumns: string[];
  /** Rows skipped as the template's example row (deltagar_id EXEMPEL), listed so none goes unseen. */
  exampleRows: number[];
}

const MAX_LISTED_ERRORS = 1000;
// Rows per statement (one array parameter per column, so no limit on parameters applies).
const BATCH = 2000;
const YIELD_EVERY = 100;
// Written rows after which the tables are vacuumed and analysed (tidyAfterImport).
const TIDY_AFTER_ROWS = 1000;
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

interface Resolved {
  row: number;
  associationId: string;
  interventionKey: string;
  input: ParticipationInput;
}

/** Per import: lookups of förbund, insatser and kommuner, made once. */
class Context {
  associationsByKey = new Map<string, { id: string; name: string } | null>();
  interventionsByKey = new Map<
    string,
    {
      id: string | null;
      isNew: boolean;
      name: string;
      associationId: string;
      associationName: string;
      rows: number;
      earliest: string;
    }
  >();
  municipalityByKey = new Map<string, string>();
  // Built once: a zod schema is costly to construct, and 'today' must not change mid-file.
  readonly schema = participationSchema({ today: todayIso() });
  constructor(
    // The import's own transaction: lookups and writes share it (PGlite has one connection).
    readonly db: Tx,
    readonly actor: Actor,
    readonly options: ImportOptions,
  ) {}

  async load() {
    for (const m of await this.db.select().from(municipalities)) {
      this.municipalityByKey.set(m.code, m.code);
      this.municipalityByKey.set(m.name.toLowerCase(), m.code);
    }
  }

  async association(key: string) {
    const k = key.trim().toLowerCase();
    if (!this.associationsByKey.has(k)) {
      const [row] = await this.db
        .select({ id: associations.id, name: associations.name })
        .from(associations)
        .where(or(sql`lower(${associations.name}) = ${k}`, sql`${associations.id}::text = ${k}`));
      this.associationsByKey.set(k, row ?? null);
    }
    return this.associationsByKey.get(k)!;
  }

  async intervention(association: { id: string; name: string }, key: string) {
    const k = `${association.id}|${key.trim().toLowerCase()}`;
    if (!this.interventionsByKey.has(k)) {
      const [row] = await this.db
        .select({ id: interventions.id, name: interventions.name, kind: interventions.kind })
        .from(interventions)
        .where(
          and(
            eq(interventions.associationId, association.id),
            or(
              sql`lower(${interventions.name}) = ${key.trim().toLowerCase()}`,
              sql`${interventions.id}::text = ${key.trim().toLowerCase()}`,
            ),
          ),
        );
      if (row?.kind === 'structural')
        return { error: `Insatsen ${row.name} är strukturövergripande och har inga deltagare.` };
      this.interventionsByKey.set(k, {
        id: row?.id ?? null,
        isNew: !row,
        name: row?.name ?? key.trim(),
        associationId: association.id,
        associationName: association.name,
        rows: 0,
        earliest: '9999-12-31',
      });
    }
    return { key: k, entry: this.interventionsByKey.get(k)! };
  }
}

/** Reads one row into a participation input; every problem is recorded against its column. */
async function readRow(
  ctx: Context,
  row: number,
  get: (c: ImportColumn) => string,
  issues: ImportIssue[],
  present: (c: ImportColumn) => boolean,
): Promise<Resolved | null> {
  const r = new RowReader(row, get);
  const associationKey = r.text('forbund') ?? ctx.options.association ?? null;
  const interventionName = r.text('insats');
  const start = r.date('startdatum');
  const raw = {
    consent: r.consent('samtycke'),
    consentDate: r.date('samtycke_datum'),
    personReference: r.text('deltagar_id'),
    personnummer: r.text('personnummer'),
    gender: r.gender('kon'),
    birthYear: r.integer('fodelsear'),
    startDate: start,
    exitDate: r.date('slutdatum'),
    exitReason: r.code('avslutsorsak', CODE_LISTS.exitReasons),
    education: r.code('utbildning', CODE_LISTS.education),
    publicSupportBefore: r.code('offentlig_forsorjning_fore', CODE_LISTS.publicSupport),
    supportBefore: r.codes('forsorjning_fore', CODE_LISTS.support),
    supportAfter: r.codes('forsorjning_efter', CODE_LISTS.support),
    occupationBefore: r.codes('sysselsattning_fore', CODE_LISTS.occupations),
    occupationAfter: r.codes('sysselsattning_efter', CODE_LISTS.occupations),
    workHoursBefore: r.number('arbete_timmar_fore'),
    workHoursAfter: r.number('arbete_timmar_efter'),
    studyHoursBefore: r.number('studier_timmar_fore'),
    studyHoursAfter: r.number('studier_timmar_efter'),
    obstacles: (r.text('arbetshinder') ?? '')
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean),
    ...readFollowUps(r, present),
    comment: r.text('kommentar'),
    municipalityCode: null as string | null,
  };
  const kommun = r.text('kommun');
  if (kommun) {
    const code = ctx.municipalityByKey.get(kommun.toLowerCase().replace(/ kommun$/, ''));
    if (code) raw.municipalityCode = code;
    else
      r.issues.push({
        row,
        column: 'kommun',
        value: kommun,
        message: 'Okänd kommun. Ange SCB-kod (4 siffror) eller kommunens namn.',
      });
  }
  if (!associationKey)
    r.issues.push({
      row,
      column: 'forbund',
      value: '',
      message: 'Ange förbund i kolumnen forbund eller för hela filen.',
    });
  if (!interventionName) r.issues.push({ row, column: 'insats', value: '', message: 'Ange insats.' });
  if (!start && start !== undefined)
    r.issues.push({ row, column: 'startdatum', value: '', message: 'Ange startdatum.' });

  let resolved: { associationId: string; key: string; interventionId: string } | null = null;
  if (associationKey && interventionName) {
    const association = await ctx.association(associationKey);
    if (
      !association ||
      (!ctx.actor.roles.some((role) => role.associationId === association.id) && !ctx.actor.operator)
    ) {
      r.issues.push({
        row,
        column: 'forbund',
        value: associationKey,
        message: 'Förbundet finns inte eller så saknar du behörighet i det.',
      });
    } else {
      const found = await ctx.intervention(association, interventionName);
      if ('error' in found) {
        r.issues.push({ row, column: 'insats', value: interventionName, message: found.error! });
      } else if (
        !found.entry.id &&
        ctx.options.createInterventions &&
        !ctx.actor.operator &&
        !can(ctx.actor.roles, 'intervention.create', association.id)
      ) {
        r.issues.push({
          row,
          column: 'insats',
          value: interventionName,
          message: 'Insatsen finns inte, och bara förbundsadministratören kan skapa insatser.',
        });
      } else if (!found.entry.id && !ctx.options.createInterventions) {
        const mayCreate = ctx.actor.operator || can(ctx.actor.roles, 'intervention.create', association.id);
        r.issues.push({
          row,
          column: 'insats',
          value: interventionName,
          message: mayCreate
            ? `Insatsen finns inte i ${association.name}. Skapa den först, eller välj att skapa saknade insatser.`
            : `Insatsen finns inte i ${association.name}. Kontrollera namnet, eller be förbundsadministratören skapa den.`,
        });
      } else if (
        found.entry.id &&
        !ctx.actor.operator &&
        !canInIntervention(ctx.actor.roles, 'participant.write', association.id, found.entry.id)
      ) {
        r.issues.push({
          row,
          column: 'insats',
          value: interventionName,
          message: 'Du har inte behörighet att registrera deltagare i insatsen.',
        });
      } else {
        resolved = { associationId: association.id, key: found.key, interventionId: found.entry.id ?? PLACEHOLDER_ID };
      }
    }
  }
  // The shared rules run even when a cell could not be read or the insats not be found, so that
  // every error of the row is listed in one run (issue 12 §4); a rule about a column that already
  // has an error would only repeat it.
  const parsed = ctx.schema.safeParse({ ...raw, interventionId: resolved?.interventionId ?? PLACEHOLDER_ID });
  const flagged = new Set(r.issues.map((i) => i.column));
  issues.push(...r.issues);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = FIELD_TO_COLUMN[field] ?? field;
      if (flagged.has(column)) continue;
      flagged.add(column);
      issues.push({ row, column, value: get(column as ImportColumn) ?? '', message: issue.message });
    }
  }
  if (r.issues.length > 0 || !resolved || !parsed.success) return null;
  const entry = ctx.interventionsByKey.get(resolved.key)!;
  entry.rows += 1;
  if (parsed.data.startDate < entry.earliest) entry.earliest = parsed.data.startDate;
  return { row, associationId: resolved.associationId, interventionKey: resolved.key, input: parsed.data };
}

const FIELD_TO_COLUMN: Record<string, string> = {
  consent: 'samtycke',
  consentDate: 'samtycke_datum',
  personReference: 'deltagar_id',
  personnummer: 'personnummer',
  gender: 'kon',
  birthYear: 'fodelsear',
  startDate: 'startdatum',
  exitDate: 'slutdatum',
  exitReason: 'avslutsorsak',
  education: 'utbildning',
  publicSupportBefore: 'offentlig_forsorjning_fore',
  supportBefore: 'forsorjning_fore',
  supportAfter: 'forsorjning_efter',
  workHoursBefore: 'arbete_timmar_fore',
  workHoursAfter: 'arbete_timmar_efter',
  studyHoursBefore: 'studier_timmar_fore',
  studyHoursAfter: 'studier_timmar_efter',
  municipalityCode: 'kommun',
  ...FOLLOW_UP_FIELD_TO_COLUMN,
  comment: 'kommentar',
};

/** The identity of a row within the file, to refuse the same participation twice (§2). */
function identityOf(row: Resolved): string {
  const pnr = row.input.personnummer ? parsePersonnummer(row.input.personnummer)?.normalized : null;
  return `${row.interventionKey}|${pnr ?? `ref:${row.input.personReference ?? ''}`}|${row.input.startDate}`;
}

class Rollback extends Error {}

/**
 * Imports participations from a CSV or XLSX file (participant-data.md §2): all or nothing, and a
 * repeated import changes nothing. The file is read once: each row is validated and, while no row
 * has failed, written in the import's transaction; the first invalid row stops the writing, the
 * rest of the file is still validated so every error is reported, and the transaction is rolled
 * back. A dry run does the whole write and rolls it back, so its counts are exact.
 */
export async function importParticipants(
  db: Db,
  actor: Actor,
  table: Table,
  options: ImportOptions,
  hasher: PersonHasher,
): Promise<ImportResult> {
  if (!actor.operator && !actor.roles.some((r) => r.role === 'association_admin' || r.role === 'participant_officer'))
    throw forbidden();
  // The option is refused outright, not only row by row, for a user who may create insatser nowhere.
  if (options.createInterventions && !actor.operator && !can(actor.roles, 'intervention.create'))
    throw new AppError(
      403,
      'forbidden',
      'Bara förbundsadministratören kan skapa insatser. Importera utan att skapa insatser, eller be administratören skapa dem först.',
    );
  const { index, unknown } = mapHeaders(table.headers);
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (!index.has('forbund') && !options.association) missing.unshift('forbund');
  if (!index.has('deltagar_id') && !index.has('personnummer')) missing.push('deltagar_id');
  if (!index.has('samtycke')) missing.push('samtycke');
  if (missing.length > 0) {
    throw new AppError(
      400,
      'validation_failed',
      `Kolumner saknas: ${missing.join(', ')}.`,
      missing.map((c) => ({ field: c, message: 'Kolumnen saknas i rubrikraden.' })),
    );
  }

  const result: ImportResult = {
    dryRun: options.dryRun,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    interventions: [],
    errors: [],
    errorCount: 0,
    ignoredColumns: unknown,
    exampleRows: [],
  };
  let ctx: Context | undefined;
  try {
    await db.transaction(async (tx) => {
      ctx = new Context(tx, actor, options);
      await ctx.load();
      await readAndWrite(tx, ctx, table, index, hasher, result);
      if (result.errorCount > 0 || result.rows === 0) throw new Rollback();
      result.unchanged = result.rows - result.created - result.updated;
      await finishCreatedInterventions(tx, ctx);
      if (options.dryRun) throw new Rollback();
      await auditImport(tx, actor, ctx, options, result);
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  // A dry run reads the file's personal data too, so it is audited; its entry must outlive the
  // rollback of its writes, so it is written after it.
  if (options.dryRun && ctx && result.errorCount === 0 && result.rows > 0)
    await db.transaction((tx) => auditImport(tx, actor, ctx!, options, result));
  if (result.errorCount > 0) Object.assign(result, { created: 0, updated: 0, unchanged: 0 });
  else if (!options.dryRun && result.created + result.updated >= TIDY_AFTER_ROWS) await tidyAfterImport(db);
  result.interventions = [...(ctx?.interventionsByKey.values() ?? [])]
    .filter((i) => i.rows > 0)
    .map((i) => ({ association: i.associationName, name: i.name, isNew: i.isNew, rows: i.rows }));
  return result;
}

/** One audit entry per förbund the import wrote to (or, for a dry run, would have written to). */
async function auditImport(tx: Tx, actor: Actor, ctx: Context, options: ImportOptions, result: ImportResult) {
  for (const associationId of new Set([...ctx.interventionsByKey.values()].map((i) => i.associationId))) {
    await writeAudit(tx, actor, {
      action: options.dryRun ? 'import.dry_run' : 'import.participants',
      entityType: 'import',
      associationId,
      details: {
        file: options.fileName,
        rows: result.rows,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      },
    });
  }
}

/**
 * One pass over the file: validates every row, and writes valid rows in batches until the first
 * error. While the database writes one batch, the next is read and validated: one write in flight.
 */
async function readAndWrite(
  tx: Tx,
  ctx: Context,
  table: Table,
  index: Map<ImportColumn, number>,
  hasher: PersonHasher,
  result: ImportResult,
) {
  // Every error is counted; the first MAX_LISTED_ERRORS are listed (a garbage file can have millions).
  let read = 0;
  const report = (rowIssues: ImportIssue[]) => {
    result.errorCount += rowIssues.length;
    result.errors.push(...rowIssues.slice(0, MAX_LISTED_ERRORS - result.errors.length));
  };
  let writing: Promise<void> = Promise.resolve();
  const write = async (rowsToWrite: Resolved[]) => {
    await writing;
    writing = writeBatch(tx, rowsToWrite, hasher, result, report);
    // Keeps a failed write from being an unhandled rejection until it is awaited.
    writing.catch(() => {});
  };
  const seen = new RowIdentities();
  let batch: Resolved[] = [];
  for await (const { row, cells, problem } of table.rows()) {
    // Lets the database's answers in between rows: the parser hands over a whole chunk of rows
    // without returning to the event loop, and the batch being written would wait for it.
    if (++read % YIELD_EVERY === 0) await new Promise(setImmediate);
    const get = (column: ImportColumn) => (index.has(column) ? (cells[index.get(column)!] ?? '') : '');
    const present = (column: ImportColumn) => index.has(column);
    if (!problem && isTemplateExample(get)) {
      if (result.exampleRows.length < MAX_LISTED_ERRORS) result.exampleRows.push(row);
      continue;
    }
    result.rows += 1;
    if (problem) {
      report([problem]);
      continue;
    }
    const rowIssues: ImportIssue[] = [];
    const resolved = await readRow(ctx, row, get, rowIssues, present);
    if (resolved) {
      const earlier = seen.add(identityOf(resolved), row);
      if (earlier !== undefined) {
        const message = `Samma deltagare, insats och startdatum finns redan på rad ${earlier}.`;
        rowIssues.push({ row, column: 'startdatum', value: resolved.input.startDate, message });
      }
    }
    report(rowIssues);
    if (!resolved || rowIssues.length > 0) continue;
    // After the first error nothing more is written (the transaction will be rolled back), but
    // the rows still go through the persons' check in batches (writeBatch).
    if (result.errorCount === 0) {
      const intervention = ctx.interventionsByKey.get(resolved.interventionKey)!;
      if (!intervention.id) intervention.id = await createIntervention(tx, ctx, intervention, resolved.input.startDate);
      resolved.input.interventionId = intervention.id;
    }
    batch.push(resolved);
    if (batch.length === BATCH) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length) await write(batch);
  await writing;
  // Errors found by the persons' check arrive a batch late; the list reads in the file's order.
  result.errors.sort((a, b) => a.row - b.row);
}

/**
 * After a large import: marks the new rows visible to all (the visibility map), so the outcome
 * report can read them from its covering index alone, and refreshes the planner's statistics,
 * which describe the tables as they were before the import. PostgreSQL's autovacuum would do this
 * later; the embedded database has no autovacuum, so without this it would never happen there.
 */
async function tidyAfterImport(db: Db) {
  await db.execute(sql`vacuum (analyze) participations, persons`);
}

/** Creates an insats named in the file that did not exist, dated by its first row (corrected at the end). */
async function createIntervention(
  tx: Tx,
  ctx: Context,
  entry: { associationId: string; name: string },
  startDate: string,
): Promise<string> {
  const [row] = await tx
    .insert(interventions)
    .values({ associationId: entry.associationId, name: entry.name, kind: 'individual', startDate, status: 'active' })
    .returning({ id: interventions.id });
  await writeAudit(tx, ctx.actor, {
    action: 'intervention.create',
    entityType: 'intervention',
    entityId: row!.id,
    associationId: entry.associationId,
    details: { name: entry.name, createdByImport: ctx.options.fileName },
  });
  return row!.id;
}

/** An insats created by the import starts with its earliest participation in the file. */
async function finishCreatedInterventions(tx: Tx, ctx: Context) {
  for (const entry of ctx.interventionsByKey.values()) {
    if (!entry.isNew || !entry.id) continue;
    await tx.update(interventions).set({ startDate: entry.earliest }).where(eq(interventions.id, entry.id));
  }
}

// Columns an import may change; a row whose values are all equal is left untouched, so a
// repeated import changes nothing (not even the version).
const UPDATABLE = [
  'consent',
  'consentDate',
  'gender',
  'birthYear',
  'birthDate',
  'municipalityCode',
  'exitDate',
  'exitReason',
  'education',
  'publicSupportBefore',
  'supportBefore',
  'supportAfter',
  'occupationBefore',
  'occupationAfter',
  'workHoursBefore',
  'studyHoursBefore',
  'workHoursAfter',
  'studyHoursAfter',
  'obstacles',
  'followUp6m',
  'followUp6mDate',
  'followUp6mReached',
  'followUp6mOccupation',
  'followUp6mWorkHours',
  'followUp6mStudyHours',
  'followUp12m',
  'followUp12mDate',
  'followUp12mReached',
  'followUp12mOccupation',
  'followUp12mWorkHours',
  'followUp12mStudyHours',
  'comment',
] as const;
/**
 * Resolves the persons of a batch and writes its participations. Once the file has an error
 * nothing is written, but the persons are still resolved, so that a row whose pseudonym and
 * personnummer belong to two persons is listed with the rest.
 */
async function writeBatch(
  tx: Tx,
  batch: Resolved[],
  hasher: PersonHasher,
  result: ImportResult,
  report: (issues: ImportIssue[]) => void,
) {
  const identities = batch.map(({ row, associationId, input }): RowIdentity | null => {
    if (!input.consent) return null;
    const pnr = input.personnummer ? parsePersonnummer(input.personnummer) : null;
    return {
      row,
      associationId,
      reference: input.personReference || null,
      personnummerHash: pnr ? hasher.personnummer(associationId, pnr.normalized) : null,
    };
  });
  const { ids: personIds, issues } = await resolvePersons(tx, identities, result.errorCount === 0);
  report(issues);
  if (result.errorCount > 0) return;
  const values = batch.map(({ associationId, input }, i) => {
    const pnr = input.personnummer ? parsePersonnummer(input.personnummer) : null;
    const reference = input.personReference || null;
    return participationRow(associationId, input, {
      personId: input.consent ? personIds[i]! : null,
      anonymousKey: input.consent
        ? null
        : hasher.anonymous(associationId, input.interventionId, pnr?.normalized ?? reference ?? '', input.startDate),
      pnr,
    });
  });
  const identified = values.filter((v) => v.personId !== null);
  const anonymous = values.filter((v) => v.personId === null);
  const upsert = async (rows: typeof values, target: 'person' | 'anonymous') => {
    if (rows.length === 0) return;
    const written = await tx.execute(
      bulkUpsert({
        table: participations,
        rows,
        conflict:
          target === 'person'
            ? [participations.interventionId, participations.personId, participations.startDate]
            : [participations.interventionId, participations.anonymousKey],
        conflictWhere: target === 'person' ? sql`person_id is not null` : sql`anonymous_key is not null`,
        // Follow-up columns only when the file has them (participation-row.ts): the rows of one file agree.
        update: UPDATABLE.filter((column) => column in rows[0]!),
        alsoSet: sql`version = participations.version + 1, updated_at = now()`,
      }),
    );
    for (const w of (written as unknown as { rows: { inserted: boolean }[] }).rows) {
      if (w.inserted) result.created += 1;
      else result.updated += 1;
    }
  };
  await upsert(identified, 'person');
  await upsert(anonymous, 'anonymous');
}
