import {
  ACTIVITY_KIND_LABELS_SV,
  ACTIVITY_KINDS,
  findIdentityNumber,
  isoDateSchema,
  type ActivityKind,
  type AttendanceInput,
} from '@insikt/core';
import type { Db } from '../../db/open-db';
import type { Actor } from '../../platform/actor';
import { writeAudit } from '../../platform/audit';
import { hasControlCharacters } from '../../platform/control-characters';
import { normaliseHeader } from '../import/columns';
import type { ImportIssue } from '../import/parse-row';
import { shownValue } from '../import/parse-row';
import type { Table } from '../import/read-table';
import { structuralInsats } from './activity-access';
import { organisationsOf } from './list-activities';
import { activitiesOf, insertActivities } from './structural.repository';

/** The import's columns (docs/guide/strukturovergripande.md): one row per activity and organisation. */
export const ACTIVITY_COLUMNS = [
  'datum',
  'slag',
  'amne',
  'timmar',
  'organisation',
  'kvinnor',
  'man',
  'uppgift_saknas',
  'anteckning',
] as const;
type Column = (typeof ACTIVITY_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['datum', 'slag', 'amne', 'timmar', 'organisation'];
const MAX_LISTED_ERRORS = 1000;
const MAX_ROWS = 20_000;

/** An activity's identity within an insats: the same date, kind and topic is the same activity (decision 0057). */
const identityOf = (a: { date: string; kind: string; topic: string }) =>
  `${a.date}|${a.kind}|${a.topic.trim().toLowerCase()}`;

interface Draft {
  row: number;
  date: string;
  kind: ActivityKind;
  topic: string;
  hours: number;
  note: string;
  attendance: AttendanceInput[];
}

// A kind by its code or its Swedish name, any case: "styrgruppsmote" or "Styrgruppsmöte".
const KIND_BY_NAME = new Map<string, ActivityKind>(
  ACTIVITY_KINDS.flatMap((k) => [
    [normaliseHeader(k), k],
    [normaliseHeader(ACTIVITY_KIND_LABELS_SV[k]), k],
    [normaliseHeader(ACTIVITY_KIND_LABELS_SV[k].replace(/ \(.*\)$/, '')), k],
  ]),
);

/** Reads one row's cells; every problem is named with row, column and value, none thrown. */
function readRow(
  row: number,
  get: (c: Column) => string,
  organisationByName: Map<string, string>,
  issues: ImportIssue[],
): (Omit<Draft, 'attendance'> & { attendance: AttendanceInput }) | null {
  const before = issues.length;
  const fail = (column: Column, value: string, message: string) =>
    issues.push({ row, column, value: shownValue(value), message });
  const text = (column: Column, max: number) => {
    const value = get(column).trim();
    if (hasControlCharacters(value)) fail(column, value, 'Cellen innehåller ett otillåtet styrtecken.');
    else if (findIdentityNumber(value))
      fail(column, value, 'Cellen innehåller ett personnummer. Aktiviteter förs utan personuppgifter.');
    else if (value.length > max) fail(column, value, `Högst ${max} tecken.`);
    return value;
  };
  const date = get('datum').trim();
  // The form's own rule: a real calendar date within DATE_RANGE (2023-02-31 or year 0 failed in the database).
  const dateCheck = isoDateSchema('Datum skrivs ÅÅÅÅ-MM-DD.').safeParse(date);
  if (!dateCheck.success) fail('datum', date, dateCheck.error.issues[0]!.message);
  const kindText = get('slag').trim();
  const kind = KIND_BY_NAME.get(normaliseHeader(kindText));
  if (!kind)
    fail(
      'slag',
      kindText,
      `Okänt slag av aktivitet "${kindText}". Skriv ett av: ${ACTIVITY_KINDS.map((k) => ACTIVITY_KIND_LABELS_SV[k]).join(', ')}.`,
    );
  const topic = text('amne', 200);
  if (topic === '') fail('amne', topic, 'Ämnet saknas.');
  const hoursText = get('timmar').trim();
  const hours = Number(hoursText.replace(',', '.'));
  if (hoursText === '' || !Number.isFinite(hours) || hours <= 0 || hours > 24 || !Number.isInteger(hours * 4))
    fail('timmar', hoursText, 'Timmar skrivs som ett tal i kvartar, mer än 0 och högst 24, t.ex. 1,5.');
  const orgText = get('organisation').trim();
  const organisationId = organisationByName.get(orgText.toLowerCase());
  if (!organisationId)
    fail(
      'organisation',
      orgText,
      `Organisationen "${orgText}" är inte medlem i förbundet. Skriv en medlem eller Övriga: ${[...organisationByName.keys()].join(', ')}.`,
    );
  const count = (column: Column) => {
    const value = get(column).trim();
    const n = value === '' ? 0 : Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 10_000) fail(column, value, 'Antal skrivs som ett heltal 0–10 000.');
    return n;
  };
  const [women, men, unknown] = [count('kvinnor'), count('man'), count('uppgift_saknas')];
  const note = text('anteckning', 2000);
  if (issues.length > before) return null;
  return {
    row,
    date,
    kind: kind!,
    topic,
    hours,
    note,
    attendance: { organisationId: organisationId!, women, men, unknown },
  };
}

/**
 * Imports the activities of one structural insats from CSV or Excel (issue 17 §1; decisions 0014,
 * 0057): all or nothing, every error with row, column and value. Rows with the same date, kind and
 * topic are one activity; an activity the insats already has is skipped and listed, so importing the
 * same file twice adds nothing.
 */
export async function importActivities(
  db: Db,
  actor: Actor,
  associationId: string,
  interventionId: string,
  table: Table,
  fileName: string,
) {
  await structuralInsats(db, actor, 'structural.write', associationId, interventionId);
  const organisations = await organisationsOf(db, associationId);
  const organisationByName = new Map(organisations.map((o) => [o.name.toLowerCase(), o.id]));
  const index = new Map<Column, number>();
  const ignoredColumns: string[] = [];
  table.headers.forEach((h, i) => {
    const name = normaliseHeader(h) as Column;
    if ((ACTIVITY_COLUMNS as readonly string[]).includes(name) && !index.has(name)) index.set(name, i);
    else if (h.trim() !== '') ignoredColumns.push(h);
  });
  const issues: ImportIssue[] = REQUIRED.filter((c) => !index.has(c)).map((c) => ({
    row: 1,
    column: c,
    value: '',
    message: `Kolumnen ${c} saknas i rubrikraden.`,
  }));
  const drafts = new Map<string, Draft>();
  let rows = 0;
  if (issues.length === 0)
    for await (const record of table.rows()) {
      rows += 1;
      if (record.problem) issues.push(record.problem);
      if (rows > MAX_ROWS) {
        issues.push({ row: record.row, column: '', value: '', message: `Högst ${MAX_ROWS} rader per fil.` });
        break;
      }
      if (record.problem) continue;
      const read = readRow(record.row, (c) => record.cells[index.get(c) ?? -1] ?? '', organisationByName, issues);
      if (!read) continue;
      const key = identityOf(read);
      const draft = drafts.get(key) ?? { ...read, attendance: [] };
      drafts.set(key, draft);
      if (draft.hours !== read.hours)
        issues.push({
          row: record.row,
          column: 'timmar',
          value: String(read.hours).replace('.', ','),
          message: `Samma aktivitet har ${String(draft.hours).replace('.', ',')} timmar på rad ${draft.row}.`,
        });
      else if (draft.attendance.some((o) => o.organisationId === read.attendance.organisationId))
        issues.push({
          row: record.row,
          column: 'organisation',
          value: shownValue(record.cells[index.get('organisation')!] ?? ''),
          message: `Organisationen finns redan för samma aktivitet (datum, slag och ämne) på en tidigare rad.`,
        });
      else if (read.attendance.women + read.attendance.men + read.attendance.unknown > 0)
        draft.attendance.push(read.attendance);
      if (read.note && !draft.note) draft.note = read.note;
    }
  const existing = new Set((await activitiesOf(db, associationId, interventionId)).map(identityOf));
  const fresh = [...drafts.values()].filter((d) => !existing.has(identityOf(d)));
  const skipped = [...drafts.values()]
    .filter((d) => existing.has(identityOf(d)))
    .map((d) => ({ date: d.date, kind: d.kind, topic: d.topic }));
  const result = {
    rows,
    created: 0,
    skipped,
    errors: issues.slice(0, MAX_LISTED_ERRORS).sort((a, b) => a.row - b.row),
    errorCount: issues.length,
    ignoredColumns,
  };
  if (issues.length > 0 || fresh.length === 0) return result;
  await db.transaction(async (tx) => {
    await insertActivities(
      tx,
      fresh.map((d) => ({
        associationId,
        interventionId,
        date: d.date,
        kind: d.kind,
        topic: d.topic,
        hours: d.hours,
        note: d.note,
        attendance: d.attendance,
      })),
    );
    await writeAudit(tx, actor, {
      action: 'structural.import',
      entityType: 'structural_import',
      associationId,
      details: { interventionId, fileName, rows, created: fresh.length, skipped: skipped.length },
    });
  });
  return { ...result, created: fresh.length };
}
