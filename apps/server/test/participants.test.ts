import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { addMonths, todayIso } from '@insikt/core';
import { auditLog, participations, persons } from '../src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

let ctx: TestContext;
let A: string;
let B: string;
let admin: Session;
let coach: Session;
let coachId: string;
let mine: string;
let theirs: string;

const intervention = (name: string, kind = 'individual') => ({ name, kind, startDate: '2024-01-01', status: 'active' });
const participant = (interventionId: string, patch: Record<string, unknown> = {}) => ({
  interventionId,
  consent: true,
  personReference: 'D-001',
  gender: 'kvinna',
  birthYear: 1990,
  startDate: '2025-02-01',
  education: 'gymnasial',
  publicSupportBefore: '1_3_ar',
  supportBefore: ['sjukpenning'],
  workHoursBefore: 0,
  studyHoursBefore: 0,
  ...patch,
});

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  B = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  mine = (await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, intervention('Jobbstudion'))).json<{
    id: string;
  }>().id;
  theirs = (
    await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, intervention('Annan insats'))
  ).json<{ id: string }>().id;
  const coachUser = await seedUser(ctx, 'participant_officer', A);
  coachId = coachUser.id;
  expect(
    (
      await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions/${mine}/staff`, {
        userId: coachId,
        role: 'participant_officer',
      })
    ).statusCode,
  ).toBe(201);
  coach = await login(ctx, coachUser.email);
});
afterAll(() => ctx.close());

describe('insatser', () => {
  it('creates an insats with goals and financing model, refuses a non-member owner', async () => {
    const body = {
      ...intervention('Steget vidare'),
      staffing: [
        { role: 'coordinator', title: 'Samordnare', percent: 50 },
        { role: 'coach', percent: 100 },
      ],
      budgets: [{ year: 2025, budget: 1_200_000, actualCost: 1_150_000 }],
      goals: [
        { description: 'Andel i förvärvsarbete minst 30 %', indicatorId: 'andel_forvarvsarbete', target: 0.3 },
        {
          description: 'Jämn könsfördelning',
          indicatorId: 'fordelning',
          column: 'kvinna',
          comparison: 'between',
          target: 0.4,
          targetMax: 0.6,
        },
      ],
    };
    const created = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, body);
    expect(created.statusCode).toBe(201);
    expect(created.json().goals).toHaveLength(2);
    const bad = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
      ...intervention('X'),
      ownerMemberId: crypto.randomUUID(),
    });
    expect(bad.json().error.issues[0].field).toBe('ownerMemberId');
    const badGoal = await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
      ...intervention('Y'),
      goals: [{ description: 'x', comparison: 'between', target: 0.6, targetMax: 0.4 }],
    });
    expect(badGoal.statusCode).toBe(400);
  });

  it('lets an insatsansvarig edit only the insats they lead, with optimistic versioning', async () => {
    const leadUser = await seedUser(ctx, 'intervention_lead', A);
    await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions/${mine}/staff`, {
      userId: leadUser.id,
      role: 'intervention_lead',
    });
    const lead = await login(ctx, leadUser.email);
    const current = (await call(ctx, lead, 'GET', `/api/v1/associations/${A}/interventions/${mine}`)).json<{
      version: number;
    }>();
    const update = { ...intervention('Jobbstudion'), description: 'Ny text', version: current.version };
    expect((await call(ctx, lead, 'PUT', `/api/v1/associations/${A}/interventions/${mine}`, update)).statusCode).toBe(
      200,
    );
    expect((await call(ctx, lead, 'PUT', `/api/v1/associations/${A}/interventions/${mine}`, update)).statusCode).toBe(
      409,
    );
    expect(
      (
        await call(ctx, lead, 'PUT', `/api/v1/associations/${A}/interventions/${theirs}`, {
          ...intervention('Annan insats'),
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    const list = (await call(ctx, lead, 'GET', `/api/v1/associations/${A}/interventions`)).json<{ id: string }[]>();
    expect(list.map((i) => i.id)).toEqual([mine]);
  });
});

type GoalResults = {
  goals: {
    id: string;
    results: { year: number; actual: number | null; met: boolean | null; manual: { source: string } | null }[];
  }[];
};

describe('values of a goal followed up by hand (decision 0062)', () => {
  it('keeps one value per year with its source, judges the goal by it, and follows the goal through edits', async () => {
    const url = `/api/v1/associations/${A}/interventions`;
    const created = (
      await call(ctx, admin, 'POST', url, {
        ...intervention('Samordnare Vetlanda', 'structural'),
        endDate: '2025-12-31',
        goals: [
          {
            description: 'Styrgruppen bedömer samverkan som god',
            unit: 'percent',
            comparison: 'at_least',
            target: 0.75,
          },
          { description: 'Antal samverkansmöten', unit: 'number' },
        ],
      })
    ).json<{ id: string; goals: { id: string }[] }>();
    const [goal, untargeted] = created.goals.map((g) => `${url}/${created.id}/goals/${g.id}/values`);
    const entry = { year: 2025, value: 0.7, source: 'Enkät till styrgruppen, mars 2025' };
    const first = await call(ctx, admin, 'POST', goal!, entry);
    expect(first.statusCode).toBe(201);
    const saved = first.json<{ id: string; version: number }>();
    expect((await call(ctx, admin, 'POST', goal!, entry)).statusCode).toBe(409);
    const refused = await call(ctx, admin, 'POST', goal!, { ...entry, year: 2024, comment: 'från 19121212-1212' });
    expect(refused.json().error.issues[0].field).toBe('comment');
    expect((await call(ctx, admin, 'POST', goal!, { ...entry, year: 2026 })).json().error.issues[0].field).toBe('year');
    expect((await call(ctx, admin, 'POST', goal!, { ...entry, year: 2024, value: 1.5 })).statusCode).toBe(400);
    const otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
    expect((await call(ctx, otherAdmin, 'POST', goal!, { ...entry, year: 2024 })).statusCode).toBe(404);
    const other = await call(ctx, otherAdmin, 'GET', `${url}/${created.id}/goals`);
    expect(other.statusCode).toBe(404);
    const open = (await call(ctx, admin, 'POST', untargeted!, { year: 2025, value: 11, source: 'Protokoll' })).json<{
      id: string;
      version: number;
    }>();

    // The insats page: 70 % against "minst 75 %" is not met; a goal without a target shows its value only.
    const fulfilment = async () =>
      (await call(ctx, admin, 'GET', `${url}/${created.id}/goals`)).json<GoalResults>().goals.map((g) => {
        const r = g.results.find((x) => x.year === 2025)!;
        return [r.actual, r.met, r.manual?.source ?? null];
      });
    expect(await fulfilment()).toEqual([
      [0.7, false, entry.source],
      [11, null, 'Protokoll'],
    ]);
    // The implementation view judges the ended insats by the same value.
    const board = await call(
      ctx,
      admin,
      'GET',
      `/api/v1/associations/${A}/implementation?from=2025-01-01&to=2025-12-31`,
    );
    const row = board.json<{ interventions: { id: string; goalsMet: boolean | null }[] }>().interventions;
    expect(row.find((i) => i.id === created.id)!.goalsMet).toBe(false);
    // So does the evidence "Måluppfyllelse" for the board: the value as entered, with its source.
    const evidence = await call(
      ctx,
      admin,
      'GET',
      `/api/v1/associations/${A}/evidence?source=goal_fulfilment&year=2025&interventionId=${created.id}`,
    );
    expect(evidence.json<{ rows: { values: string[] }[] }>().rows.map((r) => r.values)).toEqual([
      ['Registrerat värde', 'minst 75 %', `70 % (${entry.source})`, 'Nej'],
      ['Registrerat värde', '–', '11 (Protokoll)', 'Inget målvärde'],
    ]);

    const edited = await call(ctx, admin, 'PUT', `${goal}/${saved.id}`, {
      ...entry,
      value: 0.8,
      version: saved.version,
    });
    expect(edited.statusCode).toBe(200);
    expect(
      (await call(ctx, admin, 'PUT', `${goal}/${saved.id}`, { ...entry, version: saved.version })).statusCode,
    ).toBe(409);
    expect((await call(ctx, admin, 'DELETE', `${untargeted}/${open.id}?version=0`)).statusCode).toBe(409);
    expect((await call(ctx, admin, 'DELETE', `${untargeted}/${open.id}?version=${open.version}`)).statusCode).toBe(204);
    expect(await fulfilment()).toEqual([
      [0.8, true, entry.source],
      [null, null, null],
    ]);

    // New text keeps the goal's id and its values; removing the goal removes them, in the audit log too.
    const stored = (await call(ctx, admin, 'GET', `${url}/${created.id}`)).json<
      { version: number; goals: Record<string, unknown>[] } & Record<string, unknown>
    >();
    const { id: _id, associationId: _a, staff: _s, createdAt: _c, updatedAt: _u, ...body } = stored;
    const renamed = [{ ...stored.goals[0], description: 'Styrgruppen är nöjd' }, stored.goals[1]];
    expect((await call(ctx, admin, 'PUT', `${url}/${created.id}`, { ...body, goals: renamed })).statusCode).toBe(200);
    expect((await fulfilment())[0]).toEqual([0.8, true, entry.source]);
    const removed = await call(ctx, admin, 'PUT', `${url}/${created.id}`, {
      ...body,
      goals: [stored.goals[1]],
      version: stored.version + 1,
    });
    expect(removed.statusCode).toBe(200);
    const audit = await ctx.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('intervention.goal_value'))).toEqual([
      'intervention.goal_value.create',
      'intervention.goal_value.create',
      'intervention.goal_value.update',
      'intervention.goal_value.delete',
    ]);
    const update = audit.find((a) => a.action === 'intervention.goal_value.update')!.details as Record<
      string,
      { value: number }
    >;
    expect([update.before!.value, update.after!.value]).toEqual([0.7, 0.8]);
    const last = audit.filter((a) => a.action === 'intervention.update').pop()!.details as {
      removedGoalValues: { year: number; value: number }[];
    };
    expect(last.removedGoalValues).toMatchObject([{ year: 2025, value: 0.8 }]);
  });
});

describe('registering participants', () => {
  it('enrols, exits and follows up a participant, auditing every change and read', async () => {
    const created = await call(ctx, coach, 'POST', `/api/v1/associations/${A}/participations`, participant(mine));
    expect(created.statusCode).toBe(201);
    const row = created.json<{ id: string; version: number; personReference: string }>();
    expect(row.personReference).toBe('D-001');
    // Six months ago, so that the 6-month follow-up below, dated today, is within its window.
    const exitDate = addMonths(todayIso(), -6);
    const exit = await call(ctx, coach, 'PUT', `/api/v1/associations/${A}/participations/${row.id}`, {
      ...participant(mine, { exitDate, exitReason: 'arbete', workHoursAfter: 30, supportAfter: ['lon'] }),
      version: row.version,
    });
    expect(exit.statusCode).toBe(200);
    const exited = exit.json<{ version: number; exitReason: string }>();
    expect(exited.exitReason).toBe('arbete');
    const followUp = await call(ctx, coach, 'PUT', `/api/v1/associations/${A}/participations/${row.id}`, {
      ...participant(mine, { exitDate, exitReason: 'arbete', workHoursAfter: 30, followUp6m: ['lon'] }),
      version: exited.version,
    });
    expect(followUp.json().followUp6m).toEqual(['lon']);
    const actions = (await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'participation.create',
        'participation.exit',
        'participation.update',
        'personal_data.read',
      ]),
    );
  });

  it('refuses a stale version with 409 so a colleague’s change is not overwritten', async () => {
    const row = (
      await call(
        ctx,
        coach,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participant(mine, { personReference: 'D-409' }),
      )
    ).json<{ id: string; version: number }>();
    const first = await call(ctx, coach, 'PUT', `/api/v1/associations/${A}/participations/${row.id}`, {
      ...participant(mine, { personReference: 'D-409', comment: 'a' }),
      version: row.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await call(ctx, coach, 'PUT', `/api/v1/associations/${A}/participations/${row.id}`, {
      ...participant(mine, { personReference: 'D-409', comment: 'b' }),
      version: row.version,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('version_conflict');
  });

  it('stores a personnummer only as a keyed hash, and derives gender and birth date from it', async () => {
    const created = await call(
      ctx,
      coach,
      'POST',
      `/api/v1/associations/${A}/participations`,
      participant(mine, {
        personReference: null,
        personnummer: '19900101-2385',
        gender: null,
        birthYear: null,
      }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ gender: 'kvinna', birthYear: 1990, birthDate: '1990-01-01' });
    const dump = JSON.stringify([
      ...(await ctx.database.db.select().from(persons)),
      ...(await ctx.database.db.select().from(participations)),
      ...(await ctx.database.db.select().from(auditLog)),
    ]);
    expect(dump).not.toContain('2385');
    expect(dump).not.toContain('199001012385');
    // The same person enrolled again is recognised by the hash, with either number form.
    const again = await call(
      ctx,
      coach,
      'POST',
      `/api/v1/associations/${A}/participations`,
      participant(mine, {
        personReference: null,
        personnummer: '900101-2385',
        gender: null,
        birthYear: null,
        startDate: '2025-03-01',
      }),
    );
    expect(again.json().personId).toBe(created.json().personId);
  });

  it('keeps a participant without consent anonymous', async () => {
    const created = await call(
      ctx,
      coach,
      'POST',
      `/api/v1/associations/${A}/participations`,
      participant(mine, { consent: false, personReference: 'hemlig' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ personId: null, personReference: null, consent: false });
    const [stored] = await ctx.database.db
      .select()
      .from(participations)
      .where(eq(participations.id, created.json().id));
    expect(JSON.stringify(stored)).not.toContain('hemlig');
  });

  it('validates in Swedish and names the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ exitDate: '2025-01-01', exitReason: 'arbete' }, 'exitDate', /före startdatum/],
      [{ exitDate: '2099-01-01', exitReason: 'arbete' }, 'exitDate', /framtiden/],
      [{ exitDate: '2025-05-01' }, 'exitReason', /avslutsorsak/],
      [{ personnummer: '19121212-1213' }, 'personnummer', /inte giltigt/],
      [{ personnummer: '19121212-1212', gender: 'kvinna' }, 'gender', /stämmer inte/],
      [{ workHoursAfter: 41, exitDate: '2025-05-01', exitReason: 'arbete' }, 'workHoursAfter', /40/],
      [{ personReference: null }, 'personReference', /deltagar-id/],
      [{ supportBefore: ['bidrag'] }, 'supportBefore.0', /./],
    ];
    for (const [patch, field, message] of cases) {
      const response = await call(
        ctx,
        coach,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participant(mine, patch),
      );
      expect(response.statusCode, JSON.stringify(patch)).toBe(400);
      const issue = response
        .json<{ error: { issues: { field: string; message: string }[] } }>()
        .error.issues.find((i) => i.field === field);
      expect(issue?.message, `${field} in ${response.body}`).toMatch(message);
    }
  });

  it('refuses the same person twice in one insats from the same start date', async () => {
    const body = participant(mine, { personReference: 'D-dubbel' });
    expect((await call(ctx, coach, 'POST', `/api/v1/associations/${A}/participations`, body)).statusCode).toBe(201);
    const again = await call(ctx, coach, 'POST', `/api/v1/associations/${A}/participations`, body);
    expect(again.statusCode).toBe(409);
    // The participation and its audit entry are written by one statement; the refused one leaves no entry.
    const entries = await ctx.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'participation.create'), eq(auditLog.associationId, A)));
    const rows = await ctx.database.db
      .select({ id: participations.id })
      .from(participations)
      .where(eq(participations.associationId, A));
    expect(entries).toHaveLength(rows.length);
  });
});

describe('who sees participants', () => {
  it('a deltagaransvarig sees only their own insatser’s participants', async () => {
    const other = (
      await call(
        ctx,
        admin,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participant(theirs, { personReference: 'D-annan' }),
      )
    ).json<{ id: string }>();
    expect((await call(ctx, coach, 'GET', `/api/v1/associations/${A}/participations/${other.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(
          ctx,
          coach,
          'POST',
          `/api/v1/associations/${A}/participations`,
          participant(theirs, { personReference: 'x' }),
        )
      ).statusCode,
    ).toBe(404);
    const list = (await call(ctx, coach, 'GET', `/api/v1/associations/${A}/participations?limit=500`)).json<{
      rows: { interventionId: string }[];
    }>();
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.interventionId === mine)).toBe(true);
    const all = (await call(ctx, admin, 'GET', `/api/v1/associations/${A}/participations?limit=500`)).json<{
      rows: { interventionId: string }[];
    }>();
    expect(all.rows.some((r) => r.interventionId === theirs)).toBe(true);
  });

  it('readers, evaluators, system administrators and other förbund get no personal data', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
    const system = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
    const otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
    expect((await call(ctx, reader, 'GET', `/api/v1/associations/${A}/participations`)).statusCode).toBe(403);
    expect((await call(ctx, system, 'GET', `/api/v1/associations/${A}/participations`)).statusCode).toBe(403);
    expect((await call(ctx, otherAdmin, 'GET', `/api/v1/associations/${A}/participations`)).statusCode).toBe(404);
  });

  it('shows a person’s history across insatser, limited to what the reader may see, and audits the read', async () => {
    const first = (
      await call(
        ctx,
        admin,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participant(mine, {
          personReference: 'D-hist',
          startDate: '2024-02-01',
          exitDate: '2024-06-01',
          exitReason: 'annan_insats',
        }),
      )
    ).json<{ id: string }>();
    await call(
      ctx,
      admin,
      'POST',
      `/api/v1/associations/${A}/participations`,
      participant(theirs, { personReference: 'D-hist', startDate: '2024-07-01' }),
    );
    const forAdmin = (
      await call(ctx, admin, 'GET', `/api/v1/associations/${A}/participations/${first.id}/history`)
    ).json<unknown[]>();
    expect(forAdmin).toHaveLength(2);
    const forCoach = (
      await call(ctx, coach, 'GET', `/api/v1/associations/${A}/participations/${first.id}/history`)
    ).json<unknown[]>();
    expect(forCoach).toHaveLength(1);
    const reads = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.read'), eq(auditLog.userId, coachId)));
    expect(reads.length).toBeGreaterThan(0);
  });
});

describe('personnummer match across insatser', () => {
  it('never gives a coach the id or pseudonym the person has in an insats the coach may not see, and audits the match', async () => {
    const pnr = { personnummer: '701063-2391', gender: 'man', birthYear: 1970 };
    const enrol = (session: Session, insats: string, personReference: string | null, startDate: string) =>
      call(
        ctx,
        session,
        'POST',
        `/api/v1/associations/${A}/participations`,
        participant(insats, { ...pnr, personReference, startDate }),
      );
    const elsewhere = await enrol(admin, theirs, 'HEMLIG-17', '2024-01-10');
    expect(elsewhere.statusCode).toBe(201);
    const reads = async () =>
      (
        await ctx.database.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'personal_data.read'), eq(auditLog.entityType, 'person')))
      ).length;
    const before = await reads();
    const mineRow = await enrol(coach, mine, null, '2025-03-01');
    expect(mineRow.statusCode).toBe(201);
    const body = mineRow.json<{ id: string; personId: string | null; personReference: string | null }>();
    expect(body.personId).toBeNull();
    expect(body.personReference).toBeNull();
    expect(mineRow.body).not.toContain('HEMLIG-17');
    expect(await reads()).toBe(before + 1);
    // Nor on reading it back, listing or searching.
    const read = await call(ctx, coach, 'GET', `/api/v1/associations/${A}/participations/${body.id}`);
    expect(read.body).not.toContain('HEMLIG-17');
    // Personal data is never kept by a browser cache or a proxy.
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.json<{ personId: string | null }>().personId).toBeNull();
    const list = await call(ctx, coach, 'GET', `/api/v1/associations/${A}/participations?q=HEMLIG`);
    expect(list.json<{ total: number }>().total).toBe(0);
    // The coach's own pseudonym is what the coach sees; the administrator still sees the person.
    const named = await enrol(coach, mine, 'MIN-5', '2025-06-01');
    expect(named.json<{ personReference: string }>().personReference).toBe('MIN-5');
    const adminRead = await call(ctx, admin, 'GET', `/api/v1/associations/${A}/participations/${body.id}`);
    expect(adminRead.json<{ personId: string | null }>().personId).not.toBeNull();
  });
});
