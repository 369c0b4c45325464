import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { todayIso, type OutcomeRecord } from '@insikt/core';
import { associations, auditLog, interventions } from '../src/db/schema';
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
import { DEMO_ASSOCIATIONS } from '../src/modules/demo/demo-data';
import { loadDemo } from '../src/modules/demo/load-demo';

let ctx: TestContext;
let A: string;
let B: string;
let members: { id: string; name: string }[];
let admin: Session;
let reader: Session;
let national: Session;
let evaluator: Session;
let evaluatorId: string;

/** An insats inserted as it stands in the register, with an end date and goals on the outcome report. */
async function insats(associationId: string, patch: Partial<typeof interventions.$inferInsert> = {}) {
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId, name: unique('Insats'), kind: 'individual', startDate: '2022-01-01', ...patch })
    .returning();
  return row!;
}
/** `count` participants who started in 2022 and left for work within `year`. */
const exits = (count: number, year: number): OutcomeRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    personKey: `p${i}`,
    gender: i % 2 === 0 ? 'kvinna' : 'man',
    birthYear: 1985,
    birthDate: null,
    startDate: '2022-02-01',
    exitDate: `${year}-0${1 + (i % 5)}-15`,
    exitReason: 'arbete',
    education: null,
    publicSupportBefore: null,
    workHoursBefore: 0,
    studyHoursBefore: 0,
    workHoursAfter: 40,
    studyHoursAfter: 0,
  }));
const atLeast = (target: number) => [
  { description: `Minst ${target} deltagare`, indicatorId: 'antal', column: 'total', comparison: 'at_least', target },
];

const url = (associationId: string, interventionId: string) =>
  `/api/v1/associations/${associationId}/interventions/${interventionId}/implementation`;
const record = (patch: Record<string, unknown> = {}) => ({
  gapType: 'gap_covering',
  collaborationForm: 'coordination',
  interventionForm: 'project',
  receivingMemberId: members[0]!.id,
  namedReceiver: 'Karin Ek, enhetschef',
  implementationGoal: 'Arbetssättet tas över av kommunens arbetsmarknadsenhet.',
  financingPlan: 'Kommunen finansierar från 2026.',
  financingFrom: '2026-01-01',
  decisions: [],
  barriers: [],
  version: 0,
  ...patch,
});
type Stored = {
  version: number;
  namedReceiver: string | null;
  status: string;
  statusHistory: { status: string; date: string; memberIds: string[]; recordedBy: string | null }[];
};

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  B = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
  national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
  members = (await call(ctx, admin, 'GET', `/api/v1/associations/${A}`)).json<{ members: typeof members }>().members;
  const evaluatorUser = await seedUser(ctx, 'evaluator', A);
  evaluator = await login(ctx, evaluatorUser.email);
  evaluatorId = evaluatorUser.id;
});
afterAll(() => ctx.close());

describe('the implementation record of an insats', () => {
  it('saves and reads gap type, samverkansform, plan, decisions and barriers, and audits the change', async () => {
    const i = await insats(A);
    const decisions = [
      { memberId: members[1]!.id, date: '2025-11-20', outcome: 'partial', reference: 'KS 2025-11-20 § 12' },
    ];
    const saved = await call(
      ctx,
      admin,
      'PUT',
      url(A, i.id),
      record({ decisions, barriers: ['one_year_budgets', 'other'], barrierOther: 'Lokalfrågan' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await call(ctx, reader, 'GET', url(A, i.id))).json<Stored & Record<string, unknown>>();
    expect(read).toMatchObject({
      version: 1,
      gapType: 'gap_covering',
      collaborationForm: 'coordination',
      namedReceiver: 'Karin Ek, enhetschef',
      barriers: ['one_year_budgets', 'other'],
      barrierOther: 'Lokalfrågan',
      decisions: [{ ...decisions[0], note: '' }],
    });
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'implementation.update'), eq(auditLog.entityId, i.id)));
    expect(entry).toMatchObject({ associationId: A, entityType: 'intervention' });
  });

  it('keeps a dated history of status changes with who recorded them, in date order', async () => {
    const i = await insats(A);
    const first = await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'under_investigation',
      date: '2025-03-01',
      version: 0,
    });
    expect(first.statusCode, first.body).toBe(200);
    const partly = await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'implemented_partly',
      date: '2025-09-01',
      memberIds: [members[2]!.id],
      version: 1,
    });
    expect(partly.statusCode, partly.body).toBe(200);
    const read = (await call(ctx, admin, 'GET', url(A, i.id))).json<Stored>();
    expect(read.status).toBe('implemented_partly');
    expect(read.statusHistory.map((s) => [s.status, s.date, s.memberIds, s.recordedBy])).toEqual([
      ['under_investigation', '2025-03-01', [], 'Test association_admin'],
      ['implemented_partly', '2025-09-01', [members[2]!.id], 'Test association_admin'],
    ]);
    // Earlier than the latest change: refused with the date named.
    const earlier = await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'closed',
      date: '2025-01-01',
      version: 2,
    });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json<{ error: { message: string } }>().error.message).toContain('2025-09-01');
    // "Delvis" must name the parties.
    const noParties = await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'implemented_partly',
      date: '2025-10-01',
      version: 2,
    });
    expect(noParties.statusCode).toBe(400);
    const audited = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'implementation.status'), eq(auditLog.entityId, i.id)));
    expect(audited.map((a) => a.details)).toEqual([
      { before: 'not_planned', after: 'under_investigation', date: '2025-03-01' },
      { before: 'under_investigation', after: 'implemented_partly', date: '2025-09-01' },
    ]);
  });

  it('refuses a stale version with 409, for the record and for a status change', async () => {
    const i = await insats(A);
    expect((await call(ctx, admin, 'PUT', url(A, i.id), record())).statusCode).toBe(200);
    expect((await call(ctx, admin, 'PUT', url(A, i.id), record({ version: 1 }))).statusCode).toBe(200);
    const stale = await call(ctx, admin, 'PUT', url(A, i.id), record({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    // A second "create" is stale too: it never overwrites the record someone else created.
    expect((await call(ctx, admin, 'PUT', url(A, i.id), record({ version: 0 }))).statusCode).toBe(409);
    const status = await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'not_implemented',
      date: '2025-05-05',
      version: 1,
    });
    expect(status.statusCode).toBe(409);
  });

  it('refuses a receiver or a deciding party that is not a member of the förbund', async () => {
    const i = await insats(A);
    const foreign = (await call(ctx, admin, 'GET', `/api/v1/associations/${A}`)).json<{ id: string }>();
    const response = await call(ctx, admin, 'PUT', url(A, i.id), record({ receivingMemberId: foreign.id }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { issues: { field: string }[] } }>().error.issues[0]!.field).toBe(
      'receivingMemberId',
    );
  });

  it('hides the named receiver and who recorded a status from the national reader', async () => {
    const i = await insats(A);
    await call(ctx, admin, 'PUT', url(A, i.id), record());
    await call(ctx, admin, 'POST', `${url(A, i.id)}/status`, {
      status: 'under_investigation',
      date: '2025-01-10',
      version: 1,
    });
    const read = (await call(ctx, national, 'GET', url(A, i.id))).json<Stored>();
    expect(read.namedReceiver).toBeNull();
    expect(read.statusHistory[0]!.recordedBy).toBeNull();
    expect(JSON.stringify(read)).not.toContain('Karin Ek');
    expect((await call(ctx, reader, 'GET', url(A, i.id))).json<Stored>().namedReceiver).toBe('Karin Ek, enhetschef');
  });

  it('lets an utvärderare write the record of an assigned insats only, and a reader none', async () => {
    const assigned = await insats(A);
    const other = await insats(A);
    await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions/${assigned.id}/staff`, {
      userId: evaluatorId,
      role: 'evaluator',
    });
    expect((await call(ctx, evaluator, 'PUT', url(A, assigned.id), record())).statusCode).toBe(200);
    expect((await call(ctx, evaluator, 'PUT', url(A, other.id), record())).statusCode).toBe(404);
    expect((await call(ctx, reader, 'PUT', url(A, other.id), record())).statusCode).toBe(403);
    // Another förbund's insats does not exist for this förbund's administrator.
    const theirs = await insats(B);
    expect((await call(ctx, admin, 'GET', url(B, theirs.id))).statusCode).toBe(404);
    expect((await call(ctx, admin, 'GET', url(A, theirs.id))).statusCode).toBe(404);
  });
});

describe('the board view', () => {
  it('gives the hand-computed figures for the insatser that ended in the period', async () => {
    const C = (await seedAssociation(ctx)).id;
    const cAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', C)).email);
    const cReader = await login(ctx, (await seedUser(ctx, 'reader', C)).email);
    const cMembers = (await call(ctx, cAdmin, 'GET', `/api/v1/associations/${C}`)).json<{ members: { id: string }[] }>()
      .members;
    // S1: goals met (30 exits ≥ 10), not implemented; S2: goals met, fully; S3: goals not met (30 < 100),
    // partly; S4: structural, no record (no decision); S5 ended outside the period, S6 has not ended.
    const s1 = await insats(C, { name: 'S1', endDate: '2023-06-30', goals: atLeast(10) as never });
    const s2 = await insats(C, { name: 'S2', endDate: '2023-06-30', goals: atLeast(10) as never });
    const s3 = await insats(C, { name: 'S3', endDate: '2023-09-30', goals: atLeast(100) as never });
    await insats(C, { name: 'S4', kind: 'structural', endDate: '2023-12-31' });
    await insats(C, { name: 'S5', endDate: '2022-12-31' });
    await insats(C, { name: 'S6' });
    for (const s of [s1, s2, s3]) await insertRecords(ctx, C, s.id, exits(30, 2023));
    const status = (id: string, body: Record<string, unknown>) =>
      call(ctx, cAdmin, 'POST', `${url(C, id)}/status`, body);
    const save = (id: string, body: Record<string, unknown>) =>
      call(ctx, cAdmin, 'PUT', url(C, id), record({ receivingMemberId: null, ...body }));
    expect((await save(s1.id, { barriers: ['one_year_budgets', 'no_decision'] })).statusCode).toBe(200);
    expect((await status(s1.id, { status: 'not_implemented', date: '2023-10-01', version: 1 })).statusCode).toBe(200);
    const decided = (date: string, outcome: string) => [{ memberId: cMembers[0]!.id, date, outcome }];
    // 2023-06-30 → 2024-03-15: 8 whole months.
    expect((await save(s2.id, { decisions: decided('2024-03-15', 'full') })).statusCode).toBe(200);
    expect((await status(s2.id, { status: 'implemented_fully', date: '2024-03-15', version: 1 })).statusCode).toBe(200);
    // 2023-09-30 → 2023-12-01: 2 whole months.
    expect(
      (await save(s3.id, { decisions: decided('2023-12-01', 'partial'), barriers: ['one_year_budgets'] })).statusCode,
    ).toBe(200);
    const partly = { status: 'implemented_partly', date: '2023-12-01', memberIds: [cMembers[0]!.id], version: 1 };
    expect((await status(s3.id, partly)).statusCode).toBe(200);

    for (const session of [cAdmin, cReader]) {
      const response = await call(
        ctx,
        session,
        'GET',
        `/api/v1/associations/${C}/implementation?from=2023-01-01&to=2023-12-31`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const board = response.json<{ summary: Record<string, unknown>; interventions: { name: string }[] }>();
      expect(board.interventions.map((i) => i.name)).toEqual(['S1', 'S2', 'S3', 'S4']);
      expect(board.summary).toMatchObject({
        ended: 4,
        outcomes: { full: 1, partial: 1, not: 1, undecided: 1 },
        rateOfEnded: 0.5,
        monthsToDecision: { count: 2, median: 5, min: 2, max: 8 },
        barriers: [
          { barrier: 'one_year_budgets', count: 2 },
          { barrier: 'no_decision', count: 1 },
        ],
        successful: 2,
        successfulNotImplemented: [{ id: s1.id, name: 'S1', endDate: '2023-06-30', outcome: 'not' }],
      });
      expect(board.summary.rateOfKnown).toBeCloseTo(2 / 3, 10);
    }
    const file = await call(
      ctx,
      cReader,
      'GET',
      `/api/v1/associations/${C}/implementation?from=2023-01-01&to=2023-12-31&format=xlsx`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
  });
});

describe('the board view and small groups', () => {
  it('judges goals on the protected report, so an insats of three participants is "not measured" for everyone', async () => {
    const D = (await seedAssociation(ctx)).id;
    const dAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', D)).email);
    // Exact figures would say the goal (at least 1 participant) was met; 3 is a small count and hidden.
    const small = await insats(D, { name: 'Liten', endDate: '2023-06-30', goals: atLeast(1) as never });
    await insertRecords(ctx, D, small.id, exits(3, 2023));
    const board = (
      await call(ctx, dAdmin, 'GET', `/api/v1/associations/${D}/implementation?from=2023-01-01&to=2023-12-31`)
    ).json<{ interventions: { goalsMet: boolean | null }[]; summary: { successful: number } }>();
    expect(board.interventions.map((i) => i.goalsMet)).toEqual([null]);
    expect(board.summary.successful).toBe(0);
  });
});

describe('the demo', () => {
  it('shows the first demo förbund a successful insats that was not implemented, one partly and one fully', async () => {
    const { password } = await loadDemo(ctx.database.db, todayIso());
    const [first] = await ctx.database.db
      .select()
      .from(associations)
      .where(eq(associations.name, DEMO_ASSOCIATIONS[0].name));
    const board = await login(ctx, `styrelse.${DEMO_ASSOCIATIONS[0].slug}@demo.insikt.se`, password);
    const year = Number(todayIso().slice(0, 4));
    const response = await call(
      ctx,
      board,
      'GET',
      `/api/v1/associations/${first!.id}/implementation?from=${year - 1}-01-01&to=${year}-12-31`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const { summary } = response.json<{
      summary: { outcomes: Record<string, number>; successfulNotImplemented: { name: string }[] };
    }>();
    expect(summary.successfulNotImplemented.map((s) => s.name)).toEqual(['Steg till arbete']);
    expect(summary.outcomes).toMatchObject({ full: 1, partial: 1, not: 1 });
  });
});
