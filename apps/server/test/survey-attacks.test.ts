import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, inArray, sql } from 'drizzle-orm';
import { interventions, surveyRateLimits, surveyResponses, surveyTemplates } from '../src/db/schema';
import { countAttempt, purgeRateLimits, reshuffleAnswers } from '../src/modules/surveys/responses.repository';
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
import { xlsx } from './xlsx-builder';
import { freshDistribution, freshSurvey, freshSurveyTemplate, GOOD_ANSWERS, QUESTIONNAIRE } from './survey-fixtures';

/**
 * The survey module attacked (issue 14 §2, §3, §6): each test is an attack; those marked "got
 * through before" failed on the code before their fix, the others guard what already held.
 */
let ctx: TestContext;
let A: string;
let B: string;
let admin: Session;
const api = (association = A) => `/api/v1/associations/${association}`;
const publicUrl = (token: string) => `/api/v1/public/surveys/${token}`;
const answer = (token: string, body: unknown) =>
  ctx.app.inject({ method: 'POST', url: `${publicUrl(token)}/responses`, payload: body as object });
const errorOf = (r: { json: <U>() => U }) =>
  r.json<{ error: { code: string; message: string; issues?: { field: string }[] } }>().error;

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  B = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
});
afterAll(() => ctx.close());

async function insats(associationId = A) {
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId, name: unique('Insats'), kind: 'individual', startDate: '2024-01-01' })
    .returning();
  return row!.id;
}

describe('another förbund', () => {
  it('finds nothing of förbund B from A, also with A’s survey and B’s distribution, link or template mixed', async () => {
    const ownSurvey = await freshSurvey(ctx, A);
    const own = await freshDistribution(ctx, ownSurvey, { usesCodes: true });
    const theirSurvey = await freshSurvey(ctx, B);
    const theirs = await freshDistribution(ctx, theirSurvey, { usesCodes: true });
    const theirTemplate = await freshSurveyTemplate(ctx, B);
    const mine = `${api()}/surveys/${ownSurvey.id}/distributions`;
    const attempts: [string, string, unknown?][] = [
      ['GET', `${api()}/surveys/${theirSurvey.id}`],
      ['GET', `${api(B)}/surveys/${theirSurvey.id}`],
      ['GET', `${mine}/${theirs.distribution.id}`],
      ['GET', `${mine}/${theirs.distribution.id}/links`],
      ['GET', `${mine}/${own.distribution.id}/links/${theirs.links[0]!.id}/qr.svg`],
      ['POST', `${mine}/${theirs.distribution.id}/codes?format=csv`, { count: 1 }],
      ['POST', `${mine}/${theirs.distribution.id}/responses`, { mode: 'paper', answers: GOOD_ANSWERS }],
      ['GET', `${api()}/survey-templates/${theirTemplate.id}`],
      ['GET', `${api()}/survey-templates/${theirTemplate.id}/export.json`],
      ['POST', `${api()}/surveys`, { name: unique('E'), fromTemplateId: theirTemplate.id }],
      [
        'POST',
        `${api()}/surveys`,
        { name: unique('E'), fromBuiltIn: 'participants-b6', interventionIds: [await insats(B)] },
      ],
      [
        'POST',
        `${api()}/surveys/${ownSurvey.id}/distributions`,
        {
          respondentGroup: 'participants',
          opensOn: '2024-01-01',
          closesOn: '2099-12-31',
          interventionIds: [await insats(B)],
        },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const response = await call(ctx, admin, method as 'GET', url, body);
      expect([403, 404], `${method} ${url}`).toContain(response.statusCode);
      expect(response.body).not.toContain(theirs.links[0]!.token);
    }
    // A code for A's link with B's link id on the cards: refused, and no card names B's link.
    const codes = await call(ctx, admin, 'POST', `${mine}/${own.distribution.id}/codes?format=csv`, {
      count: 1,
      linkId: theirs.links[0]!.id,
    });
    expect(codes.statusCode).toBe(400);
  });
});

describe('the public answer endpoint', () => {
  it('refuses prototype keys, broken characters, other content types and deep bodies, and sets no cookie', async () => {
    const link = (await freshDistribution(ctx, await freshSurvey(ctx, A))).links[0]!;
    const url = `${publicUrl(link.token)}/responses`;
    const attempts: [string, string, number][] = [
      ['application/json', '{"answers":{"__proto__":{"option":"1"}}}', 400],
      ['application/json', '{"answers":{"constructor":{"option":"1"}},"__proto__":{"x":1}}', 400],
      ['application/json', '{"answers":{"kommentar":{"text":"a\\u0000b"}}}', 400],
      ['application/json', '{"answers":{"kommentar":{"text":"a\\ud800b"}}}', 400],
      ['application/json', JSON.stringify({ answers: { kommentar: { text: 'x'.repeat(20_000) } } }), 400],
      ['application/json', `{"answers":{"kommentar":${'['.repeat(5_000)}${']'.repeat(5_000)}}}`, 400],
      ['text/plain', JSON.stringify({ answers: GOOD_ANSWERS }), 400],
      ['application/x-www-form-urlencoded', 'answers[kommentar][text]=hej', 415],
      // Another question's option, and a question of another survey.
      ['application/json', JSON.stringify({ answers: { meningsfullt: { option: 'arbete' } } }), 422],
      ['application/json', JSON.stringify({ answers: { ...GOOD_ANSWERS, 'annan-enkat': { option: '1' } } }), 422],
    ];
    for (const [contentType, payload, status] of attempts) {
      const response = await ctx.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType } });
      expect(response.statusCode, `${contentType} ${payload.slice(0, 60)}`).toBe(status);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const stored = await ctx.database.db.select().from(surveyResponses).where(eq(surveyResponses.linkId, link.id));
    expect(stored).toEqual([]);
    // Nothing leaked onto every object through "__proto__".
    expect(({} as Record<string, unknown>).option).toBeUndefined();
  });

  it('takes a single-use code only through the link printed on its card (got through before)', async () => {
    const [x, y] = [await insats(), await insats()];
    const survey = await freshSurvey(ctx, A, [x, y]);
    const { distribution, links } = await freshDistribution(ctx, survey, { usesCodes: true }, [x, y]);
    const [cardLink, otherLink] = links as [(typeof links)[0], (typeof links)[0]];
    const made = await call(
      ctx,
      admin,
      'POST',
      `${api()}/surveys/${survey.id}/distributions/${distribution.id}/codes?format=csv`,
      { count: 1, linkId: cardLink.id },
    );
    const code = made.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')[1]!
      .split(';')[0]!;
    // A participant of insats x answering through insats y's link would count as y's participant.
    const elsewhere = await answer(otherLink.token, { answers: GOOD_ANSWERS, code });
    expect(elsewhere.statusCode).toBe(403);
    expect(errorOf(elsewhere).code).toBe('code_rejected');
    expect((await answer(cardLink.token, { answers: GOOD_ANSWERS, code })).statusCode).toBe(201);
    const stored = await ctx.database.db
      .select({ interventionId: surveyResponses.interventionId })
      .from(surveyResponses)
      .where(eq(surveyResponses.distributionId, distribution.id));
    expect(stored).toEqual([{ interventionId: x }]);
  });
});

describe('anonymity', () => {
  it('keeps no minute of a link’s last answer once another minute has started (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const [first, second] = [await freshDistribution(ctx, survey), await freshDistribution(ctx, survey)];
    const linkIds = [first.links[0]!.id, second.links[0]!.id];
    const answeredAt = new Date('2026-03-04T13:37:20Z');
    await countAttempt(ctx.database.db, linkIds[0]!, answeredAt);
    // Someone answers through another link three minutes later: the first link's window goes.
    await countAttempt(ctx.database.db, linkIds[1]!, new Date(answeredAt.getTime() + 3 * 60_000));
    const windows = () =>
      ctx.database.db.select().from(surveyRateLimits).where(inArray(surveyRateLimits.linkId, linkIds));
    expect((await windows()).map((w) => w.linkId)).toEqual([linkIds[1]]);
    // And the server's hourly purge leaves nothing of a quiet day.
    await purgeRateLimits(ctx.database.db, new Date(answeredAt.getTime() + 60 * 60_000));
    expect(await windows()).toEqual([]);
  });
});

/** The rows of the raw-answer sheet without their running number: one answer per row, as a multiset. */
async function rawRows(surveyId: string): Promise<string[]> {
  const response = await call(ctx, admin, 'GET', `${api()}/surveys/${surveyId}/results?format=xlsx`);
  expect(response.statusCode).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Svar (anonyma)');
  const rows: string[] = [];
  // Title, subtitle and header first; the note's row has no answers.
  sheet?.eachRow((row, i) => {
    const values = (row.values as unknown[]).slice(2);
    if (i > 3 && values.length > 1) rows.push(JSON.stringify(values));
  });
  return rows.sort();
}

describe('what PostgreSQL keeps in each row', () => {
  it('ties no answer to the code it used or to a staff entry’s audit row once rewritten (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey, { usesCodes: true });
    const base = `${api()}/surveys/${survey.id}/distributions/${distribution.id}`;
    const made = await call(ctx, admin, 'POST', `${base}/codes?format=csv`, { count: 3 });
    const codes = made.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';')[0]!);
    for (const code of codes)
      expect((await answer(links[0]!.token, { answers: GOOD_ANSWERS, code })).statusCode).toBe(201);
    const entered = await call(ctx, admin, 'POST', `${base}/responses`, { mode: 'interview', answers: GOOD_ANSWERS });
    expect(entered.statusCode).toBe(201);
    const rows = async (query: ReturnType<typeof sql>) =>
      ((await ctx.database.db.execute(query)) as unknown as { rows: { x: string; at?: string }[] }).rows;
    const writers = async () => ({
      answers: await rows(sql`select xmin::text as x, ctid::text as at from survey_responses
        where distribution_id = ${distribution.id}`),
      codes: await rows(sql`select xmin::text as x from survey_codes where distribution_id = ${distribution.id}`),
      audit: await rows(sql`select xmin::text as x from audit_log where entity_id = ${distribution.id}`),
    });
    // The attack: whoever knows who got a code (the mail merge) and can read the database or a copy of
    // it finds that person's answer by the transaction both rows were written in.
    const before = await writers();
    const codeHash = ctx.app.surveyCodes.hash(links[0]!.id, codes[1]!);
    const [used] = await rows(sql`select xmin::text as x from survey_codes where code_hash = ${codeHash}`);
    expect(before.answers.filter((a) => a.x === used!.x)).toHaveLength(1);

    await reshuffleAnswers(ctx.database.db);
    const after = await writers();
    expect(after.answers).toHaveLength(4);
    // One transaction wrote every answer and every used code: none points at another.
    expect(new Set([...after.answers, ...after.codes].map((r) => r.x)).size).toBe(1);
    expect(after.audit.some((a) => a.x === after.answers[0]!.x)).toBe(false);
    // And their places in the table follow their random ids, not the order they came in.
    const byPlace = await rows(sql`select id::text as x from survey_responses
      where distribution_id = ${distribution.id} order by ctid`);
    expect(byPlace.map((r) => r.x)).toEqual(byPlace.map((r) => r.x).sort());
  });
});

describe('results while a distribution is open', () => {
  it('does not give one respondent’s whole answer as the new row of the raw answers (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey);
    const link = links[0]!;
    const others = ['1', '2', '3', '4', '5', '1'].map((option) => ({ ...GOOD_ANSWERS, meningsfullt: { option } }));
    for (const answers of others) expect((await answer(link.token, { answers })).statusCode).toBe(201);
    const before = await rawRows(survey.id);
    // The insatsansvarig hands the tablet to one participant, and downloads the sheet before and after.
    const hers = { meningsfullt: { option: 'vetej' }, fore: { option: 'arbete' }, 'vidare.studier': { option: '2' } };
    expect((await answer(link.token, { answers: hers })).statusCode).toBe(201);
    const after = await rawRows(survey.id);
    const added = after.filter((row) => !before.includes(row));
    expect(added).toEqual([]);
    expect(after).toEqual(before);
    // Closed, the distribution's answers are all in the sheet, in random order.
    const url = `${api()}/surveys/${survey.id}/distributions/${distribution.id}/close`;
    expect((await call(ctx, admin, 'POST', url, { version: distribution.version })).statusCode).toBe(200);
    expect(await rawRows(survey.id)).toHaveLength(7);
  });

  it('cannot reopen a closed distribution with answers to get one more answer into the sheet (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey);
    for (const option of ['1', '2', '3', '4', '5', '1'])
      await answer(links[0]!.token, { answers: { ...GOOD_ANSWERS, meningsfullt: { option } } });
    const url = `${api()}/surveys/${survey.id}/distributions/${distribution.id}`;
    const dates = (closesOn: string, version: number) =>
      call(ctx, admin, 'PUT', url, { respondentGroup: 'participants', opensOn: '2020-01-01', closesOn, version });
    // Closed by moving its last day to yesterday: its answers are in the sheet.
    const closed = await dates('2021-12-31', distribution.version);
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await rawRows(survey.id)).length).toBe(6);
    const reopened = await dates('2099-12-31', closed.json<{ version: number }>().version);
    expect(reopened.statusCode).toBe(409);
    expect(errorOf(reopened).message).toMatch(/^Utskicket har stängt och har svar/);
    expect((await answer(links[0]!.token, { answers: GOOD_ANSWERS })).statusCode).toBe(410);
  });

  it('does not show a comment as the one new text after someone answers, to any role (got through before)', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey);
    const link = links[0]!;
    for (const i of [1, 2, 3, 4, 5, 6])
      await answer(link.token, {
        answers: { ...GOOD_ANSWERS, fore: { option: 'annat', other: `Annat ${i}` }, kommentar: { text: `Bra ${i}` } },
      });
    const texts = async () => {
      const response = await call(ctx, reader, 'GET', `${api()}/surveys/${survey.id}/results`);
      expect(response.statusCode).toBe(200);
      const body = response.json<{ total: { questions: { id: string; answers?: string[]; other?: string[] }[] } }>();
      return body.total.questions.flatMap((q) => [...(q.answers ?? []), ...(q.other ?? [])]);
    };
    const before = await texts();
    const hers = {
      ...GOOD_ANSWERS,
      fore: { option: 'annat', other: 'Sjukskriven' },
      kommentar: { text: 'Min coach lyssnar inte' },
    };
    expect((await answer(link.token, { answers: hers })).statusCode).toBe(201);
    const after = await texts();
    expect(after.filter((t) => !before.includes(t))).toEqual([]);
    // Once the distribution has closed, its texts are listed, all together and in alphabetical order.
    const base = `${api()}/surveys/${survey.id}/distributions/${distribution.id}`;
    expect((await call(ctx, admin, 'POST', `${base}/close`, { version: distribution.version })).statusCode).toBe(200);
    expect(await texts()).toEqual(expect.arrayContaining(['Bra 1', 'Min coach lyssnar inte', 'Sjukskriven']));
  });
});

describe('results of a closed distribution', () => {
  it('does not tell a comment’s author’s other answers by filtering or splitting on them (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const { distribution, links } = await freshDistribution(ctx, survey);
    const comments = ['Bra', 'Fint', 'Lugnt', 'Roligt', 'Tryggt'];
    // The author of "Min coach lyssnar inte" and five others found taking part meaningful, five did not.
    for (const [option, texts] of [
      ['5', [...comments, 'Min coach lyssnar inte']],
      ['1', comments.map((t) => `${t} nog`)],
    ] as const)
      for (const text of texts)
        await answer(links[0]!.token, { answers: { ...GOOD_ANSWERS, meningsfullt: { option }, kommentar: { text } } });
    const base = `${api()}/surveys/${survey.id}`;
    expect(
      (await call(ctx, admin, 'POST', `${base}/distributions/${distribution.id}/close`, { version: 1 })).statusCode,
    ).toBe(200);
    type Results = { questions: { id: string; answers?: string[] }[] };
    const texts = async (query: string) => {
      const response = await call(ctx, admin, 'GET', `${base}/results?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<{ total: Results; columns: { results: Results }[] }>();
      return [body.total, ...body.columns.map((c) => c.results)].map(
        (r) => r.questions.find((q) => q.id === 'kommentar')?.answers ?? [],
      );
    };
    // Unfiltered, the comments are listed: that is what open answers are for.
    expect((await texts(''))[0]).toContain('Min coach lyssnar inte');
    // Filtered or split on another question's answer, a listed comment would tell its author's answer.
    expect((await texts('answerQuestion=meningsfullt&answerOptions=5')).flat()).toEqual([]);
    expect((await texts('split=question&splitQuestion=meningsfullt')).slice(1).flat()).toEqual([]);
  });
});

describe('staff', () => {
  it('cannot enter a paper answer dated after the distribution’s last day (got through before)', async () => {
    const survey = await freshSurvey(ctx, A);
    const { distribution } = await freshDistribution(ctx, survey, { opensOn: '2024-01-01', closesOn: '2024-06-30' });
    const url = `${api()}/surveys/${survey.id}/distributions/${distribution.id}/responses`;
    const late = await call(ctx, admin, 'POST', url, { mode: 'paper', answers: GOOD_ANSWERS });
    expect(late.statusCode).toBe(400);
    expect(errorOf(late).message).toMatch(
      /^Svarsdagen \d{4}-\d{2}-\d{2} ligger utanför utskicket \(från 2024-01-01 till 2024-06-30\)\.$/,
    );
    // A form answered on the last day and entered later is fine.
    const inTime = await call(ctx, admin, 'POST', url, {
      mode: 'paper',
      answeredOn: '2024-06-30',
      answers: GOOD_ANSWERS,
    });
    expect(inTime.statusCode, inTime.body).toBe(201);
  });
});

describe('template import', () => {
  it('names a NUL or half a surrogate pair in a template file instead of failing in the database (got through before)', async () => {
    for (const [name, title] of [
      ['Nul', 'Enkät\u0000'],
      ['Halv', 'Enkät\ud800'],
    ] as const) {
      const file = JSON.stringify({
        format: 'insikt-survey-template',
        formatVersion: 1,
        name: unique(name),
        locked: false,
        questionnaire: { ...QUESTIONNAIRE, title: { sv: title } },
      });
      const response = await ctx.app.inject({
        method: 'POST',
        url: `${api()}/survey-templates/import-json`,
        payload: Buffer.from(file),
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(errorOf(response).issues?.map((i) => i.field)).toEqual(['questionnaire.title.sv']);
    }
    const stored = await ctx.database.db.select().from(surveyTemplates).where(eq(surveyTemplates.associationId, A));
    expect(stored.filter((t) => /^(Nul|Halv) /.test(t.name))).toEqual([]);
  });

  it('reads a template sheet in the memory-limited worker, so a sheet lying about its size stops there (got through before)', async () => {
    // 60 MB of one cell, declared as 1 kB: past the size check, it is only stopped while read.
    const cell = 'x'.repeat(60 * 1024 * 1024);
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${cell}</t></is></c></row></sheetData></worksheet>`;
    const file = xlsx([], { sheet, sheetSize: 1024 });
    let uploaded = false;
    const response = ctx.app
      .inject({
        method: 'POST',
        url: `${api()}/survey-templates/import-excel?name=${encodeURIComponent(unique('Bomb'))}`,
        payload: file,
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      })
      .finally(() => (uploaded = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const health = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    // The server's own thread kept serving while the sheet was read.
    expect(uploaded).toBe(false);
    const refused = await response;
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { issues: { message: string }[] } }>().error.issues[0]!.message).toBe(
      'Filen kräver för mycket minne för att läsas (högst 64 MB). Dela upp den eller spara den som CSV.',
    );
  }, 60_000);
});
