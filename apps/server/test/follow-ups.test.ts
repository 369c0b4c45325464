import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { addMonths, todayIso } from '@insikt/core';
import { auditLog, participations } from '../src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

/**
 * The follow-up workflow (issue 12 §8, decision 0022): windows enforced in the API and the import,
 * the list of follow-ups due per role, and recording one. Dates are relative to today, as the
 * windows are.
 */
let ctx: TestContext;
let A: string;
let admin: Session;
let coach: Session;
let otherAdmin: Session;
let mine: string;
let theirs: string;
const today = todayIso();
const daysBefore = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const participant = (interventionId: string, ref: string, exitDate: string, patch: Record<string, unknown> = {}) => ({
  interventionId,
  consent: true,
  personReference: ref,
  gender: 'kvinna',
  birthYear: 1990,
  startDate: '2023-01-10',
  exitDate,
  exitReason: 'arbete',
  workHoursAfter: 20,
  ...patch,
});
async function enrol(session: Session, body: Record<string, unknown>) {
  const response = await call(ctx, session, 'POST', `/api/v1/associations/${A}/participations`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}
type DueList = { total: number; rows: { id: string; kind: string; target: string; timing: string; opens: string }[] };
const due = async (session: Session, association = A) =>
  call(ctx, session, 'GET', `/api/v1/associations/${association}/follow-ups`);

// Exits chosen so that on `today`: p6 is due at 6 months (target today), pOverdue in the other
// insats overdue at 6 months, p12 due at 12 months (target ten days ago, its 6-month window
// closed), pEarly not yet due, pDone already followed up.
const exits = {
  p6: addMonths(today, -6),
  pOverdue: addMonths(today, -8),
  p12: daysBefore(addMonths(today, -12), 0),
  pEarly: addMonths(today, -3),
  pDone: addMonths(today, -6),
};
const ids: Record<keyof typeof exits, string> = { p6: '', pOverdue: '', p12: '', pEarly: '', pDone: '' };

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  const B = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
  const insats = async (name: string) =>
    (
      await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
        name,
        kind: 'individual',
        startDate: '2023-01-01',
        status: 'active',
      })
    ).json<{ id: string }>().id;
  mine = await insats('Coachens insats');
  theirs = await insats('Annan insats');
  const coachUser = await seedUser(ctx, 'participant_officer', A);
  await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions/${mine}/staff`, {
    userId: coachUser.id,
    role: 'participant_officer',
  });
  coach = await login(ctx, coachUser.email);
  exits.p12 = daysBefore(addMonths(today, -12), 10);
  ids.p6 = (await enrol(admin, participant(mine, 'F-6', exits.p6))).id;
  ids.pOverdue = (await enrol(admin, participant(theirs, 'F-OV', exits.pOverdue))).id;
  ids.p12 = (await enrol(admin, participant(mine, 'F-12', exits.p12))).id;
  ids.pEarly = (await enrol(admin, participant(mine, 'F-EARLY', exits.pEarly))).id;
  ids.pDone = (
    await enrol(admin, participant(mine, 'F-DONE', exits.pDone, { followUp6mDate: today, followUp6mReached: false }))
  ).id;
});
afterAll(() => ctx.close());

describe('follow-up windows', () => {
  it('refuses a 6-month follow-up saved 11 days after exit, naming the field and the allowed dates', async () => {
    const exit = daysBefore(today, 11);
    const response = await call(
      ctx,
      admin,
      'POST',
      `/api/v1/associations/${A}/participations`,
      participant(mine, 'F-SOON', exit, { followUp6m: ['lon'] }),
    );
    expect(response.statusCode).toBe(400);
    const issue = response.json<{ error: { issues: { field: string; message: string }[] } }>().error.issues[0]!;
    expect(issue.field).toBe('followUp6mDate');
    expect(issue.message).toBe(
      `Uppföljningen efter 6 månader får göras från ${addMonths(exit, 5)} till ${addMonths(exit, 9)} ` +
        `(5–9 månader efter slutdatum ${exit}), inte ${today}.`,
    );
  });

  it('refuses the same in an import, by row and column, and imports a follow-up within its window', async () => {
    const exit = daysBefore(today, 11);
    const header =
      'insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;avslutsorsak;samtycke;uppfoljning_6m;uppfoljning_6m_datum;uppfoljning_6m_nadd;uppfoljning_6m_sysselsattning;uppfoljning_6m_arbete_timmar';
    const file = (rows: string[]) => `${header}\n${rows.join('\n')}\n`;
    const upload = (body: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/imports/participants?fileName=f.csv&association=${A}`,
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        payload: Buffer.from(body),
      });
    const early = await upload(file([`Coachens insats;I-1;kvinna;1990;2023-01-10;${exit};arbete;ja;lon;;;;`]));
    const errors = early.json<{ errors: { row: number; column: string; message: string }[] }>().errors;
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'uppfoljning_6m_datum',
        message: expect.stringContaining(addMonths(exit, 5)),
      }),
    ]);
    const exit6 = addMonths(today, -6);
    const ok = await upload(
      file([`Coachens insats;I-2;man;1985;2023-01-10;${exit6};arbete;ja;lon;${today};ja;arbete;32,5`]),
    );
    expect(ok.json<{ created: number; errors: unknown[] }>()).toMatchObject({ created: 1, errors: [] });
    const [row] = await ctx.database.db
      .select()
      .from(participations)
      .where(and(eq(participations.associationId, A), eq(participations.personReference, 'I-2')));
    expect(row).toMatchObject({
      followUp6m: ['lon'],
      followUp6mDate: today,
      followUp6mReached: true,
      followUp6mOccupation: ['arbete'],
      followUp6mWorkHours: 32.5,
      followUp12mDate: null,
    });
    // A later file without the follow-up columns leaves the recorded follow-up as it is.
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/imports/participants?fileName=g.csv&association=${A}`,
      headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: Buffer.from(
        `insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;avslutsorsak;samtycke;kommentar\nCoachens insats;I-2;man;1985;2023-01-10;${exit6};arbete;ja;ny\n`,
      ),
    });
    expect(again.json<{ updated: number }>().updated).toBe(1);
    const [after] = await ctx.database.db.select().from(participations).where(eq(participations.id, row!.id));
    expect(after).toMatchObject({ comment: 'ny', followUp6mDate: today, followUp6mWorkHours: 32.5 });
  });
});

describe('follow-ups due', () => {
  it('shows the coach the follow-ups due in their own insatser, by due date', async () => {
    const response = await due(coach);
    expect(response.statusCode).toBe(200);
    const list = response.json<DueList>();
    expect(list.rows.map((r) => [r.id, r.kind, r.timing])).toEqual([
      [ids.p12, '12m', 'overdue'],
      [ids.p6, '6m', 'due'],
    ]);
    expect(list.rows[1]).toMatchObject({ target: today, opens: addMonths(exits.p6, 5) });
  });

  it('shows the förbund administrator the whole förbund, and another förbund nothing', async () => {
    const list = (await due(admin)).json<DueList>();
    expect(list.rows.map((r) => r.id)).toEqual([ids.pOverdue, ids.p12, ids.p6]);
    expect(list.rows[0]!.timing).toBe('overdue');
    expect((await due(otherAdmin)).statusCode).toBe(404);
    expect((await due(otherAdmin, (await seedAssociation(ctx)).id)).statusCode).toBe(404);
    const reads = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.read'), eq(auditLog.associationId, A)));
    expect(reads.some((r) => (r.details as { ids?: string[] }).ids?.includes(ids.pOverdue))).toBe(true);
  });

  it('records a follow-up within its window, and refuses one before it or in another insats', async () => {
    const url = (id: string, kind: string) => `/api/v1/associations/${A}/participations/${id}/follow-ups/${kind}`;
    const body = { date: today, reached: true, support: ['lon'], occupation: ['arbete'], workHours: 30, studyHours: 0 };
    const version = async (id: string) =>
      (await ctx.database.db.select().from(participations).where(eq(participations.id, id)))[0]!.version;
    const early = await call(ctx, coach, 'PUT', url(ids.pEarly, '6m'), { ...body, version: await version(ids.pEarly) });
    expect(early.statusCode).toBe(400);
    expect(early.json<{ error: { message: string } }>().error.message).toContain(`från ${addMonths(exits.pEarly, 5)}`);
    const elsewhere = await call(ctx, coach, 'PUT', url(ids.pOverdue, '6m'), {
      ...body,
      version: await version(ids.pOverdue),
    });
    expect(elsewhere.statusCode).toBe(404);
    const notReached = await call(ctx, coach, 'PUT', url(ids.p6, '6m'), {
      ...body,
      reached: false,
      version: await version(ids.p6),
    });
    expect(notReached.statusCode).toBe(400);
    const saved = await call(ctx, coach, 'PUT', url(ids.p6, '6m'), { ...body, version: await version(ids.p6) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ kind: '6m', date: today, reached: true, workHours: 30 });
    expect((await due(coach)).json<DueList>().rows.map((r) => r.id)).toEqual([ids.p12]);
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'participation.follow_up'), eq(auditLog.entityId, ids.p6)));
    expect(audit).toHaveLength(1);
    // A stale version is a conflict, not a silent overwrite.
    const stale = await call(ctx, coach, 'PUT', url(ids.p6, '6m'), { ...body, version: 0 });
    expect(stale.statusCode).toBe(409);
  });
});
