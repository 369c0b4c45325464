import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Issue 13 review: who reads fastställda self-assessments, what the national reader gets, carried actions' origin. */
interface Assessment {
  id: string;
  version: number;
  fields: {
    questions: { key: string; actions: { id: string; who: string; carriedFrom: { year: number } | null }[] }[];
  }[];
}

let ctx: TestContext;
let associationId: string;
const s: Record<'admin' | 'lead' | 'evaluator' | 'officer' | 'national', Session> = {} as never;
const base = () => `/api/v1/associations/${associationId}/self-assessments`;
const post = (url: string, body: unknown = {}) => call(ctx, s.admin, 'POST', url, body);
const create = async (interventionId: string | null, year: number) =>
  (await post(base(), { interventionId, year })).json<Assessment>();
const approve = async (a: Assessment) =>
  (
    await post(`${base()}/${a.id}/approve`, { decisionReference: 'Styrelsen § 3', version: a.version })
  ).json<Assessment>();
const withAction = async (a: Assessment, id: string) =>
  (
    await call(ctx, s.admin, 'PUT', `${base()}/${a.id}/fields/1`, {
      questions: [
        {
          key: '1.1',
          assessment: 'Text',
          rating: 3,
          actions: [{ id, what: 'Gör', who: 'Anna Andersson', status: 'planned' }],
        },
      ],
      version: a.version,
    })
  ).json<Assessment>();
const actionsOf = (a: Assessment) => a.fields[0]!.questions.flatMap((q) => q.actions);

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  s.admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
  // Insats-bound roles assigned to no insats: they cover none of the förbund's insatser.
  for (const [key, role] of [
    ['lead', 'intervention_lead'],
    ['evaluator', 'evaluator'],
    ['officer', 'participant_officer'],
  ] as const)
    s[key] = await login(ctx, (await seedUser(ctx, role, associationId)).email);
  s.national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
});
afterAll(() => ctx.close());

describe('reading fastställda self-assessments', () => {
  it('is förbund-wide for every role of the förbund; drafts keep the insats scoping', async () => {
    const insats = (
      await post(`/api/v1/associations/${associationId}/interventions`, {
        name: unique('Insats'),
        kind: 'individual',
        startDate: '2020-01-01',
      })
    ).json<{ id: string }>().id;
    const twelve = await approve(await create(null, 2021));
    const nine = await approve(await create(insats, 2021));
    const draft = await create(null, 2022);
    for (const session of [s.lead, s.evaluator, s.officer]) {
      for (const a of [twelve, nine])
        expect((await call(ctx, session, 'GET', `${base()}/${a.id}`)).statusCode, a.id).toBe(200);
      expect((await call(ctx, session, 'GET', `${base()}/${draft.id}`)).statusCode).toBe(404);
      const history = (await call(ctx, session, 'GET', `${base()}/history`)).json<{ id: string }[]>();
      expect(history.map((h) => h.id)).toEqual([twelve.id]);
    }
  });
});

describe('the national reader', () => {
  it('gets no "vem" of actions, in the API, year over year or the Word export', async () => {
    const a = await approve(await withAction(await create(null, 2019), 'n1'));
    const own = (await call(ctx, s.admin, 'GET', `${base()}/${a.id}`)).json<Assessment>();
    expect(actionsOf(own).map((x) => x.who)).toEqual(['Anna Andersson']);
    const national = (await call(ctx, s.national, 'GET', `${base()}/${a.id}`)).json<Assessment>();
    expect(actionsOf(national).map((x) => x.who)).toEqual(['']);
    const history = (await call(ctx, s.national, 'GET', `${base()}/history`)).json<Assessment[]>();
    expect(history.flatMap(actionsOf).map((x) => x.who)).not.toContain('Anna Andersson');
    const docx = await call(ctx, s.national, 'GET', `${base()}/${a.id}/export?format=docx`);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.rawPayload });
    expect(html).toContain('Gör');
    expect(html).not.toContain('Anna Andersson');
  });
});

describe('carried-over actions', () => {
  it('name the year the action was first written, however many years it has been carried', async () => {
    const insats = (
      await post(`/api/v1/associations/${associationId}/interventions`, {
        name: unique('Insats'),
        kind: 'individual',
        startDate: '2020-01-01',
      })
    ).json<{ id: string }>().id;
    await withAction(await create(insats, 2016), 'c1');
    const second = await create(insats, 2017);
    expect(actionsOf(second).map((x) => x.carriedFrom?.year)).toEqual([2016]);
    const third = await create(insats, 2018);
    expect(actionsOf(third).map((x) => [x.id, x.carriedFrom?.year])).toEqual([['c1', 2016]]);
  });
});
