import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { todayIso } from '@insikt/core';
import { auditLog, emailOutbox, kommunYearInputs, members, stateMoneyYears } from '../src/db/schema';
import { noticeFinanceDeadlines } from '../src/modules/finance-calendar/finance-deadlines';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';
import { pdfText } from './pdf-text';

/** Member contributions and the finance calendar (issue 16 §3 and §7), both databases, through HTTP. */
let ctx: TestContext;
let a: string;
let other: string;
let admin: Session;
let reader: Session;
let optedOut: Session;
let otherAdmin: Session;
let kommuner: { id: string; name: string }[];

const api = (id: string, path: string) => `/api/v1/associations/${id}${path}`;
type Contributions = {
  key: { version: number | null };
  problems: string[];
  tables: {
    basis: string;
    stateAmount: number;
    regionTotal: number;
    kommunTotal: number;
    rows: { name: string; amount: number }[];
  }[];
};
type Calendar = {
  version: number | null;
  events: {
    id: string;
    key: string | null;
    title: string | null;
    month: number;
    day: number;
    enabled: boolean;
    reminderDays: number;
  }[];
};
const amounts = (t: Contributions['tables'][number]) => Object.fromEntries(t.rows.map((r) => [r.name, r.amount]));

beforeAll(async () => {
  ctx = await startTestApp();
  // Gislaved (0662) and Vaggeryd (0665) with Region Jönköpings län, as the organisation module creates them.
  a = (await seedAssociation(ctx)).id;
  other = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', a)).email);
  optedOut = await login(ctx, (await seedUser(ctx, 'association_admin', a)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', a)).email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
  kommuner = (
    await ctx.database.db
      .select()
      .from(members)
      .where(and(eq(members.associationId, a), eq(members.kind, 'municipality')))
  ).sort((x, y) => x.name.localeCompare(y.name, 'sv'));
  const db = ctx.database.db;
  // finacc's and finmodel's routes write these; inserted directly here (BRIEF-FIN-COMMON).
  await db.insert(stateMoneyYears).values({ associationId: a, year: 2027, requested: 1_000_001, granted: 900_000 });
  await db.insert(kommunYearInputs).values([
    { year: 2027, municipalityCode: '0662', inhabitants16to64: 18_000 },
    { year: 2027, municipalityCode: '0665', inhabitants16to64: 9_000 },
  ]);
});
afterAll(() => ctx.close());

describe('member contributions', () => {
  it('by inhabitants 16–64: the region and the kommuner each half the requested and the granted amount', async () => {
    const c = (await call(ctx, reader, 'GET', api(a, '/contributions/2027'))).json<Contributions>();
    expect(c.problems).toEqual([]);
    const [requested, granted] = c.tables;
    // 1 000 001 kr: the odd krona to the region (500 001); 500 000 × 18/27 = 333 333,33 and × 9/27 = 166 666,67.
    expect(requested).toMatchObject({
      basis: 'requested',
      stateAmount: 1_000_001,
      regionTotal: 500_001,
      kommunTotal: 500_000,
    });
    expect(amounts(requested!)).toEqual({
      'Region Jönköpings län': 500_001,
      'Gislaveds kommun': 333_333,
      'Vaggeryds kommun': 166_667,
    });
    // Granted 900 000 kr: 450 000 to the region, 300 000 and 150 000 to the kommuner.
    expect(granted!.basis).toBe('granted');
    expect(amounts(granted!)).toEqual({
      'Region Jönköpings län': 450_000,
      'Gislaveds kommun': 300_000,
      'Vaggeryds kommun': 150_000,
    });
  });

  it('says which inputs are missing and who imports them, and that the requested amount is not entered', async () => {
    const c = (await call(ctx, admin, 'GET', api(a, '/contributions/2026'))).json<Contributions>();
    expect(c.tables).toEqual([]);
    expect(c.problems).toEqual([
      'Invånare 16–64 år för 2026 saknas för Gislaveds kommun, Vaggeryds kommun. Systemadministratören läser in dem under Statens fördelning (modellåret, Importera indata per kommun); till dess kan förbundet välja en överenskommen nyckel.',
      'Förbundets ansökta statliga belopp för 2026 finns inte i Insikt: skriv in det under Ekonomi – Statliga medel.',
    ]);
    expect((await call(ctx, admin, 'GET', api(a, '/contributions/2026?format=pdf'))).statusCode).toBe(400);
  });

  it('an agreed key must sum to 100 %: the error names each kommun and its value; saved, audited, and 409 when stale', async () => {
    const key = (g: number, v: number, version: number | null) => ({
      kind: 'agreed',
      kommunPercents: [
        { memberId: kommuner[0]!.id, percent: g },
        { memberId: kommuner[1]!.id, percent: v },
      ],
      regionPercents: [],
      version,
    });
    // Two shares for one kommun sum to 100 % but the table keeps one of them: refused, naming both (0060).
    const repeated = key(60, 40, null);
    repeated.kommunPercents[1] = { memberId: kommuner[0]!.id, percent: 40 };
    repeated.kommunPercents.push({ memberId: kommuner[1]!.id, percent: 0 });
    const twice = await call(ctx, admin, 'PUT', api(a, '/contributions/2027/key'), repeated);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toBe('Gislaveds kommun har två andelar: 60 % och 40 %.');
    const bad = await call(ctx, admin, 'PUT', api(a, '/contributions/2027/key'), key(60, 35.5, null));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe(
      'Kommunernas andelar ska bli 100 %, men blir 95,5 % (Gislaveds kommun 60 %, Vaggeryds kommun 35,5 %).',
    );
    expect(bad.json().error.issues.map((i: { value: number }) => i.value)).toEqual([60, 35.5]);

    const saved = await call(ctx, admin, 'PUT', api(a, '/contributions/2027/key'), key(60, 40, null));
    expect(saved.statusCode).toBe(200);
    const c = saved.json<Contributions>();
    expect(c.key.version).toBe(1);
    // 500 000 × 60 % and 40 %.
    expect(amounts(c.tables[0]!)).toMatchObject({ 'Gislaveds kommun': 300_000, 'Vaggeryds kommun': 200_000 });

    expect((await call(ctx, admin, 'PUT', api(a, '/contributions/2027/key'), key(50, 50, null))).statusCode).toBe(409);
    expect((await call(ctx, reader, 'PUT', api(a, '/contributions/2027/key'), key(50, 50, 1))).statusCode).toBe(403);
    expect((await call(ctx, otherAdmin, 'PUT', api(a, '/contributions/2027/key'), key(50, 50, 1))).statusCode).toBe(
      404,
    );
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.associationId, a), eq(auditLog.action, 'contributions.key')));
    expect(entry!.details).toMatchObject({ year: 2027, before: null, after: { kind: 'agreed' } });
  });

  it('the letter to the members as PDF reads back with the förbund, the year, the amounts and the key; Excel too', async () => {
    const pdf = await call(ctx, reader, 'GET', api(a, '/contributions/2027?format=pdf'));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).pages.join(' ');
    for (const expected of [
      'Medlemsbidrag 2027',
      'har ansökt om 1 000 001 kr i statliga medel för 2027',
      'Region Jönköpings län',
      '500 001 kr',
      'Gislaveds kommun 60 % enligt överenskommelse 60 % 300 000 kr',
      'Vaggeryds kommun 40 % enligt överenskommelse 40 % 200 000 kr',
      'Kommunernas fjärdedel fördelas efter de andelar som kommunerna har kommit överens om.',
      `Datum: ${todayIso()}`,
      'Förbundschef',
    ])
      expect(text).toContain(expected);

    const xlsx = await call(ctx, reader, 'GET', api(a, '/contributions/2027?format=xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ansökt belopp', 'Beviljat belopp']);
    const values = book.worksheets[1]!.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'number');
    expect(values).toEqual(expect.arrayContaining([450_000, 270_000, 180_000, 900_000]));
  });
});

const calendar = async (s: Session, id = a) =>
  (await call(ctx, s, 'GET', api(id, '/finance-calendar'))).json<Calendar>();
const withChange = (c: Calendar, key: string, patch: Partial<Calendar['events'][number]>) => ({
  events: c.events.map((e) => (e.key === key ? { ...e, ...patch } : e)),
  version: c.version,
});

describe('the finance calendar', () => {
  it('gives the defaults until the förbund saves its own; edits, own events, turning off; audited; 409 when stale', async () => {
    const first = await calendar(reader);
    expect(first.version).toBeNull();
    expect(first.events.find((e) => e.key === 'budgetSet')).toMatchObject({ month: 11, day: 30, enabled: true });
    const body = withChange(first, 'interimReport2', { month: 9, day: 30 });
    body.events.push({
      id: 'ny',
      key: null,
      title: 'Extra styrelsemöte om budgeten',
      month: 10,
      day: 15,
      enabled: true,
      reminderDays: 7,
    });
    const saved = await call(ctx, admin, 'PUT', api(a, '/finance-calendar'), body);
    expect(saved.statusCode).toBe(200);
    const c = saved.json<Calendar>();
    expect(c.version).toBe(1);
    expect(c.events.find((e) => e.key === 'interimReport2')).toMatchObject({ month: 9, day: 30 });
    const own = c.events.find((e) => e.key === null)!;
    expect(own.id).not.toBe('ny');
    expect((await call(ctx, admin, 'PUT', api(a, '/finance-calendar'), body)).statusCode).toBe(409);
    expect((await call(ctx, reader, 'PUT', api(a, '/finance-calendar'), { ...body, version: 1 })).statusCode).toBe(403);
    const entry = (
      await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.associationId, a), eq(auditLog.action, 'finance_calendar.update')))
    )[0]!;
    const details = entry.details as { before: Calendar['events']; after: Calendar['events'] };
    expect(details.before.find((e) => e.key === 'interimReport2')).toMatchObject({ month: 8, day: 31 });
    expect(details.after.find((e) => e.key === 'interimReport2')).toMatchObject({ month: 9, day: 30 });

    // An own event's id given twice is kept once: two events with one id share a reminder's key (0060).
    const twice = {
      events: [...c.events, { ...own, title: 'Revisorernas möte', month: 3, day: 1 }],
      version: 1,
    };
    const ids = (await call(ctx, admin, 'PUT', api(a, '/finance-calendar'), twice))
      .json<Calendar>()
      .events.filter((e) => e.key === null)
      .map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).toContain(own.id);
    // The title is an e-mail's subject: one line.
    const folded = { events: [{ ...own, title: 'Möte\r\nBcc: x@example.org' }], version: 2 };
    const refused = await call(ctx, admin, 'PUT', api(a, '/finance-calendar'), folded);
    expect(refused.json().error.issues[0]).toMatchObject({
      field: 'events.0.title',
      message: 'Benämningen ska stå på en rad.',
    });
  });

  it('reminds the finance managers once, however often the job runs; not where the event is off; not who opted out', async () => {
    await call(ctx, optedOut, 'PUT', '/api/v1/notifications/preferences', {
      locale: 'sv',
      disabledKinds: ['financeDeadline'],
    });
    // The other förbund moves the interim report to 30 September too, but turns it off.
    const off = withChange(await calendar(otherAdmin, other), 'interimReport2', { month: 9, day: 30, enabled: false });
    expect((await call(ctx, otherAdmin, 'PUT', api(other, '/finance-calendar'), off)).statusCode).toBe(200);
    // 2027-09-20: the interim report on 30 September is 10 days ahead, within its 14 days.
    await noticeFinanceDeadlines(ctx.database.db, '2027-09-20');
    await noticeFinanceDeadlines(ctx.database.db, '2027-09-20');
    const sent = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'financeDeadline'));
    expect(sent.filter((m) => m.associationId === other)).toEqual([]);
    const mine = sent.filter((m) => m.associationId === a);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toMatch(/: Delårsrapport 2 den 2027-09-30$/);
    expect(mine[0]!.text).toContain('om 10 dagar');
    expect(mine[0]!.text).toContain(`/forbund/${a}/arshjul`);
  });

  it('shows the next deadlines on the start page to those who read the economy', async () => {
    const today = todayIso();
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000);
    const c = await calendar(admin);
    c.events.push({
      id: 'x',
      key: null,
      title: 'Revisorernas besök',
      month: soon.getUTCMonth() + 1,
      day: soon.getUTCDate(),
      enabled: true,
      reminderDays: 3,
    });
    expect(
      (await call(ctx, admin, 'PUT', api(a, '/finance-calendar'), { events: c.events, version: c.version })).statusCode,
    ).toBe(200);
    const list = (await call(ctx, reader, 'GET', '/api/v1/finance-deadlines')).json<
      { associationId: string; title: string | null; daysLeft: number }[]
    >();
    expect(list.every((d) => d.associationId === a)).toBe(true);
    expect(list).toContainEqual(expect.objectContaining({ title: 'Revisorernas besök', daysLeft: 5 }));
  });
});
