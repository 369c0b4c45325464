import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXIT_REASON_LABELS_SV,
  FOLLOW_UP_ROWS,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  type EvidenceTable,
  type ExitReason,
} from '@insikt/core';
import { finnveden2019 } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
import { followUpTable } from '../src/modules/reports/follow-up-files';
import type { FollowUpReport } from '../src/modules/reports/follow-up-report';
import type { OutcomeReport } from '../src/modules/reports/outcome-report';
import { outcomeCellText } from '../src/modules/reports/outcome-table';
import {
  call,
  login,
  seedAssociation,
  seedUser,
  startTestApp,
  unique,
  type Session,
  type TestContext,
} from './harness';
import { insertRecords } from './report-fixtures';

/**
 * Evidence from Insikt (issue 13 §2): every figure is the protected report a reader of the förbund
 * gets for the same year and scope, whoever attaches it, so a document for the board never holds
 * what the board may not see.
 */
let ctx: TestContext;
let A: string;
let other: string;
let insats: string;
let second: string;
const s: Record<'admin' | 'reader' | 'evaluator' | 'lead' | 'national' | 'otherAdmin', Session> = {} as never;

// Exit reasons spread over the fixture, so the bortfallsanalys has large and small counts.
const REASONS: ExitReason[] = ['arbete', 'arbete', 'arbete', 'studier', 'avbrott', 'ohalsa', 'annan_insats'];
const records = finnveden2019.map((r, i) => ({ ...r, exitReason: REASONS[i % REASONS.length]! }));

async function createInsats(name: string) {
  const response = await call(ctx, s.admin, 'POST', `/api/v1/associations/${A}/interventions`, {
    name,
    kind: 'individual',
    startDate: '2018-01-01',
    targetGroup: 'Unga vuxna med försörjningsstöd',
    goals: [
      {
        description: 'Minst 30 % i arbete efter avslut',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.3,
      },
    ],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function assign(userId: string, role: 'evaluator' | 'intervention_lead', interventionId: string) {
  const response = await call(ctx, s.admin, 'POST', `/api/v1/associations/${A}/interventions/${interventionId}/staff`, {
    userId,
    role,
  });
  expect(response.statusCode, response.body).toBe(201);
}

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx, unique('Finnveden'))).id;
  other = (await seedAssociation(ctx)).id;
  s.admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  s.reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
  s.national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
  s.otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
  insats = await createInsats(unique('Steget'));
  second = await createInsats(unique('Vägen'));
  await insertRecords(ctx, A, insats, records);
  // Twelve women and one man: the man is a count the protected figures hide.
  await insertRecords(ctx, A, second, [...records.slice(0, 12), records[30]!]);
  const evaluator = await seedUser(ctx, 'evaluator', A);
  await assign(evaluator.id, 'evaluator', insats);
  s.evaluator = await login(ctx, evaluator.email);
  const lead = await seedUser(ctx, 'intervention_lead', A);
  await assign(lead.id, 'intervention_lead', insats);
  s.lead = await login(ctx, lead.email);
});
afterAll(() => ctx.close());

async function evidence(session: Session, query: string, associationId = A) {
  return call(ctx, session, 'GET', `/api/v1/associations/${associationId}/evidence?${query}`);
}
async function evidenceOk(session: Session, query: string): Promise<EvidenceTable> {
  const response = await evidence(session, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EvidenceTable>();
}
async function readerReport<T>(path: string, query: string): Promise<T> {
  const response = await call(ctx, s.reader, 'GET', `/api/v1/reports/${path}?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}
const YEAR = 'from=2019-01-01&to=2019-12-31';

/** Every value of an outcome group as the evidence table holds it: indicator rows, Totalt/Kvinnor/Män. */
const outcomeValues = (group: OutcomeReport['groups'][number]) =>
  OUTCOME_INDICATORS.map(({ id }) => OUTCOME_COLUMNS.map((column) => outcomeCellText(group, id, column, 5)));

describe('evidence from the outcome report', () => {
  it('equals the protected report a reader gets for the förbund and year, whoever attaches it', async () => {
    const table = await evidenceOk(s.admin, 'source=outcome&year=2019');
    const report = await readerReport<OutcomeReport>('outcome', `${YEAR}&groupBy=association`);
    const group = report.groups.find((g) => g.key === A)!;
    expect(group.protected).toBe(true);
    expect(table.rows.map((r) => r.values)).toEqual(outcomeValues(group));
    expect(table).toMatchObject({
      source: 'outcome',
      protected: true,
      scopeLabel: group.label,
      period: { from: '2019-01-01', to: '2019-12-31' },
    });
    expect(table.columns).toEqual(
      OUTCOME_COLUMNS.map((c) => `${group.label} – ${{ total: 'Totalt', kvinna: 'Kvinnor', man: 'Män' }[c]}`),
    );
    // The administrator's own report is exact; the evidence is not: one man in an insats is "<5".
    const exact = (
      await call(ctx, s.admin, 'GET', `/api/v1/reports/outcome?${YEAR}&groupBy=intervention&interventionId=${second}`)
    ).json<OutcomeReport>();
    expect(exact.groups[0]!.cells.antal).toMatchObject({ man: 1 });
    const small = await evidenceOk(s.admin, `source=outcome&year=2019&interventionId=${second}`);
    expect(small.rows[0]!.values[2]).toBe('<5');
  });

  it('gives an insats-level document its insats only, as a reader sees that insats', async () => {
    const table = await evidenceOk(s.evaluator, `source=outcome&year=2019&interventionId=${insats}`);
    const report = await readerReport<OutcomeReport>(
      'outcome',
      `${YEAR}&groupBy=intervention&interventionId=${insats}`,
    );
    expect(table.rows.map((r) => r.values)).toEqual(outcomeValues(report.groups[0]!));
    expect(table.scopeLabel).toBe(report.groups[0]!.label);
  });

  it('shows each year of the trend as that year’s evidence', async () => {
    const trend = await evidenceOk(s.admin, 'source=outcome_trend&year=2019');
    const year = await evidenceOk(s.admin, 'source=outcome&year=2019');
    const at = trend.columns.indexOf('År 2019 – Totalt');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(trend.rows.map((r) => r.values.slice(at, at + 3))).toEqual(year.rows.map((r) => r.values));
    expect(trend.period).toEqual({ from: '2015-01-01', to: '2019-12-31' });
  });
});

describe('evidence from the follow-up report and the exit reasons', () => {
  it('equals the protected follow-up report a reader gets', async () => {
    const table = await evidenceOk(s.admin, 'source=follow_up&year=2019');
    const report = await readerReport<FollowUpReport>('follow-up', `${YEAR}&groupBy=association`);
    expect(report.suppressed).toBe(true);
    const [, header, ...rows] = followUpTable(report);
    expect(table.columns).toEqual(header!.slice(1));
    expect(table.rows.map((r) => [r.label, ...r.values])).toEqual(rows.slice(0, FOLLOW_UP_ROWS.length));
    expect(table.protected).toBe(true);
  });

  it('counts why participations ended, with the outcome report’s protected antal and small counts hidden', async () => {
    const table = await evidenceOk(s.admin, 'source=exit_reasons&year=2019');
    const outcome = await evidenceOk(s.admin, 'source=outcome&year=2019');
    const antal = table.rows.find((r) => r.label === 'Antal avslutade')!;
    // The same participations with the same record keys: the same protected antal as the outcome report.
    expect(antal.values.slice(0, 3)).toEqual(outcome.rows[0]!.values);
    // Ill health, counted by hand: 3 + 1 women and 4 men of the two insatser; 8 in all (shown within ±2).
    const ohalsa = table.rows.find((r) => r.label === EXIT_REASON_LABELS_SV.ohalsa)!;
    expect(Math.abs(Number(ohalsa.values[0]) - 8)).toBeLessThanOrEqual(2);
    expect(ohalsa.values.slice(1, 3)).toEqual(['<5', '<5']);
    expect(ohalsa.values.slice(4, 6)).toEqual(['..', '..']);
    expect(table.rows.map((r) => r.label)).not.toContain(EXIT_REASON_LABELS_SV.felregistrering);
  });
});

describe('evidence about the insatser', () => {
  it('lists the insatser of the year with target group and goals, and their goals against the protected outcome', async () => {
    const list = await evidenceOk(s.admin, 'source=interventions&year=2019');
    expect(list.rows.map((r) => r.label).sort()).toHaveLength(2);
    expect(list.rows[0]!.values.slice(2)).toEqual([
      'Unga vuxna med försörjningsstöd',
      'Minst 30 % i arbete efter avslut',
    ]);
    const goals = await evidenceOk(s.lead, `source=goal_fulfilment&year=2019&interventionId=${insats}`);
    const fromReader = (
      await call(ctx, s.reader, 'GET', `/api/v1/associations/${A}/interventions/${insats}/goals`)
    ).json<{ goals: { results: { year: number; actual: number | null; met: boolean | null }[] }[] }>();
    const reader2019 = fromReader.goals[0]!.results.find((r) => r.year === 2019)!;
    expect(goals.rows).toHaveLength(1);
    expect(goals.rows[0]!.values[2]).toBe(`${Math.round(reader2019.actual! * 100)} %`);
    expect(goals.rows[0]!.values[3]).toBe(reader2019.met ? 'Ja' : 'Nej');
  });

  it('lists no socio-economic analysis where none is saved', async () => {
    const table = await evidenceOk(s.admin, 'source=socioeconomic&year=2019');
    expect(table.rows).toEqual([]);
    expect(table.columns).toContain('Nettonytta 5 år per deltagare');
  });
});

describe('who may collect evidence', () => {
  it('refuses roles that do not write evaluations, other förbund and insatser outside the role', async () => {
    expect((await evidence(s.reader, 'source=outcome&year=2019')).statusCode).toBe(403);
    expect((await evidence(s.national, 'source=outcome&year=2019')).statusCode).toBe(403);
    // The förbund-level document is the förbundsadministratör's; an insats role reaches its own insatser.
    expect((await evidence(s.lead, 'source=outcome&year=2019')).statusCode).toBe(404);
    expect((await evidence(s.evaluator, `source=outcome&year=2019&interventionId=${second}`)).statusCode).toBe(404);
    expect(
      (await evidence(s.evaluator, `source=outcome&year=2019&interventionId=${insats}&interventionId=${second}`))
        .statusCode,
    ).toBe(404);
    expect((await evidence(s.otherAdmin, 'source=outcome&year=2019')).statusCode).toBe(404);
    expect((await evidence(s.otherAdmin, `source=outcome&year=2019&interventionId=${insats}`, other)).statusCode).toBe(
      404,
    );
  });

  it('refuses an unknown source and a year outside the förbund era with a Swedish message', async () => {
    const source = await evidence(s.admin, 'source=document&year=2019');
    expect(source.statusCode).toBe(400);
    const year = await evidence(s.admin, 'source=outcome&year=1999');
    expect(year.statusCode).toBe(400);
  });
});
