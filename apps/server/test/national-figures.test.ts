import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { NATIONAL_FILE_COLUMNS, type ExitReason } from '@insikt/core';
import { auditLog, interventions, members, participations, persons } from '../src/db/schema';
import { insertActivities } from '../src/modules/structural/structural.repository';
import type { NationalFiguresView } from '../src/modules/national-figures/national-figures-report';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

let ctx: TestContext;
let associationId: string;
let admin: Session;
let reader: Session;
let otherAdmin: Session;
const org = { fk: '', kommun: '' };

const url = (query: string) => `/api/v1/associations/${associationId}/national-figures?year=2025${query}`;
const counts = (women: number, men: number, total = women + men) => ({ women, men, unknown: 0, total });

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  const otherId = (await seedAssociation(ctx)).id;
  const db = ctx.database.db;
  const memberRows = await db.select().from(members).where(eq(members.associationId, associationId));
  org.fk = memberRows.find((m) => m.kind === 'fk')!.id;
  org.kommun = memberRows.find((m) => m.kind === 'municipality')!.id;
  const insats = (name: string, kind: 'individual' | 'structural', status = 'active' as const) => ({
    associationId,
    name,
    kind,
    status,
    startDate: '2024-01-01',
  });
  const rows = await db
    .insert(interventions)
    .values([
      insats('Jobbstudion', 'individual'),
      insats('Steget', 'individual'),
      insats('Samordnare', 'structural'),
      { ...insats('Planerad', 'individual'), status: 'planned' },
    ])
    .returning();
  const [jobbstudion, steget, samordnare] = rows.map((r) => r.id) as [string, string, string];
  const people = await db
    .insert(persons)
    .values(['anna', 'bo', 'cia', 'dan', 'eva'].map((reference) => ({ associationId, reference })))
    .returning();
  const person = (ref: string) => people.find((p) => p.reference === ref)!.id;
  const participation = (
    interventionId: string,
    who: string | null,
    gender: 'kvinna' | 'man',
    startDate: string,
    exitDate: string | null,
    exitReason: ExitReason | null = exitDate ? 'arbete' : null,
  ) => ({
    associationId,
    interventionId,
    personId: who ? person(who) : null,
    anonymousKey: who ? null : `anonym-${startDate}`,
    consent: who !== null,
    gender,
    birthYear: 1990,
    startDate,
    exitDate,
    exitReason,
  });
  // Hand-computed for 2025, boundaries on the year's first and last day.
  await db.insert(participations).values([
    participation(jobbstudion, 'anna', 'kvinna', '2024-06-01', '2025-01-01'), // participant, exited
    participation(jobbstudion, 'bo', 'man', '2025-01-01', null), // started, ongoing
    participation(jobbstudion, 'cia', 'kvinna', '2025-03-01', '2025-12-31'), // started, exited
    participation(jobbstudion, 'cia', 'kvinna', '2025-12-31', null), // the same person: started, ongoing
    participation(jobbstudion, 'dan', 'man', '2024-01-01', '2024-12-31'), // the year before: outside
    participation(jobbstudion, null, 'man', '2024-05-01', '2026-02-01'), // anonymous, ongoing
    participation(jobbstudion, 'eva', 'kvinna', '2025-02-01', '2025-02-02', 'felregistrering'), // excluded
    participation(steget, 'cia', 'kvinna', '2025-05-01', null), // cia again, in another insats
  ]);
  const activity = (
    date: string,
    attendance: { organisationId: string; women: number; men: number; unknown: number }[],
  ) => ({
    associationId,
    interventionId: samordnare,
    date,
    kind: 'samverkansmote' as const,
    topic: 'Arbetsgruppen',
    hours: 2,
    attendance,
  });
  const att = (organisationId: string, women: number, men: number, unknown: number) => ({
    organisationId,
    women,
    men,
    unknown,
  });
  await insertActivities(db, [
    activity('2024-12-31', [att(org.fk, 5, 5, 5)]),
    activity('2025-01-01', [att(org.fk, 3, 1, 0), att(org.kommun, 2, 2, 1)]),
    activity('2025-12-31', [att(org.fk, 1, 0, 0), att('ovriga', 0, 0, 2)]),
    activity('2026-01-01', [att(org.kommun, 9, 9, 9)]),
  ]);
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', associationId)).email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', otherId)).email);
});
afterAll(() => ctx.close());

describe('the yearly national figures (issue 17 §5)', () => {
  it('gives the förbundsadministratör the exact hand-computed counts per insats, audited', async () => {
    const response = await call(ctx, admin, 'GET', url(''));
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<NationalFiguresView>();
    expect(view.protection).toBeNull();
    expect(view.individual.map((i) => i.name)).toEqual(['Jobbstudion', 'Steget']);
    expect(view.individual[0]!.figures).toEqual({
      started: counts(2, 1),
      ongoingAtYearEnd: counts(1, 2),
      exited: counts(2, 0),
      participants: counts(3, 2),
      uniquePersons: counts(2, 2),
    });
    expect(view.individual[1]!.figures.uniquePersons).toEqual(counts(1, 0));
    const [samordnare] = view.structural;
    expect(samordnare!.activities).toBe(2);
    expect(samordnare!.participants).toEqual({ women: 6, men: 3, unknown: 3, total: 12 });
    expect(samordnare!.byOrganisation.map((o) => [o.organisationId, o.activities, o.participants])).toEqual(
      expect.arrayContaining([
        [org.fk, 2, { women: 4, men: 1, unknown: 0, total: 5 }],
        [org.kommun, 1, { women: 2, men: 2, unknown: 1, total: 5 }],
      ]),
    );
    expect(samordnare!.byOrganisation.at(-1)).toMatchObject({ label: 'Övriga', participants: { unknown: 2 } });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report.national_figures'), eq(auditLog.associationId, associationId)));
    expect(audit.at(-1)!.details).toEqual({ year: 2025, protect: false, format: 'json' });
  });

  it('downloads the same counts as Excel in the fixed column order, and as CSV', async () => {
    const xlsx = await call(ctx, admin, 'GET', url('&format=xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('nationell-uppfoljning-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    const headers = NATIONAL_FILE_COLUMNS.map((c) => c.header(2025));
    expect(values(3)).toEqual(headers);
    const jobbstudion = [
      'Jobbstudion',
      'Individinriktad',
      undefined,
      2,
      1,
      0,
      3,
      1,
      2,
      0,
      3,
      2,
      0,
      0,
      2,
      3,
      2,
      0,
      5,
      2,
      2,
      0,
      4,
    ];
    expect(values(4)).toEqual(jobbstudion);
    // Samordnare: the whole insats, then its organisations; the individual columns empty.
    expect(values(6).slice(0, 4)).toEqual(['Samordnare', 'Strukturövergripande', 'Samtliga organisationer', undefined]);
    expect(values(6).slice(23)).toEqual([2, 6, 3, 3, 12]);
    expect(book.worksheets[1]!.getRow(4).getCell(1).value).toBe(headers[0]);

    const csv = await call(ctx, admin, 'GET', url('&format=csv'));
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${headers.join(';')}`);
    expect(lines[1]).toBe([...jobbstudion, '', '', '', '', ''].map((v) => v ?? '').join(';'));
  });

  it('protects the counts for läsare exactly as the published version, and refuses other förbund', async () => {
    const shown = (await call(ctx, reader, 'GET', url(''))).json<NationalFiguresView>();
    const published = (await call(ctx, admin, 'GET', url('&suppress=true'))).json<NationalFiguresView>();
    expect(shown.protection).toMatchObject({ method: 'cell_key', threshold: 5 });
    expect(JSON.stringify(shown)).toBe(JSON.stringify(published));
    // Every count of the fixture is 1–4: hidden, the zeros of a hidden column too; activities stay exact.
    expect(shown.individual[0]!.figures.exited).toEqual({ women: null, men: null, unknown: 0, total: null });
    expect(shown.structural[0]!.activities).toBe(2);
    expect(shown.structural[0]!.participants.total).toBeGreaterThanOrEqual(10);
    const csv = await call(ctx, reader, 'GET', url('&format=csv'));
    expect(csv.body.split('\r\n')[1]!.startsWith('Jobbstudion;Individinriktad;;<5;<5;0;<5;')).toBe(true);
    expect(csv.headers['content-disposition']).toContain('skyddad');
    expect((await call(ctx, otherAdmin, 'GET', url(''))).statusCode).toBe(404);
  });
});
