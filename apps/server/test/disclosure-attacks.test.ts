import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarPeriods,
  CALENDAR_PERIOD_KINDS,
  EXIT_REASON_LABELS_SV,
  FOLLOW_UP_ROWS,
  OUTCOME_INDICATORS,
  todayIso,
  type OutcomeColumn,
  type OutcomeRecord,
} from '@insikt/core';
import { DEMO_ASSOCIATIONS } from '../src/modules/demo/demo-data';
import { loadDemo, type DemoLogin } from '../src/modules/demo/load-demo';
import { followUpReport, type FollowUpReport } from '../src/modules/reports/follow-up-report';
import { outcomeReport, type OutcomeReport } from '../src/modules/reports/outcome-report';
import { outcomeCellText } from '../src/modules/reports/outcome-table';
import { activityReport, type ActivityReportView } from '../src/modules/structural/activity-report';
import { nationalFigures, type NationalFiguresView } from '../src/modules/national-figures/national-figures-report';
import { cliActor } from '../src/platform/actor';
import { createAssociation } from '../src/modules/organisation/create-association';
import { call, login, seedUser, startTestApp, type Session, type TestContext } from './harness';
import { insertRecords, random } from './report-fixtures';

/**
 * The attacks of issue 11 §1, played against the real API on the demo data by every role without
 * personal-data access, as an attacker would: free periods a day apart, every calendar period
 * and grouping, and the additive relations between them (gender totals, insats → förbund →
 * län → riket, months → tertials → half-years → year). `npm run test:disclosure` runs the same
 * attacks over three years and every förbund (INSIKT_DISCLOSURE_FULL=1).
 */
const FULL = process.env.INSIKT_DISCLOSURE_FULL === '1';
const thisYear = Number(todayIso().slice(0, 4));
const YEARS = FULL ? [thisYear - 3, thisYear - 2, thisYear - 1] : [thisYear - 1];
const COUNTS = OUTCOME_INDICATORS.filter((i) => i.kind === 'count').map((i) => i.id);
const GENDER_COLUMNS = ['kvinna', 'man'] as const;

let ctx: TestContext;
let logins: DemoLogin[];
let password: string;
const sessions = new Map<string, Session>();
let interventionAssociation: Map<string, string>;
let associationCounty: Map<string, string>;

async function as(email: string): Promise<Session> {
  if (!sessions.has(email)) sessions.set(email, await login(ctx, email, password));
  return sessions.get(email)!;
}
const emailOf = (role: string, association?: string) =>
  logins.find((l) => l.role === role && (association === undefined || l.association === association))!.email;

async function report(session: Session, path: string, query: string): Promise<OutcomeReport> {
  const response = await call(ctx, session, 'GET', `/api/v1/reports/${path}?${query}`);
  expect(response.statusCode, `${path}?${query}: ${response.body}`).toBe(200);
  return response.json<OutcomeReport>();
}

/** The exact figures, as the operator's command line sees them: the truth the attacker is after. */
const truth = (from: string, to: string, groupBy: OutcomeReport['groupBy']) =>
  outcomeReport(ctx.database.db, cliActor(), { from, to, groupBy, disclosure: ctx.app.disclosure, audit: false });

beforeAll(async () => {
  ctx = await startTestApp();
  ({ password, logins } = await loadDemo(ctx.database.db, todayIso()));
  const rows = (await ctx.database.db.execute(
    sql`select i.id::text as intervention, a.id::text as association, a.county_code as county
        from interventions i join associations a on a.id = i.association_id`,
  )) as unknown as { rows: { intervention: string; association: string; county: string }[] };
  interventionAssociation = new Map(rows.rows.map((r) => [r.intervention, r.association]));
  associationCounty = new Map(rows.rows.map((r) => [r.association, r.county]));
}, 180_000);
afterAll(() => ctx.close());

type Cell = { key: string; period: string; indicator: string; column: OutcomeColumn };
const id = (c: Cell) => `${c.period}|${c.key}|${c.indicator}|${c.column}`;

/** Every published and every true count, by period, group, indicator and column. */
async function collect(session: Session, groupBys: OutcomeReport['groupBy'][]) {
  const shown = new Map<string, number | null>();
  const exact = new Map<string, number | null>();
  const periods: { name: string; from: string; to: string; kind: string; year: number }[] = [];
  for (const year of YEARS)
    for (const kind of CALENDAR_PERIOD_KINDS)
      calendarPeriods(year, kind).forEach((p, i) => periods.push({ ...p, kind, year, name: `${year}:${kind}:${i}` }));
  for (const period of periods)
    for (const groupBy of groupBys) {
      const query = `from=${period.from}&to=${period.to}&groupBy=${groupBy}`;
      const published = await report(session, 'outcome', query);
      expect(published.suppressed || published.groups.length === 0).toBe(true);
      const real = await truth(period.from, period.to, groupBy);
      for (const group of published.groups)
        for (const indicator of COUNTS)
          for (const column of ['total', ...GENDER_COLUMNS] as const) {
            const cell = { key: group.key, period: period.name, indicator, column };
            shown.set(id(cell), group.cells[indicator][column]);
            const realGroup = real.groups.find((g) => g.key === group.key)!;
            exact.set(id(cell), realGroup.cells[indicator][column]);
          }
    }
  return { shown, exact, periods };
}

interface Attack {
  relation: string;
  target: string;
  estimate: number;
  truth: number;
}

/**
 * Every one-unknown additive relation an attacker can use: a hidden cell as a total minus its
 * visible other parts. Returns each estimate with the true value behind it.
 */
function attacks(data: Awaited<ReturnType<typeof collect>>): Attack[] {
  const { shown, exact, periods } = data;
  const found: Attack[] = [];
  const tryRelation = (relation: string, total: string, parts: string[]) => {
    const totalValue = shown.get(total);
    if (totalValue === null || totalValue === undefined) return;
    const hidden = parts.filter((p) => shown.get(p) === null);
    if (hidden.length !== 1 || parts.some((p) => shown.get(p) === undefined && exact.get(p) !== undefined)) return;
    const target = hidden[0]!;
    const trueValue = exact.get(target)!;
    if (trueValue === null || trueValue === 0) return;
    const estimate = totalValue - parts.filter((p) => p !== target).reduce((s, p) => s + (shown.get(p) ?? 0), 0);
    found.push({ relation, target, estimate, truth: trueValue });
  };
  const keys = new Set([...shown.keys()].map((k) => k.split('|')[1]!));
  for (const period of periods)
    for (const indicator of COUNTS)
      for (const key of keys) {
        const cell = (column: OutcomeColumn, k = key, p = period.name) => id({ key: k, period: p, indicator, column });
        // Totalt = Kvinnor + Män.
        tryRelation('kön', cell('total'), [cell('kvinna'), cell('man')]);
        for (const column of ['total', ...GENDER_COLUMNS] as const) {
          // A förbund = its insatser; a län = its förbund; riket = its län.
          const children = [...keys].filter(
            (child) =>
              interventionAssociation.get(child) === key ||
              (associationCounty.get(child) === key && !interventionAssociation.has(child)) ||
              (key === 'riket' && /^\d\d$/.test(child)),
          );
          if (children.length)
            tryRelation(
              'nivå',
              cell(column),
              children.map((c) => cell(column, c)),
            );
          // A year = its half-years = its tertials = its months; a half-year or tertial = its months.
          if (period.kind !== 'month') {
            const months = periods.filter(
              (p) => p.kind === 'month' && p.year === period.year && p.from >= period.from && p.to <= period.to,
            );
            tryRelation(
              'period',
              cell(column),
              months.map((m) => cell(column, key, m.name)),
            );
          }
        }
      }
  return found;
}

/** An attack succeeds where the estimate is the hidden value; with the cell key method it is noise. */
function expectNoRecovery(found: Attack[], who: string) {
  const hits = found.filter((a) => a.estimate === a.truth).length;
  // Recorded in docs/decisions/0015: how often the subtraction happens to land on the true value.
  console.info(`${who}: ${found.length} subtraction attacks on hidden cells, ${hits} land on the true value`);
  expect(found.length, 'the attack must actually be tried').toBeGreaterThan(5);
  // Before the cell key method every one of these estimates was exact (issue 11: 73 of 73).
  expect(hits / found.length).toBeLessThan(0.4);
  // And the attacker cannot tell which ones: estimates outside 1–4 show the noise in plain sight.
  expect(found.some((a) => a.estimate < 1 || a.estimate > 4)).toBe(true);
}

describe('disclosure control under attack (issue 11 §1)', () => {
  it('refuses free periods to every role without personal-data access, and to publication', async () => {
    const year = YEARS[0]!;
    const restricted = [
      await as(emailOf('reader')),
      await as(emailOf('evaluator')),
      await as(emailOf('national_reader')),
    ];
    for (const session of restricted)
      for (const path of ['outcome', 'before-after'])
        for (const to of [`${year}-04-12`, `${year}-04-11`]) {
          const response = await call(ctx, session, 'GET', `/api/v1/reports/${path}?from=${year}-01-01&to=${to}`);
          expect(response.statusCode, `${path} to ${to}`).toBe(400);
        }
    // The national reader gets förbund, län and riket, never one insats.
    const national = await call(
      ctx,
      restricted[2]!,
      'GET',
      `/api/v1/reports/outcome?from=${year}-01-01&to=${year}-12-31&groupBy=intervention`,
    );
    expect(national.statusCode).toBe(403);
    const admin = await as(emailOf('association_admin'));
    for (const format of ['json', 'csv', 'xlsx', 'pdf']) {
      const query = `from=${year}-01-01&to=${year}-04-12&suppress=true&format=${format}`;
      expect((await call(ctx, admin, 'GET', `/api/v1/reports/outcome?${query}`)).statusCode, format).toBe(400);
    }
  });

  it('lets a reader recover no hidden count by subtracting periods, groupings or genders', async () => {
    const association = logins.find((l) => l.role === 'reader')!.association!;
    const data = await collect(await as(emailOf('reader', association)), ['intervention', 'association']);
    expectNoRecovery(attacks(data), 'läsare');
  }, 180_000);

  it('lets the national reader recover no hidden count across förbund, län and riket', async () => {
    const data = await collect(await as(emailOf('national_reader')), ['association', 'county', 'national']);
    expectNoRecovery(attacks(data), 'nationell läsare');
    // Attribute disclosure: wherever antal is hidden, nothing else of that column shows, zeros included.
    for (const [key, value] of data.shown) {
      const [period, group, indicator, column] = key.split('|');
      if (indicator !== 'antal' || column === 'total' || value !== null) continue;
      for (const other of COUNTS)
        expect(data.shown.get(`${period}|${group}|${other}|${column}`), `${other} beside a hidden antal`).toBeNull();
    }
  }, 180_000);

  it('shows the same cell with the same value in every view, export and role, and exact figures to the förbund', async () => {
    const year = YEARS[0]!;
    const association = logins.find((l) => l.role === 'reader')!.association!;
    const reader = await as(emailOf('reader', association));
    const admin = await as(emailOf('association_admin', association));
    const query = `from=${year}-01-01&to=${year}-12-31&groupBy=intervention`;
    const forReader = await report(reader, 'outcome', query);
    // The publication flag gives the förbund's own administrator exactly the reader's protected figures.
    const published = await report(admin, 'outcome', `${query}&suppress=true`);
    expect(published.groups).toEqual(forReader.groups);
    expect(await report(reader, 'outcome', query)).toEqual(forReader);
    // The before/after report counts the same participations with the same protected antal.
    const beforeAfter = await report(reader, 'before-after', query);
    for (const group of forReader.groups)
      expect((beforeAfter.groups.find((g) => g.key === group.key) as unknown as { antal: unknown }).antal).toEqual(
        group.cells.antal,
      );
    // The CSV holds the JSON's figures.
    const csv = (await call(ctx, reader, 'GET', `/api/v1/reports/outcome?${query}&format=csv`)).body;
    const first = forReader.groups.find((g) => g.cells.antal.total !== null)!;
    expect(csv).toContain(`${first.cells.antal.total}`);
    // The förbund's own administrator sees the exact figures.
    const exact = await report(admin, 'outcome', query);
    const real = await truth(`${year}-01-01`, `${year}-12-31`, 'intervention');
    for (const group of exact.groups) expect(group.cells).toEqual(real.groups.find((g) => g.key === group.key)!.cells);
    expect(exact.suppressed).toBe(false);
  });

  it('lets a reader recover no hidden count of the follow-up report by subtracting genders', async () => {
    const association = logins.find((l) => l.role === 'reader')!.association!;
    const reader = await as(emailOf('reader', association));
    const shown = new Map<string, number | null>();
    const exact = new Map<string, number | null>();
    const periods = YEARS.flatMap((year) => CALENDAR_PERIOD_KINDS.flatMap((kind) => calendarPeriods(year, kind)));
    const counts = FOLLOW_UP_ROWS.filter((r) => r.kind === 'count').map((r) => r.id);
    for (const period of periods)
      for (const groupBy of ['intervention', 'association'] as const) {
        const response = await call(
          ctx,
          reader,
          'GET',
          `/api/v1/reports/follow-up?from=${period.from}&to=${period.to}&groupBy=${groupBy}`,
        );
        expect(response.statusCode, response.body).toBe(200);
        const published = response.json<FollowUpReport>();
        expect(published.suppressed || published.groups.length === 0).toBe(true);
        const real = await followUpReport(ctx.database.db, cliActor(), {
          ...period,
          groupBy,
          disclosure: ctx.app.disclosure,
        });
        for (const group of published.groups)
          for (const row of counts)
            for (const column of ['total', ...GENDER_COLUMNS] as const) {
              const key = `${period.from}|${group.key}|${row}|${column}`;
              shown.set(key, group.cells[row]![column]);
              exact.set(key, real.groups.find((g) => g.key === group.key)!.cells[row]![column]);
            }
      }
    // Kvinnor = Totalt − Män (and the other way round), wherever exactly one of them is hidden.
    const found: Attack[] = [];
    for (const [key, total] of shown) {
      if (!key.endsWith('|total') || total === null) continue;
      const base = key.slice(0, -'total'.length);
      const [women, men] = [shown.get(`${base}kvinna`), shown.get(`${base}man`)];
      if ((women === null) === (men === null)) continue;
      const target = women === null ? `${base}kvinna` : `${base}man`;
      const truth = exact.get(target)!;
      if (truth === null || truth === 0) continue;
      found.push({ relation: 'kön', target, estimate: total - (women ?? men)!, truth });
    }
    expectNoRecovery(found, 'läsare, uppföljning');
  }, 180_000);

  it('gives evidence exactly the reader’s protected figures, and recovers no hidden exit reason by subtracting genders', async () => {
    const year = YEARS[0]!;
    const name = logins.find((l) => l.role === 'reader')!.association!;
    const ids = (await ctx.database.db.execute(
      sql`select i.id::text as id, a.id::text as association from interventions i
          join associations a on a.id = i.association_id where a.name = ${name} and i.kind = 'individual'`,
    )) as unknown as { rows: { id: string; association: string }[] };
    const admin = await as(emailOf('association_admin', name));
    const reader = await as(emailOf('reader', name));
    const associationId = ids.rows[0]!.association;
    const evidence = async (query: string, y = year) => {
      const url = `/api/v1/associations/${associationId}/evidence?year=${y}&${query}`;
      const response = await call(ctx, admin, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ rows: { label: string; values: (string | number | null)[] }[] }>();
    };
    // The förbund's evidence holds the reader's protected outcome report, cell for cell.
    const forReader = await report(reader, 'outcome', `from=${year}-01-01&to=${year}-12-31&groupBy=association`);
    const own = forReader.groups.find((g) => g.key === associationId)!;
    const outcome = await evidence('source=outcome');
    expect(outcome.rows.map((r) => r.values)).toEqual(
      OUTCOME_INDICATORS.map(({ id }) =>
        (['total', ...GENDER_COLUMNS] as const).map((c) => outcomeCellText(own, id, c, 5)),
      ),
    );
    // Exit reasons of the förbund and of each insats over four years: Kvinnor = Totalt − Män
    // wherever exactly one of them is hidden.
    const found: Attack[] = [];
    for (const y of [year - 2, year - 1, year, year + 1]) {
      const truth = (await ctx.database.db.execute(
        sql`select intervention_id::text as insats, gender, exit_reason as reason, count(*)::int as n
            from participations where association_id = ${associationId}::uuid
              and exit_date between ${`${y}-01-01`}::date and ${`${y}-12-31`}::date
              and exit_reason is distinct from 'felregistrering'
            group by 1, 2, 3`,
      )) as unknown as { rows: { insats: string; gender: string; reason: string; n: number }[] };
      for (const scope of [null, ...ids.rows.map((r) => r.id)]) {
        const table = await evidence(`source=exit_reasons${scope ? `&interventionId=${scope}` : ''}`, y);
        for (const row of table.rows.slice(1)) {
          const [total, women, men] = row.values.slice(0, 3).map((v) => (v === '<5' ? null : Number(v)));
          if (total === null || (women === null) === (men === null)) continue;
          const reason = Object.entries(EXIT_REASON_LABELS_SV).find(([, label]) => label === row.label)![0];
          const gender = women === null ? 'kvinna' : 'man';
          const real = truth.rows
            .filter((r) => (scope === null || r.insats === scope) && r.gender === gender && r.reason === reason)
            .reduce((sum, r) => sum + r.n, 0);
          if (real === 0) continue;
          const estimate = total! - (women ?? men)!;
          found.push({ relation: 'kön', target: `${y}|${scope}|${reason}|${gender}`, estimate, truth: real });
        }
      }
    }
    expectNoRecovery(found, 'underlag, avslutsorsaker');
  }, 180_000);

  it('gives the first demo förbund’s draft niofält live, protected evidence', async () => {
    const name = DEMO_ASSOCIATIONS[0].name;
    const drafts = (await ctx.database.db.execute(
      sql`select s.id::text as id, s.association_id::text as association from self_assessments s
          join associations a on a.id = s.association_id where a.name = ${name} and s.status = 'draft'`,
    )) as unknown as { rows: { id: string; association: string }[] };
    expect(drafts.rows.length).toBeGreaterThan(0);
    const admin = await as(emailOf('association_admin', name));
    for (const draft of drafts.rows) {
      const url = `/api/v1/associations/${draft.association}/evidence-items?documentKind=self_assessment&documentId=${draft.id}`;
      const response = await call(ctx, admin, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      const items = response.json<{ source: string; frozen: boolean; table: { protected: boolean } | null }[]>();
      const outcome = items.find((i) => i.source === 'outcome')!;
      expect(outcome.frozen).toBe(false);
      expect(outcome.table!.protected).toBe(true);
      expect(items.map((i) => i.source)).toEqual(expect.arrayContaining(['interventions', 'exit_reasons', 'link']));
    }
  });

  it('gives no socio-economic oracle: no group under five, no override of a hidden group, no inputs nationally', async () => {
    const association = logins.find((l) => l.role === 'evaluator')!.association!;
    const evaluator = await as(emailOf('evaluator', association));
    const rows = (await ctx.database.db.execute(
      sql`select i.id::text as id, a.id::text as association from interventions i
          join associations a on a.id = i.association_id where a.name = ${association}`,
    )) as unknown as { rows: { id: string; association: string }[] };
    const year = YEARS[0]!;
    let previews = 0;
    let tried = 0;
    for (const insats of rows.rows) {
      const base = `/api/v1/associations/${insats.association}/interventions/${insats.id}/socioeconomic/preview`;
      const response = await call(ctx, evaluator, 'POST', base, { from: `${year}-01-01`, to: `${year}-12-31` });
      if (response.statusCode === 404) continue; // not assigned to this insats
      tried += 1;
      if (response.statusCode === 400) continue; // 1–4 women or men: refused, nothing shown
      expect(response.statusCode).toBe(200);
      previews += 1;
      const preview = response.json<{ groups: { key: string; weight: number }[] }>();
      expect(preview.groups.every((g) => g.weight >= 5)).toBe(true);
      // Guessing a group key that exists but is merged away, or one that exists nowhere: the same answer.
      const guess = (key: string) =>
        call(ctx, evaluator, 'POST', base, {
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          overrides: { [key]: { after: { work: 40, study: 0, support: {} } } },
        });
      const fake = await guess('kvinna|nothing|nowhere');
      const real = await guess('kvinna|w0.0|w40.0');
      expect(fake.statusCode).toBe(400);
      expect(real.statusCode).toBe(400);
      expect(real.body.replaceAll('kvinna|w0.0|w40.0', 'X')).toBe(fake.body.replaceAll('kvinna|nothing|nowhere', 'X'));
    }
    expect(tried, 'the evaluator is assigned to an insats').toBeGreaterThan(0);
    console.info(`utvärderare: ${tried} förhandsvisningar försökta, ${previews} visade`);
    const national = await as(emailOf('national_reader'));
    for (const insats of rows.rows) {
      const list = await call(
        ctx,
        national,
        'GET',
        `/api/v1/associations/${insats.association}/interventions/${insats.id}/socioeconomic/analyses`,
      );
      if (list.statusCode !== 200) continue;
      for (const analysis of list.json<{ input: { groups: unknown[]; model: { cases: unknown[] } } }[]>()) {
        expect(analysis.input.groups).toEqual([]);
        expect(analysis.input.model.cases).toEqual([]);
      }
    }
  });
});

/** A small förbund alone in Kalmar län: riket minus Jönköpings län would be exactly its figures. */
async function smallAssociationElsewhere(): Promise<string> {
  const association = await ctx.database.db.transaction((tx) =>
    createAssociation(tx, cliActor(), { name: 'Liten i Kalmar', countyCode: '08', municipalityCodes: ['0880'] }),
  );
  const owner = await login(ctx, (await seedUser(ctx, 'association_admin', association.id)).email);
  const insats = await call(ctx, owner, 'POST', `/api/v1/associations/${association.id}/interventions`, {
    name: 'Liten insats',
    kind: 'individual',
    startDate: '2015-01-01',
  });
  const next = random(8);
  const records: OutcomeRecord[] = YEARS.flatMap((year) =>
    Array.from({ length: 30 }, (_, i) => {
      const exit = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
      const hours = () => (next() < 0.4 ? 0 : Math.round(next() * 40));
      return {
        personKey: `k${year}-${i}`,
        gender: next() < 0.5 ? 'kvinna' : 'man',
        birthYear: 1970 + Math.floor(next() * 35),
        birthDate: null,
        startDate: `${year - 1}-06-01`,
        exitDate: exit,
        exitReason: 'arbete',
        education: next() < 0.3 ? 'forgymnasial' : 'gymnasial',
        publicSupportBefore: next() < 0.3 ? 'over_3_ar' : 'under_1_ar',
        workHoursBefore: 0,
        studyHoursBefore: 0,
        workHoursAfter: hours(),
        studyHoursAfter: hours(),
      } satisfies OutcomeRecord;
    }),
  );
  await insertRecords(ctx, association.id, insats.json<{ id: string }>().id, records);
  return association.id;
}

describe('the implementation board view (issue 13 §7)', () => {
  it('gives every role of a förbund, exact or protected, the same goal verdicts: no oracle of exact figures', async () => {
    const association = logins.find((l) => l.role === 'association_admin')!.association!;
    const rows = (await ctx.database.db.execute(
      sql`select id::text as id from associations where name = ${association}`,
    )) as unknown as { rows: { id: string }[] };
    const url = `/api/v1/associations/${rows.rows[0]!.id}/implementation?from=${thisYear - 2}-01-01&to=${thisYear}-12-31`;
    const views = new Map<string, string>();
    for (const role of ['association_admin', 'reader', 'evaluator', 'participant_officer', 'national_reader']) {
      const email = role === 'national_reader' ? emailOf(role) : emailOf(role, association);
      const response = await call(ctx, await as(email), 'GET', url);
      expect(response.statusCode, `${role}: ${response.body}`).toBe(200);
      views.set(role, JSON.stringify(response.json<{ interventions: unknown }>().interventions));
    }
    expect(new Set(views.values()).size).toBe(1);
    expect(views.get('reader')).toContain('"goalsMet":true');
  });
});

describe('the activity report of structural insatser (issue 17 §4)', () => {
  it('protects attendances and aktualiseringar for läsare as for publication, and lets no hidden count be recovered by subtraction', async () => {
    // Every demo förbund: one förbund's report gives a dozen attacks, too few for a stable hit rate.
    const found: Attack[] = [];
    for (const association of new Set(logins.filter((l) => l.role === 'reader').map((l) => l.association!)))
      found.push(...(await activityReportAttacks(association)));
    expectNoRecovery(found, 'läsare, aktivitetsrapport');
  }, 240_000);
});

/** Subtraction attacks on one förbund's protected activity report, each with the hidden true value. */
async function activityReportAttacks(association: string): Promise<Attack[]> {
  const rows = (await ctx.database.db.execute(
    sql`select id::text as id from associations where name = ${association}`,
  )) as unknown as { rows: { id: string }[] };
  const associationId = rows.rows[0]!.id;
  const years = { fromYear: thisYear - 2, toYear: thisYear - 1 };
  const url = `/api/v1/associations/${associationId}/activity-report?fromYear=${years.fromYear}&toYear=${years.toYear}`;
  const read = await call(ctx, await as(emailOf('reader', association)), 'GET', url);
  expect(read.statusCode, read.body).toBe(200);
  const shown = read.json<ActivityReportView>();
  const published = (
    await call(ctx, await as(emailOf('association_admin', association)), 'GET', `${url}&suppress=true`)
  ).json<ActivityReportView>();
  expect(shown.protection).not.toBeNull();
  expect(JSON.stringify(shown.years)).toBe(JSON.stringify(published.years));
  // The truth: the förbund's own exact report (its administrator reads the personal data behind it).
  const chief = { ...cliActor(), roles: [{ role: 'association_admin' as const, associationId }] };
  const real = await activityReport(ctx.database.db, chief, associationId, years, ctx.app.disclosure);
  expect(real.protection).toBeNull();
  // Every cell by period (each year and the span), organisation and gender.
  const cells = (report: ActivityReportView) => {
    const map = new Map<string, number | null>();
    const periods = [...report.years.map((y) => [`${y.year}`, y.totals] as const), ['span', report.total] as const];
    for (const [period, totals] of periods)
      for (const o of totals.byOrganisation)
        for (const g of ['women', 'men', 'unknown', 'total'] as const)
          map.set(`${period}|${o.organisationId}|${g}`, o.participants[g]);
    // Aktualiseringar per party and gender (decision 0061): the same relations, the same protection.
    const raised = [
      ...report.actualisations.years.map((y) => [`${y.year}`, y.summary] as const),
      ['span', report.actualisations.total] as const,
    ];
    for (const [period, summary] of raised)
      for (const p of summary.byParty)
        for (const [g, value] of [
          ['women', p.women],
          ['men', p.men],
          ['unknown', p.unknownGender],
          ['total', p.total],
        ] as const)
          map.set(`${period}|raised:${p.raisedBy}|${g}`, value);
    return map;
  };
  const [visible, exact] = [cells(shown), cells(real)];
  const found: Attack[] = [];
  const tryRelation = (relation: string, total: string, parts: string[]) => {
    const totalValue = visible.get(total);
    const hidden = parts.filter((p) => visible.get(p) === null);
    if (totalValue === null || totalValue === undefined || hidden.length !== 1) return;
    const truth = exact.get(hidden[0]!)!;
    if (truth === null || truth === 0) return;
    const estimate =
      totalValue - parts.filter((p) => p !== hidden[0]).reduce((sum, p) => sum + (visible.get(p) ?? 0), 0);
    found.push({ relation, target: hidden[0]!, estimate, truth });
  };
  for (const key of visible.keys()) {
    if (!key.endsWith('|total')) continue;
    const base = key.slice(0, -'total'.length);
    // Totalt − kvinnor − män = uppgift saknas, and each the other way round.
    tryRelation(
      'kön',
      key,
      ['women', 'men', 'unknown'].map((g) => `${base}${g}`),
    );
    // The span minus the other year = one year.
    const [period, organisation] = key.split('|');
    if (period === 'span')
      for (const g of ['women', 'men', 'unknown', 'total'])
        tryRelation(
          'år',
          `span|${organisation}|${g}`,
          shown.years.map((y) => `${y.year}|${organisation}|${g}`),
        );
  }
  return found;
}

/** Totalt − kvinnor − män (− uppgift saknas) for every count of every insats and organisation, and the organisations' sum. */
async function nationalAttacks(associationId: string, year: number, shown: NationalFiguresView): Promise<Attack[]> {
  const chief = { ...cliActor(), roles: [{ role: 'association_admin' as const, associationId }] };
  const real = await nationalFigures(
    ctx.database.db,
    chief,
    associationId,
    { year, suppress: false, format: 'json' },
    ctx.app.disclosure,
  );
  expect(real.protection).toBeNull();
  const countsOf = (view: NationalFiguresView) => [
    ...view.individual.flatMap((i) => Object.entries(i.figures).map(([m, c]) => [`${i.id}|${m}`, c] as const)),
    ...view.structural.flatMap((s) => [
      [`${s.id}|all`, s.participants] as const,
      ...s.byOrganisation.map((o) => [`${s.id}|${o.organisationId}`, o.participants] as const),
    ]),
  ];
  const truth = new Map(countsOf(real));
  const found: Attack[] = [];
  for (const [key, c] of countsOf(shown)) {
    const parts = [c.women, c.men, c.unknown];
    const hidden = parts.findIndex((v) => v === null);
    if (c.total === null || hidden < 0 || parts.filter((v) => v === null).length !== 1) continue;
    const exact = truth.get(key)!;
    const target = [exact.women, exact.men, exact.unknown][hidden]!;
    if (!target) continue;
    const estimate = c.total - parts.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    found.push({ relation: 'kön', target: `${key}|${hidden}`, estimate, truth: target });
  }
  // Samtliga organisationer − the other organisations = one organisation, per gender.
  for (const s of shown.structural)
    for (const g of ['women', 'men', 'unknown', 'total'] as const) {
      const parts = s.byOrganisation.map((o) => o.participants[g]);
      const hidden = parts.findIndex((v) => v === null);
      const whole = s.participants[g];
      if (whole === null || hidden < 0 || parts.filter((v) => v === null).length !== 1) continue;
      const organisation = s.byOrganisation[hidden]!.organisationId;
      const target = truth.get(`${s.id}|${organisation}`)![g]!;
      const estimate = whole - parts.reduce<number>((sum, v) => sum + (v ?? 0), 0);
      found.push({ relation: 'organisationer', target: `${s.id}|${organisation}|${g}`, estimate, truth: target });
    }
  return found;
}

describe('the yearly national figures (issue 17 §5)', () => {
  it('gives läsare the published version, the outcome report’s antal, and no hidden count by subtracting genders', async () => {
    const year = YEARS[0]!;
    const association = logins.find((l) => l.role === 'reader')!.association!;
    const rows = (await ctx.database.db.execute(
      sql`select id::text as id from associations where name = ${association}`,
    )) as unknown as { rows: { id: string }[] };
    const associationId = rows.rows[0]!.id;
    const reader = await as(emailOf('reader', association));
    const url = `/api/v1/associations/${associationId}/national-figures?year=${year}`;
    const shown = (await call(ctx, reader, 'GET', url)).json<NationalFiguresView>();
    const published = (
      await call(ctx, await as(emailOf('association_admin', association)), 'GET', `${url}&suppress=true`)
    ).json<NationalFiguresView>();
    expect(shown.protection).not.toBeNull();
    expect(JSON.stringify(shown)).toBe(JSON.stringify(published));
    // The same records get the same value in every view: exited in the year is the outcome report's antal.
    const outcome = await report(reader, 'outcome', `from=${year}-01-01&to=${year}-12-31&groupBy=intervention`);
    let compared = 0;
    for (const insats of shown.individual) {
      const antal = outcome.groups.find((g) => g.key === insats.id)?.cells.antal;
      const exited = insats.figures.exited;
      if (!antal || exited.total === null) continue;
      expect([exited.total, exited.women, exited.men]).toEqual([antal.total, antal.kvinna, antal.man]);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    // And a structural insats's attendances are the activity report's for that insats and year.
    const structural = shown.structural.find((s) => s.activities > 0)!;
    const activities = (
      await call(
        ctx,
        reader,
        'GET',
        `/api/v1/associations/${associationId}/activity-report?fromYear=${year}&toYear=${year}&interventionId=${structural.id}`,
      )
    ).json<ActivityReportView>();
    expect(structural.participants).toEqual(activities.total.participants);
    // Over three years: each year is a fixed set of records.
    const found: Attack[] = [];
    for (const y of [year - 1, year, year + 1])
      found.push(
        ...(await nationalAttacks(
          associationId,
          y,
          (
            await call(ctx, reader, 'GET', `/api/v1/associations/${associationId}/national-figures?year=${y}`)
          ).json<NationalFiguresView>(),
        )),
      );
    expectNoRecovery(found, 'läsare, nationell uppföljning');
  }, 120_000);
});

describe('a förbund beside the län and riket (issue 12 §1)', () => {
  it('lets the förbundschef recover no other förbund’s small count from the län and riket minus their own exact figures', async () => {
    await smallAssociationElsewhere();
    const finnveden = logins.find((l) => l.role === 'association_admin' && l.association?.endsWith('Finnveden'))!;
    const chef = await as(finnveden.email);
    const ownRows = (await ctx.database.db.execute(
      sql`select id::text as id from associations where name = ${finnveden.association}`,
    )) as unknown as { rows: { id: string }[] };
    const ownId = ownRows.rows[0]!.id;
    // Free dates beside other förbund's figures are refused, though the förbundschef has them for their own.
    for (const groupBy of ['county', 'national'])
      expect(
        (
          await call(
            ctx,
            chef,
            'GET',
            `/api/v1/reports/outcome?from=${YEARS[0]}-01-01&to=${YEARS[0]}-04-12&groupBy=${groupBy}`,
          )
        ).statusCode,
      ).toBe(400);
    const found: Attack[] = [];
    for (const year of YEARS)
      for (const kind of CALENDAR_PERIOD_KINDS)
        for (const { from, to } of calendarPeriods(year, kind)) {
          const shown = await report(chef, 'outcome', `from=${from}&to=${to}&groupBy=national`);
          const cells = (key: string) => shown.groups.find((g) => g.key === key)?.cells;
          const real = async (groupBy: OutcomeReport['groupBy'], key: string) =>
            (await truth(from, to, groupBy)).groups.find((g) => g.key === key)?.cells;
          const truths = {
            own: await real('association', ownId),
            county: await real('county', '06'),
            riket: await real('national', 'riket'),
          };
          expect(shown.groups.find((g) => g.key === ownId)?.protected ?? false).toBe(false);
          for (const indicator of COUNTS)
            for (const column of ['total', ...GENDER_COLUMNS] as const) {
              const value = (c: typeof truths.own) => c?.[indicator][column] ?? 0;
              const attack = (relation: string, total: string, part: string, t: number, p: number) => {
                const whole = cells(total)?.[indicator][column];
                const known = part === ownId ? value(truths.own) : cells(part)?.[indicator][column];
                const target = t - p;
                // A small count of other förbund: what the attacker is after; estimated as whole − part.
                if (whole === null || whole === undefined || known === null || known === undefined) return;
                if (target < 1 || target > 4) return;
                found.push({
                  relation,
                  target: `${from}|${indicator}|${column}`,
                  estimate: whole - known,
                  truth: target,
                });
              };
              // Jönköpings län minus Finnveden: the other förbund of the län.
              attack('län − eget', '06', ownId, value(truths.county), value(truths.own));
              // Riket minus Jönköpings län: the small förbund alone in Kalmar län.
              attack('riket − län', 'riket', '06', value(truths.riket), value(truths.county));
              // Riket minus Finnveden: everyone else.
              attack('riket − eget', 'riket', ownId, value(truths.riket), value(truths.own));
            }
        }
    expect(found.some((a) => a.relation === 'riket − län')).toBe(true);
    expectNoRecovery(found, 'förbundschef mot län och riket');
  }, 180_000);
});
