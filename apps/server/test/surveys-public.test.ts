import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { todayIso } from '@insikt/core';
import { buildApp } from '../src/app';
import { sessions, surveyCodes, surveyRateLimits, surveyResponses } from '../src/db/schema';
import { loadConfig } from '../src/platform/config';
import { PUBLIC_BODY_LIMIT } from '../src/modules/surveys/public.routes';
import { call, freshDatabase, login, seedAssociation, seedUser, TEST_SECRET, type TestContext } from './harness';
import { freshDistribution, freshSurvey, GOOD_ANSWERS } from './survey-fixtures';

/**
 * The anonymous respondent page's API (issue 14 §3): what is stored and logged of an answer, links
 * that are unknown, closed or not yet open, single-use codes, the rate limit and the size limit.
 */
let logged = '';
let ctx: TestContext;
let A: string;
const RATE_LIMIT = 5;

beforeAll(async () => {
  const { database, drop } = await freshDatabase();
  const config = loadConfig({
    INSIKT_SECRET: TEST_SECRET,
    INSIKT_LOGIN_RATE_LIMIT: '1000',
    INSIKT_SURVEY_RATE_LIMIT: String(RATE_LIMIT),
  });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  const app = await buildApp({
    database,
    config,
    secret: TEST_SECRET,
    webDist: '/nonexistent',
    strictResponses: true,
    logger: { level: 'info', stream },
  });
  await app.ready();
  ctx = { app, database, config, close: async () => (await app.close(), await drop()) };
  A = (await seedAssociation(ctx)).id;
});
afterAll(() => ctx.close());

const url = (token: string) => `/api/v1/public/surveys/${token}`;
const answer = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `${url(token)}/responses`, payload: body as object, headers });
const openLink = async (patch = {}) => (await freshDistribution(ctx, await freshSurvey(ctx, A), patch)).links[0]!;
const message = (r: { json: <T>() => T }) => r.json<{ error: { code: string; message: string } }>().error;

describe('an anonymous answer', () => {
  it('stores the day, the link, the language and the answers, and nothing that identifies the respondent', async () => {
    const link = await openLink();
    logged = '';
    const response = await answer(
      link.token,
      { language: 'en', answers: GOOD_ANSWERS },
      { 'user-agent': 'Mozilla/5.0 Testwebbläsare/1.0', 'x-forwarded-for': '203.0.113.77' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ thanks: 'Thank you for your answers!' });
    // No cookie of any kind, so nothing can recognise the respondent's browser later.
    expect(response.headers['set-cookie']).toBeUndefined();

    const rows = await ctx.database.db.execute(sql`select * from survey_responses where link_id = ${link.id}`);
    const stored = (rows as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(stored).toHaveLength(1);
    // The columns themselves: no time finer than the day, no address, agent, session, user or participant.
    expect(Object.keys(stored[0]!).sort()).toEqual(
      [
        'answered_on',
        'answers',
        'association_id',
        'distribution_id',
        'id',
        'intervention_id',
        'language',
        'link_id',
        'mode',
        'record_key',
      ].sort(),
    );
    const row = stored[0]!;
    expect(String(row.answered_on).slice(0, 10)).toBe(todayIso());
    expect(row.mode).toBe('web');
    expect(Number(row.record_key)).toBeGreaterThanOrEqual(0);
    expect(Number(row.record_key)).toBeLessThan(256);
    // A random (version 4) uuid: nothing in the id orders the answers in time.
    expect(String(row.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const everything = JSON.stringify(row);
    for (const trace of ['203.0.113.77', 'Testwebbläsare', '127.0.0.1']) expect(everything).not.toContain(trace);

    // The log line of the request holds its method and path, no address, agent or answer.
    expect(logged).toContain('/responses');
    for (const trace of ['203.0.113.77', 'Testwebbläsare', 'Föräldraledig', 'Bra bemötande', 'remoteAddress'])
      expect(logged).not.toContain(trace);
  });

  it('does not even read a staff member’s session cookie, so no session records when they answered', async () => {
    const staff = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
    // Seen ten minutes ago: alive, and old enough that any authenticated request would touch it.
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await ctx.database.db.update(sessions).set({ lastSeenAt: tenMinutesAgo });
    const link = await openLink();
    const response = await answer(link.token, { answers: GOOD_ANSWERS }, { cookie: staff.cookie });
    expect(response.statusCode).toBe(201);
    const seen = await ctx.database.db.select({ lastSeenAt: sessions.lastSeenAt }).from(sessions);
    expect(seen.map((s) => s.lastSeenAt.getTime())).toEqual(seen.map(() => tenMinutesAgo.getTime()));
  });

  it('refuses answers that do not fit the questionnaire with one message per question, in the respondent’s language', async () => {
    const link = await openLink();
    const response = await answer(link.token, {
      language: 'en',
      answers: { meningsfullt: { option: '9' }, kommentar: { text: 'Mitt personnummer är 19121212-1212' } },
    });
    expect(response.statusCode).toBe(422);
    const body = response.json<{ problems: { questionId: string; message: string }[] }>();
    expect(body.problems).toEqual([
      { questionId: 'meningsfullt', message: '"9" is not one of the options.' },
      { questionId: 'kommentar', message: expect.stringMatching(/personal identity number/) },
    ]);
    const stored = await ctx.database.db.select().from(surveyResponses).where(eq(surveyResponses.linkId, link.id));
    expect(stored).toEqual([]);
  });
});

describe('links', () => {
  it('serves the questionnaire of an open link with its languages, and says when it opens before that', async () => {
    const open = await ctx.app.inject({ method: 'GET', url: `${url((await openLink()).token)}?lang=en` });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({
      status: 'open',
      language: 'en',
      languages: ['sv', 'en'],
      needsCode: false,
      title: { sv: 'Enkät till deltagare', en: 'Participant survey' },
    });
    expect(open.json<{ sections: unknown[] }>().sections).toHaveLength(1);
    expect(open.headers['set-cookie']).toBeUndefined();

    const later = await openLink({ opensOn: '2098-01-01' });
    const notOpen = await ctx.app.inject({ method: 'GET', url: url(later.token) });
    expect(notOpen.json()).toMatchObject({ status: 'not_open', opensOn: '2098-01-01', sections: [] });
    const early = await answer(later.token, { answers: GOOD_ANSWERS });
    expect(early.statusCode).toBe(409);
    expect(message(early).message).toBe('Enkäten har inte öppnat än.');
  });

  it('answers an unknown link with 404 and a closed one with 410, in Swedish or English', async () => {
    const unknown = await ctx.app.inject({ method: 'GET', url: `${url('finns-inte-alls')}?lang=en` });
    expect(unknown.statusCode).toBe(404);
    expect(message(unknown).message).toMatch(/^The survey does not exist/);
    const past = await openLink({ closesOn: '2021-01-01' });
    const closed = await ctx.app.inject({ method: 'GET', url: url(past.token) });
    expect(closed.statusCode).toBe(410);
    expect(message(closed)).toEqual({ code: 'survey_closed', message: expect.stringMatching(/^Enkäten är stängd/) });
    expect((await answer(past.token, { answers: GOOD_ANSWERS })).statusCode).toBe(410);

    // Closed by hand before its last day: the same.
    const early = await openLink({ closedEarly: true });
    const refused = await answer(early.token, { language: 'en', answers: GOOD_ANSWERS });
    expect(refused.statusCode).toBe(410);
    expect(message(refused).message).toMatch(/^The survey is closed/);
  });
});

describe('single-use codes', () => {
  it('lets each code answer once, refuses a wrong or missing code, and stores no code with the answer', async () => {
    const admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey, { usesCodes: true });
    const made = await call(
      ctx,
      admin,
      'POST',
      `/api/v1/associations/${A}/surveys/${survey.id}/distributions/${distribution.id}/codes?format=csv`,
      { count: 2 },
    );
    expect(made.statusCode).toBe(200);
    const lines = made.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('kod;länk');
    const codes = lines.slice(1).map((l) => l.split(';')[0]!);
    expect(codes).toHaveLength(2);
    expect(lines[1]).toContain(`/enkat/${links[0]!.token}`);
    // Only keyed hashes are kept: the codes themselves appear nowhere in the table.
    const stored = await ctx.database.db
      .select()
      .from(surveyCodes)
      .where(eq(surveyCodes.distributionId, distribution.id));
    expect(stored.map((s) => s.used)).toEqual([false, false]);
    for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace('-', ''));

    const token = links[0]!.token;
    const first = await ctx.app.inject({ method: 'GET', url: url(token) });
    expect(first.json()).toMatchObject({ needsCode: true });
    expect((await answer(token, { answers: GOOD_ANSWERS })).statusCode).toBe(403);
    const wrong = await answer(token, { answers: GOOD_ANSWERS, code: 'AAAA-AAAA' });
    expect(wrong.statusCode).toBe(403);
    expect(message(wrong).code).toBe('code_rejected');
    // Typed in lower case without the dash: the same code.
    const typed = codes[0]!.toLowerCase().replace('-', '');
    expect((await answer(token, { answers: GOOD_ANSWERS, code: typed })).statusCode).toBe(201);
    const again = await answer(token, { answers: GOOD_ANSWERS, code: codes[0] });
    expect(again.statusCode).toBe(409);
    expect(message(again).code).toBe('code_used');
    const answers = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.distributionId, distribution.id));
    expect(answers.map((a) => a.mode)).toEqual(['code']);
    expect(JSON.stringify(answers)).not.toContain(codes[0]!.slice(0, 4));
  });
});

describe('abuse', () => {
  it('limits the answers per link and minute, counted in the database, and leaves other links alone', async () => {
    const link = await openLink();
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 2; i += 1)
      statuses.push((await answer(link.token, { answers: GOOD_ANSWERS })).statusCode);
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(201), 429, 429]);
    const [counter] = await ctx.database.db.select().from(surveyRateLimits).where(eq(surveyRateLimits.linkId, link.id));
    expect(counter!.attempts).toBe(RATE_LIMIT + 2);
    expect((await answer((await openLink()).token, { answers: GOOD_ANSWERS })).statusCode).toBe(201);
  });

  it('refuses a body above the size limit before reading it', async () => {
    const link = await openLink();
    const big = await answer(link.token, { answers: { kommentar: { text: 'x'.repeat(PUBLIC_BODY_LIMIT) } } });
    expect(big.statusCode).toBe(413);
    const stored = await ctx.database.db.select().from(surveyResponses).where(eq(surveyResponses.linkId, link.id));
    expect(stored).toEqual([]);
  });
});
