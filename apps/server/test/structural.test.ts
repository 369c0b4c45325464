import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { perturbCount, perturbMagnitude } from '@insikt/core';
import { auditLog, interventions, members, participations } from '../src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';
import { pdfText } from './pdf-text';

let ctx: TestContext;
let associationId: string;
let admin: Session;
let reader: Session;
let lead: Session;
let otherAdmin: Session;
const org: Record<'fk' | 'af' | 'kommun', string> = { fk: '', af: '', kommun: '' };
let samordnare: string;
let natverk: string;
let individual: string;
let otherId: string;

const api = (path: string) => `/api/v1/associations/${associationId}${path}`;
const activities = (insats: string, suffix = '') => api(`/interventions/${insats}/activities${suffix}`);
const att = (organisationId: string, women: number, men: number, unknown = 0) => ({
  organisationId,
  women,
  men,
  unknown,
});
const activity = (over: Record<string, unknown> = {}) => ({
  date: '2025-03-04',
  kind: 'samverkansmote',
  topic: 'Arbetsgruppen',
  hours: 2,
  note: '',
  attendance: [att(org.fk, 3, 1), att(org.af, 1, 1, 1), att('ovriga', 2, 0)],
  ...over,
});

interface ListView {
  countsShown: boolean;
  activities: {
    id: string;
    date: string;
    topic: string;
    version: number;
    seriesId: string | null;
    organisationIds: string[];
    attendance: { organisationId: string; women: number; men: number; unknown: number }[];
  }[];
}
interface Released {
  women: number | null;
  men: number | null;
  unknown: number | null;
  total: number | null;
}
interface Totals {
  activities: number;
  byKind: Record<string, number>;
  participants: Released;
  participantHours: Released;
  balance: { womenShare: number | null; even: boolean | null; unknown: number | null };
  byOrganisation: { label: string; participants: Released }[];
}
interface ReportView {
  protection: unknown;
  years: { year: number; totals: Totals }[];
  total: Totals;
  steeringMeetings: { interventionName: string; byYear: { year: number; meetings: number }[]; total: number }[];
}

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  otherId = (await seedAssociation(ctx)).id;
  const memberRows = await ctx.database.db.select().from(members).where(eq(members.associationId, associationId));
  org.fk = memberRows.find((m) => m.kind === 'fk')!.id;
  org.af = memberRows.find((m) => m.kind === 'af')!.id;
  org.kommun = memberRows.find((m) => m.kind === 'municipality')!.id;
  const rows = await ctx.database.db
    .insert(interventions)
    .values([
      { associationId, name: 'Samordnare', kind: 'structural', startDate: '2024-01-01' },
      { associationId, name: 'Nätverket', kind: 'structural', startDate: '2024-01-01' },
      { associationId, name: 'Jobbstudion', kind: 'individual', startDate: '2024-01-01' },
    ])
    .returning();
  [samordnare, natverk, individual] = rows.map((r) => r.id) as [string, string, string];
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', associationId)).email);
  const leadUser = await seedUser(ctx, 'intervention_lead', associationId);
  await call(ctx, admin, 'POST', api(`/interventions/${natverk}/staff`), {
    userId: leadUser.id,
    role: 'intervention_lead',
  });
  lead = await login(ctx, leadUser.email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', otherId)).email);
});
afterAll(() => ctx.close());

const auditOf = async (entityId: string) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.associationId, associationId)));

describe('activities of a structural insats', () => {
  it('are created, changed (409 on a stale version) and deleted, every change audited before and after', async () => {
    const created = await call(ctx, admin, 'POST', activities(natverk), activity({ topic: 'Ändras sedan' }));
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json<{ id: string; version: number }>();
    const changed = await call(
      ctx,
      lead,
      'PUT',
      activities(natverk, `/${id}`),
      activity({ topic: 'Ändrad', attendance: [att(org.fk, 1, 1)], version }),
    );
    expect(changed.statusCode).toBe(200);
    const stale = await call(ctx, admin, 'PUT', activities(natverk, `/${id}`), activity({ version }));
    expect(stale.statusCode).toBe(409);
    expect((await call(ctx, admin, 'DELETE', activities(natverk, `/${id}?version=${version}`))).statusCode).toBe(409);
    expect((await call(ctx, admin, 'DELETE', activities(natverk, `/${id}?version=${version + 1}`))).statusCode).toBe(
      204,
    );
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'structural.activity.create',
      'structural.activity.delete',
      'structural.activity.update',
    ]);
    const update = entries.find((e) => e.action === 'structural.activity.update')!.details as {
      before: { topic: string; attendance: unknown[] };
      after: { topic: string; attendance: unknown[] };
    };
    expect(update.before.topic).toBe('Ändras sedan');
    expect(update.after).toMatchObject({ topic: 'Ändrad', attendance: [att(org.fk, 1, 1)] });
    const list = (await call(ctx, admin, 'GET', activities(natverk))).json<ListView>();
    expect(list.activities.some((a) => a.id === id)).toBe(false);
  });

  it('refuses a personnummer in the note, an unknown organisation, negative counts and an individual insats', async () => {
    const pnr = await call(ctx, admin, 'POST', activities(natverk), activity({ note: 'Anna 19121212-1212 kom' }));
    expect(pnr.statusCode).toBe(400);
    expect(pnr.json<{ error: { message: string } }>().error.message).toMatch(/Anteckningen/);
    const unknownOrg = '00000000-0000-4000-8000-000000000001';
    const stranger = await call(
      ctx,
      admin,
      'POST',
      activities(natverk),
      activity({ attendance: [att(unknownOrg, 1, 1)] }),
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json<{ error: { message: string } }>().error.message).toContain(unknownOrg);
    const negative = await call(
      ctx,
      admin,
      'POST',
      activities(natverk),
      activity({ attendance: [att(org.fk, -1, 0)] }),
    );
    expect(negative.statusCode).toBe(400);
    const wrongKind = await call(ctx, admin, 'POST', activities(individual), activity());
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json<{ error: { message: string } }>().error.message).toMatch(/individinriktad/);
  });

  it('creates a recurring series in one go, each occurrence editable afterwards', async () => {
    const series = await call(ctx, lead, 'POST', api(`/interventions/${natverk}/activity-series`), {
      kind: 'samverkansmote',
      topic: 'Arbetsgrupp',
      hours: 1.5,
      note: '',
      attendance: [att(org.fk, 1, 1), att(org.af, 2, 0), att(org.kommun, 1, 0)],
      first: '2025-01-14',
      until: '2025-06-30',
      rule: { kind: 'monthly-weekday', week: 2 },
    });
    expect(series.statusCode).toBe(201);
    // The second Tuesday of each month, January to June 2025.
    expect(series.json<{ dates: string[] }>().dates).toEqual([
      '2025-01-14',
      '2025-02-11',
      '2025-03-11',
      '2025-04-08',
      '2025-05-13',
      '2025-06-10',
    ]);
    const list = (await call(ctx, lead, 'GET', activities(natverk))).json<ListView>();
    const march = list.activities.find((a) => a.date === '2025-03-11')!;
    expect(march.seriesId).not.toBeNull();
    const fewer = await call(
      ctx,
      lead,
      'PUT',
      activities(natverk, `/${march.id}`),
      activity({
        date: march.date,
        topic: 'Arbetsgrupp',
        hours: 1.5,
        attendance: [att(org.fk, 1, 0)],
        version: march.version,
      }),
    );
    expect(fewer.statusCode).toBe(200);
    const after = (await call(ctx, lead, 'GET', activities(natverk))).json<ListView>();
    expect(after.activities.find((a) => a.id === march.id)!.attendance).toEqual([att(org.fk, 1, 0)]);
    expect(after.activities.find((a) => a.date === '2025-04-08')!.attendance).toHaveLength(3);
    // Too long a series is refused with the rule's own message.
    const tooLong = await call(ctx, lead, 'POST', api(`/interventions/${natverk}/activity-series`), {
      kind: 'samverkansmote',
      topic: 'Varje vecka',
      hours: 1,
      attendance: [],
      first: '2025-01-01',
      until: '2028-12-31',
      rule: { kind: 'weekly', everyWeeks: 1 },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ error: { message: string } }>().error.message).toMatch(/Högst 120 tillfällen/);
  });

  it('keeps an insatsansvarig to own insatser and another förbund out; läsare read without the counts', async () => {
    expect((await call(ctx, lead, 'GET', activities(samordnare))).statusCode).toBe(404);
    expect((await call(ctx, lead, 'POST', activities(samordnare), activity())).statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'GET', activities(natverk))).statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'POST', activities(natverk), activity())).statusCode).toBe(404);
    expect((await call(ctx, reader, 'POST', activities(natverk), activity())).statusCode).toBe(403);
    const read = (await call(ctx, reader, 'GET', activities(natverk))).json<ListView>();
    expect(read.countsShown).toBe(false);
    expect(read.activities.length).toBeGreaterThan(0);
    expect(read.activities.every((a) => a.attendance.length === 0 && a.organisationIds.length > 0)).toBe(true);
    // The insatsansvarig's förbund-wide report holds own insatser only.
    const own = (await call(ctx, lead, 'GET', api('/activity-report?fromYear=2025&toYear=2025'))).json<{
      interventions: { name: string }[];
    }>();
    expect(own.interventions.map((i) => i.name)).toEqual(['Nätverket']);
  });
});

describe('the activity report', () => {
  beforeAll(async () => {
    // Hand-made: 2025 a 2 h arbetsgrupp (FK 3W+1M, AF 1W+1M+1 unknown, Övriga 2W) and a 1,5 h
    // styrgrupp (FK 1W+1M); 2026 a 6 h training day (kommun 4W+2M).
    for (const body of [
      activity(),
      activity({
        date: '2025-05-06',
        kind: 'styrgruppsmote',
        topic: 'Styrgrupp',
        hours: 1.5,
        attendance: [att(org.fk, 1, 1)],
      }),
      activity({
        date: '2026-01-10',
        kind: 'utbildningsdag',
        topic: 'Utbildning',
        hours: 6,
        attendance: [att(org.kommun, 4, 2)],
      }),
    ])
      expect((await call(ctx, admin, 'POST', activities(samordnare), body)).statusCode).toBe(201);
  });
  const url = (query: string) => api(`/activity-report?interventionId=${samordnare}&fromYear=2025&toYear=2026${query}`);

  it('gives the förbund exact figures against the hand-computed case, with the 40/60 check', async () => {
    const r = (await call(ctx, admin, 'GET', url(''))).json<ReportView>();
    expect(r.protection).toBeNull();
    const y2025 = r.years.find((y) => y.year === 2025)!.totals;
    expect(y2025.activities).toBe(2);
    expect(y2025.participants).toEqual({ women: 7, men: 3, unknown: 1, total: 11 });
    // Women 2·(3+1+2) + 1,5·1 = 13,5; men 2·2 + 1,5 = 5,5; unknown 2.
    expect(y2025.participantHours).toEqual({ women: 13.5, men: 5.5, unknown: 2, total: 21 });
    expect(y2025.balance).toEqual({ womenShare: 0.7, even: false, unknown: 1 });
    expect(r.total.participants.total).toBe(17);
    expect(r.total.byKind).toMatchObject({ samverkansmote: 1, styrgruppsmote: 1, utbildningsdag: 1 });
    expect(r.total.byOrganisation.map((o) => o.label)).toContain('Övriga');
    expect(r.steeringMeetings).toEqual([
      expect.objectContaining({
        interventionName: 'Samordnare',
        byYear: [
          { year: 2025, meetings: 1 },
          { year: 2026, meetings: 0 },
        ],
        total: 1,
      }),
    ]);
  });

  it('protects the counts for läsare and for publication the same way, and hides 1–4', async () => {
    const read = (await call(ctx, reader, 'GET', url(''))).json<ReportView>();
    const published = (await call(ctx, admin, 'GET', url('&suppress=true'))).json<ReportView>();
    expect(read.protection).not.toBeNull();
    expect(read.years).toEqual(published.years);
    const y2025 = read.years.find((y) => y.year === 2025)!.totals;
    expect(y2025.participants.men).toBeNull();
    expect(y2025.participants.unknown).toBeNull();
    expect(y2025.participantHours.men).toBeNull();
    expect(Math.abs(y2025.participants.total! - 11)).toBeLessThanOrEqual(2);
    expect(y2025.balance).toEqual({ womenShare: null, even: null, unknown: null });
    // Meetings are not people: exact.
    expect(y2025.activities).toBe(2);
  });

  it('downloads Excel and PDF, protected whoever asks', async () => {
    const xlsx = await call(ctx, admin, 'GET', url('&format=xlsx'));
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Per år')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const y2025 = rows.find((r) => r[0] === '2025')!;
    // År, aktiviteter, timmar, kvinnor, män, uppgift saknas …: the 3 men and the 1 unknown hidden.
    expect(y2025.slice(1, 3)).toEqual([2, 3.5]);
    expect(y2025.slice(4, 6)).toEqual(['<5', '<5']);
    const pdf = await call(ctx, admin, 'GET', url('&format=pdf'));
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).pages.join('\n');
    expect(text).toContain('Styrgruppsmöten per insats');
    expect(text).toContain('Röjandeskydd');
  });

  it('gives no oracle of a count in its participant-hours: an activity’s hours are public (decision 0066)', async () => {
    // One activity a year, each organisation one block per gender of 5–14 people: a reader sees in the
    // list that the cell is a single block of known hours, so its true hours are hours × count.
    const insats = (
      await ctx.database.db
        .insert(interventions)
        .values({ associationId, name: 'Utbildningarna', kind: 'structural', startDate: '2015-01-01' })
        .returning()
    )[0]!.id;
    const organisations = [org.fk, org.af, org.kommun, 'ovriga'];
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    const hoursOf = (year: number) => [1.5, 2, 3, 6][year % 4]!;
    for (const year of years) {
      const attendance = organisations.map((o, i) =>
        att(o, 5 + ((year * 7 + i * 3) % 10), 5 + ((year * 3 + i * 5) % 10)),
      );
      const body = activity({ date: `${year}-05-05`, topic: 'Utbildning', hours: hoursOf(year), attendance });
      expect((await call(ctx, admin, 'POST', activities(insats), body)).statusCode).toBe(201);
    }
    type Org = { organisationId: string; participants: Released; participantHours: Released };
    const report = async (session: Session) =>
      (
        await call(ctx, session, 'GET', api(`/activity-report?interventionId=${insats}&fromYear=2015&toYear=2024`))
      ).json<{ years: { year: number; totals: { byOrganisation: Org[] } }[] }>();
    const [shown, exact] = [await report(reader), await report(admin)];
    // Before: the hours noise was drawn from the count's own cell key (plus one), so the released
    // hours named the key, and the key the true count: about half the cells were recovered exactly.
    const round = (v: number) => Math.round(v * 10) / 10;
    let tried = 0;
    let hits = 0;
    for (const { year, totals } of shown.years)
      for (const o of totals.byOrganisation)
        for (const g of ['women', 'men'] as const) {
          const [count, hours] = [o.participants[g]!, o.participantHours[g]!];
          const candidates = new Set<number>();
          for (let n = count - 2; n <= count + 2; n++)
            for (let key = 0; key < 256; key++) {
              const h = hoursOf(year) * n;
              if (perturbCount(n, key, 5) === count && round(perturbMagnitude(h, h, key + 1)) === hours)
                candidates.add(n);
            }
          const truth = exact.years
            .find((y) => y.year === year)!
            .totals.byOrganisation.find((x) => x.organisationId === o.organisationId)!.participants[g];
          tried += 1;
          if (candidates.size === 1 && candidates.has(truth!)) hits += 1;
        }
    expect(tried).toBe(80);
    // Guessing the shown count itself lands on the truth about one time in five.
    expect(hits / tried).toBeLessThan(0.3);
  });
});

describe('the import of activities', () => {
  const upload = (insats: string, csv: string) =>
    ctx.app.inject({
      method: 'POST',
      url: api(`/interventions/${insats}/activity-imports?fileName=aktiviteter.csv`),
      payload: Buffer.from(csv),
      headers: { 'content-type': 'text/csv', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
  interface ImportView {
    created: number;
    skipped: { date: string; topic: string }[];
    errors: { row: number; column: string; value: string; message: string }[];
  }
  const header = 'datum;slag;ämne;timmar;organisation;kvinnor;män;uppgift saknas;anteckning';
  const good = [
    header,
    '2024-02-13;Samverkansmöte;Arbetsgruppen;2;Försäkringskassan;2;1;;',
    '2024-02-13;Samverkansmöte;Arbetsgruppen;2;Arbetsförmedlingen;1;1;1;',
    '2024-03-05;styrgruppsmote;Styrgrupp;1,5;Övriga;3;0;0;Ny ordförande',
  ];

  it('imports nothing when a row is broken or names an unknown organisation, naming row, column and value', async () => {
    const insats = (
      await ctx.database.db
        .insert(interventions)
        .values({ associationId, name: 'Importinsatsen', kind: 'structural', startDate: '2024-01-01' })
        .returning()
    )[0]!.id;
    const broken = [
      ...good,
      '2024-04-02;Fika;Arbetsgruppen;2;Försäkringskassan;1;1;;',
      '2024-04-02;Samverkansmöte;Arbetsgruppen;2;Röda korset;1;-1;;',
      '2024-04-09;Samverkansmöte;Arbetsgruppen;2;Övriga;1;1;;Kom: 19121212-1212',
    ].join('\n');
    const refused = (await upload(insats, broken)).json<ImportView>();
    expect(refused.created).toBe(0);
    expect(refused.errors).toEqual([
      expect.objectContaining({ row: 5, column: 'slag', value: 'Fika' }),
      expect.objectContaining({ row: 6, column: 'organisation', value: 'Röda korset' }),
      expect.objectContaining({ row: 6, column: 'man', value: '-1' }),
      expect.objectContaining({ row: 7, column: 'anteckning', value: 'Kom: ••••••-••••' }),
    ]);
    expect(refused.errors[1]!.message).toMatch(/inte medlem i förbundet/);
    expect((await call(ctx, admin, 'GET', activities(insats))).json<ListView>().activities).toHaveLength(0);

    // The good rows: two activities (the arbetsgrupp's two organisations are one activity).
    const imported = (await upload(insats, good.join('\n'))).json<ImportView>();
    expect(imported).toMatchObject({ created: 2, skipped: [], errors: [] });
    const list = (await call(ctx, admin, 'GET', activities(insats))).json<ListView>();
    expect(list.activities.find((a) => a.topic === 'Arbetsgruppen')!.attendance).toEqual([
      att(org.fk, 2, 1),
      att(org.af, 1, 1, 1),
    ]);
    // The same file again adds nothing: each activity (date, kind, topic) is already there.
    const again = (await upload(insats, good.join('\n'))).json<ImportView>();
    expect(again.created).toBe(0);
    expect(again.skipped.map((s) => s.topic).sort()).toEqual(['Arbetsgruppen', 'Styrgrupp']);
    expect((await call(ctx, admin, 'GET', activities(insats))).json<ListView>().activities).toHaveLength(2);
  });

  it('names an impossible date instead of failing, and stores a file of 8 200 activities (decision 0066)', async () => {
    const insats = (
      await ctx.database.db
        .insert(interventions)
        .values({ associationId, name: 'Storimporten', kind: 'structural', startDate: '2024-01-01' })
        .returning()
    )[0]!.id;
    // Each was a 500: the database refused the date, or the one statement's 65 535 parameters.
    const dates = ['2023-02-31', '0000-01-01', '9999-01-01'];
    const refused = (
      await upload(insats, [header, ...dates.map((d) => `${d};Samverkansmöte;X;2;Övriga;1;1;;`)].join('\n'))
    ).json<ImportView>();
    expect(refused.errors.map((e) => [e.row, e.column, e.value])).toEqual(dates.map((d, i) => [i + 2, 'datum', d]));
    const many = Array.from({ length: 8200 }, (_, i) => `2024-01-01;Samverkansmöte;Möte ${i};1;Övriga;1;0;;`);
    expect((await upload(insats, [header, ...many].join('\n'))).json<ImportView>()).toMatchObject({ created: 8200 });
  });
});

describe('aktualiseringar', () => {
  const cases = (insats: string, suffix = '') => api(`/interventions/${insats}/actualisations${suffix}`);
  const raised = (over: Record<string, unknown> = {}) => ({
    date: '2025-03-04',
    raisedBy: org.fk,
    gender: 'kvinna',
    decision: 'samordning',
    ...over,
  });
  interface CaseList {
    rowsShown: boolean;
    linksShown: boolean;
    actualisations: { id: string; version: number; referredTo: string; participation: { id: string } | null }[];
  }
  interface Summary {
    raised: number | null;
    byParty: { label: string; total: number | null; women: number | null; men: number | null }[];
    byDecision: Record<string, number | null>;
    linked: number | null;
    ended: number | null;
    endedKnown: number | null;
    selfSupporting: number | null;
    selfSupportingShare: number | null;
  }
  const p: Record<string, string> = {};
  let foreign: string;

  beforeAll(async () => {
    // Participations of the förbund's individual insats, with their situation at exit.
    const participation = (exit: Record<string, unknown>) => ({
      associationId,
      interventionId: individual,
      consent: false,
      gender: 'kvinna' as const,
      birthYear: 1990,
      startDate: '2025-01-01',
      ...exit,
    });
    const rows = await ctx.database.db
      .insert(participations)
      .values([
        participation({ exitDate: '2025-09-30', exitReason: 'arbete', workHoursAfter: 20, supportAfter: ['lon'] }),
        participation({
          exitDate: '2025-10-31',
          exitReason: 'arbete',
          occupationAfter: ['arbete'],
          supportAfter: ['forsorjningsstod'],
        }),
        participation({}),
        participation({ exitDate: '2025-11-30', exitReason: 'annat' }),
        participation({ exitDate: '2025-02-01', exitReason: 'felregistrering', workHoursAfter: 40 }),
      ])
      .returning();
    ['self', 'benefit', 'ongoing', 'unknown', 'mistake'].forEach((k, i) => (p[k] = rows[i]!.id));
    const otherInsats = (
      await ctx.database.db
        .insert(interventions)
        .values({ associationId: otherId, name: 'Annan insats', kind: 'individual', startDate: '2024-01-01' })
        .returning()
    )[0]!.id;
    foreign = (
      await ctx.database.db
        .insert(participations)
        .values({ ...participation({}), associationId: otherId, interventionId: otherInsats })
        .returning()
    )[0]!.id;
  });

  it('are created, changed (409 on a stale version) and deleted, audited before and after', async () => {
    const created = await call(ctx, admin, 'POST', cases(natverk), raised({ participationId: p.ongoing }));
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json<{ id: string; version: number }>();
    const changed = await call(ctx, admin, 'PUT', cases(natverk, `/${id}`), {
      ...raised({ decision: 'hanvisad', referredTo: 'Vuxenpsykiatrin', participationId: null }),
      version,
    });
    expect(changed.statusCode).toBe(200);
    const stale = await call(ctx, admin, 'PUT', cases(natverk, `/${id}`), { ...raised(), version });
    expect(stale.statusCode).toBe(409);
    expect((await call(ctx, admin, 'DELETE', cases(natverk, `/${id}?version=${version}`))).statusCode).toBe(409);
    expect((await call(ctx, admin, 'DELETE', cases(natverk, `/${id}?version=${version + 1}`))).statusCode).toBe(204);
    const entries = await auditOf(id);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'structural.actualisation.create',
      'structural.actualisation.delete',
      'structural.actualisation.update',
    ]);
    const update = entries.find((e) => e.action === 'structural.actualisation.update')!.details as {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };
    expect(update.before).toMatchObject({ decision: 'samordning', participationId: p.ongoing });
    expect(update.after).toMatchObject({ decision: 'hanvisad', referredTo: 'Vuxenpsykiatrin', participationId: null });
  });

  it('refuses a personnummer in "hänvisad till", a participation of another förbund and an unknown party', async () => {
    const pnr = await call(
      ctx,
      admin,
      'POST',
      cases(natverk),
      raised({ decision: 'hanvisad', referredTo: 'Anna 19121212-1212' }),
    );
    expect(pnr.statusCode).toBe(400);
    expect(pnr.json<{ error: { message: string } }>().error.message).toMatch(/Hänvisad till/);
    expect((await call(ctx, admin, 'POST', cases(natverk), raised({ participationId: foreign }))).statusCode).toBe(404);
    const stranger = await call(
      ctx,
      admin,
      'POST',
      cases(natverk),
      raised({ raisedBy: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(stranger.statusCode).toBe(400);
    expect((await call(ctx, otherAdmin, 'POST', cases(natverk), raised())).statusCode).toBe(404);
    expect((await call(ctx, reader, 'POST', cases(natverk), raised())).statusCode).toBe(403);
  });

  it('lets a role without personal-data access record cases but neither set nor see a link', async () => {
    expect((await call(ctx, lead, 'POST', cases(natverk), raised({ participationId: p.ongoing }))).statusCode).toBe(
      403,
    );
    const linked = (await call(ctx, admin, 'POST', cases(natverk), raised({ participationId: p.ongoing }))).json<{
      id: string;
      version: number;
    }>();
    const list = (await call(ctx, lead, 'GET', cases(natverk))).json<CaseList>();
    expect(list).toMatchObject({ rowsShown: true, linksShown: false });
    expect(list.actualisations.find((a) => a.id === linked.id)!.participation).toBeNull();
    // Without participationId the lead changes the decision and the link stays; removing it is refused.
    const kept = await call(ctx, lead, 'PUT', cases(natverk, `/${linked.id}`), {
      ...raised({ decision: 'ej_beslutad' }),
      version: linked.version,
    });
    expect(kept.statusCode).toBe(200);
    const removal = await call(ctx, lead, 'PUT', cases(natverk, `/${linked.id}`), {
      ...raised({ participationId: null }),
      version: linked.version + 1,
    });
    expect(removal.statusCode).toBe(403);
    const own = (await call(ctx, admin, 'GET', cases(natverk))).json<CaseList>();
    expect(own.actualisations.find((a) => a.id === linked.id)!.participation?.id).toBe(p.ongoing);
    // Läsare read the protected counts, not the cases one by one.
    const read = (await call(ctx, reader, 'GET', cases(natverk))).json<CaseList>();
    expect(read).toMatchObject({ rowsShown: false, actualisations: [] });
  });

  it('counts per party, gender and decision and the share self-supporting against a hand-computed case', async () => {
    // Samordnare 2025: FK kvinna linked to one self-supporting at exit, FK man to one in work with
    // försörjningsstöd, AF kvinna to one ongoing, kommun (gender unknown) referred, Övriga kvinna to
    // one ended without a recorded situation, FK kvinna to a felregistrering (no participation).
    for (const body of [
      raised({ participationId: p.self }),
      raised({ gender: 'man', participationId: p.benefit }),
      raised({ raisedBy: org.af, participationId: p.ongoing }),
      raised({ raisedBy: org.kommun, gender: null, decision: 'hanvisad', referredTo: 'Vuxenpsykiatrin' }),
      raised({ raisedBy: 'ovriga', decision: 'ej_beslutad', participationId: p.unknown }),
      raised({ participationId: p.mistake }),
    ])
      expect((await call(ctx, admin, 'POST', cases(samordnare), body)).statusCode).toBe(201);
    const report = (
      await call(ctx, admin, 'GET', api(`/activity-report?interventionId=${samordnare}&fromYear=2025&toYear=2025`))
    ).json<{ actualisations: { total: Summary } }>();
    const s = report.actualisations.total;
    expect(s).toMatchObject({
      raised: 6,
      linked: 4,
      ended: 3,
      endedKnown: 2,
      selfSupporting: 1,
      selfSupportingShare: 0.5,
    });
    expect(s.byDecision).toEqual({ samordning: 4, ej_samordning: 0, hanvisad: 1, ej_beslutad: 1 });
    expect(s.byParty.find((b) => b.label === 'Försäkringskassan')).toMatchObject({ total: 3, women: 2, men: 1 });
    expect(s.byParty.map((b) => b.label)).toContain('Övriga');
    // The läsare's counts are protected: 1–4 hidden, and no share from hidden counts.
    const protectedView = (
      await call(ctx, reader, 'GET', api(`/activity-report?interventionId=${samordnare}&fromYear=2025&toYear=2025`))
    ).json<{ actualisations: { total: Summary } }>();
    expect(protectedView.actualisations.total).toMatchObject({
      linked: null,
      endedKnown: null,
      selfSupportingShare: null,
    });
    expect(Math.abs(protectedView.actualisations.total.raised! - 6)).toBeLessThanOrEqual(2);
    const pdf = await call(
      ctx,
      admin,
      'GET',
      api(`/activity-report?interventionId=${samordnare}&fromYear=2025&toYear=2025&format=pdf`),
    );
    expect((await pdfText(pdf.rawPayload)).pages.join('\n')).toContain('Aktualiseringar per part och kön');
  });
});
