import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { builtInSurveyTemplate, checkAnswers, todayIso, type Questionnaire } from '@insikt/core';
import { associations, auditLog, interventions, surveyResponses } from '../src/db/schema';
import { DEMO_ASSOCIATIONS } from '../src/modules/demo/demo-data';
import { loadDemo } from '../src/modules/demo/load-demo';
import { responsesOf } from '../src/modules/surveys/responses.repository';
import { templateSampleXlsx } from '../src/modules/surveys/template-files';
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
import { GOOD_ANSWERS, QUESTIONNAIRE } from './survey-fixtures';

/** The staff side of the survey module (issue 14 §1, §2, §6): templates, surveys, distributions, staff entry. */
let ctx: TestContext;
let A: string;
let admin: Session;
const api = () => `/api/v1/associations/${A}`;

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
});
afterAll(() => ctx.close());

const json = <T>(r: { json: <U>() => U }) => r.json<T>();
const errorOf = (r: { json: <U>() => U }) =>
  r.json<{ error: { message: string; issues?: { field: string; message: string }[] } }>().error;
const reworded = (q: Questionnaire): Questionnaire => {
  const copy = structuredClone(q);
  copy.sections[0]!.questions[0]!.text = { sv: 'Det är roligt att delta' };
  return copy;
};
async function insats(name = unique('Insats')) {
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId: A, name, kind: 'individual', startDate: '2024-01-01' })
    .returning();
  return row!.id;
}
async function createSurvey(
  session: Session,
  interventionIds: string[],
  from: object = { fromBuiltIn: 'participants-b6' },
) {
  return call(ctx, session, 'POST', `${api()}/surveys`, { name: unique('Enkät'), interventionIds, ...from });
}
async function distribute(surveyId: string, body: object) {
  const r = await call(ctx, admin, 'POST', `${api()}/surveys/${surveyId}/distributions`, {
    respondentGroup: 'participants',
    opensOn: '2024-01-01',
    closesOn: '2099-12-31',
    ...body,
  });
  expect(r.statusCode, r.body).toBe(201);
  return json<{ id: string; version: number }>(r);
}

describe('templates', () => {
  it('lists the built-ins and copies one with the seed’s wording', async () => {
    const list = json<{ builtIn: { key: string }[] }>(await call(ctx, admin, 'GET', `${api()}/survey-templates`));
    expect(list.builtIn.map((t) => t.key)).toEqual(expect.arrayContaining(['participants-b6', 'staff-projects-b4']));
    const copy = await call(ctx, admin, 'POST', `${api()}/survey-templates`, {
      name: 'Vår deltagarenkät',
      fromBuiltIn: 'participants-b6',
    });
    expect(copy.statusCode).toBe(201);
    expect(json(copy)).toMatchObject({
      basedOn: { builtIn: 'participants-b6', version: 1 },
      locked: false,
      questionnaire: builtInSurveyTemplate('participants-b6')!.questionnaire,
    });
  });

  it('refuses to change a locked template’s wording, naming the question, and saves its other changes', async () => {
    const imported = await call(ctx, admin, 'POST', `${api()}/survey-templates/import-json`, {
      format: 'insikt-survey-template',
      formatVersion: 1,
      name: 'NNS indikatorenkät',
      source: 'NNS 2025',
      locked: true,
      questionnaire: QUESTIONNAIRE,
    });
    expect(imported.statusCode).toBe(201);
    const template = json<{ id: string; version: number; locked: boolean }>(imported);
    expect(template.locked).toBe(true);
    const url = `${api()}/survey-templates/${template.id}`;
    const put = (questionnaire: Questionnaire, version: number) =>
      call(ctx, admin, 'PUT', url, {
        name: 'NNS indikatorenkät',
        description: 'Vår kopia',
        source: 'NNS 2025',
        questionnaire,
        version,
      });
    const refused = await put(reworded(QUESTIONNAIRE), template.version);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toMatch(/^Mallen är låst/);
    expect(errorOf(refused).message).toContain('meningsfullt');
    // The title is the förbund's (its own contact, its own heading): that may change.
    const retitled = { ...QUESTIONNAIRE, title: { sv: 'Indikatorenkät 2025' } };
    const saved = await put(retitled, template.version);
    expect(saved.statusCode).toBe(200);
    expect(json(saved)).toMatchObject({ version: template.version + 1, description: 'Vår kopia' });
    // A survey from the locked template keeps the lock.
    const survey = await createSurvey(admin, [], { fromTemplateId: template.id });
    expect(json(survey)).toMatchObject({ locked: true, wordingEditable: false });
    const { id, version } = json<{ id: string; version: number }>(survey);
    const surveyEdit = await call(ctx, admin, 'PUT', `${api()}/surveys/${id}`, {
      name: 'Ny',
      questionnaire: reworded(retitled),
      version,
    });
    expect(surveyEdit.statusCode).toBe(409);
    expect(errorOf(surveyEdit).message).toMatch(/låst mall/);
  });

  it('imports a sheet with one question per row, and refuses a bad one whole, naming row, column and value', async () => {
    const upload = (file: Buffer, name: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `${api()}/survey-templates/import-excel?name=${encodeURIComponent(name)}&locked=true&source=NNS`,
        payload: file,
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      });
    const good = await upload(await templateSampleXlsx(), 'Från Excel');
    expect(good.statusCode, good.body).toBe(201);
    expect(json<{ questionnaire: Questionnaire }>(good).questionnaire.sections.flatMap((s) => s.questions).length).toBe(
      builtInSurveyTemplate('participants-b6')!.questionnaire.sections.flatMap((s) => s.questions).length,
    );
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateSampleXlsx()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const typeColumn = (sheet.getRow(1).values as string[]).indexOf('Typ');
    sheet.getRow(3).getCell(typeColumn).value = 'skala5';
    const bad = await upload(Buffer.from(await book.xlsx.writeBuffer()), 'Trasig');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('Rad 3, kolumn "Typ": "skala5"');
    const list = json<{ own: { name: string }[] }>(await call(ctx, admin, 'GET', `${api()}/survey-templates`));
    expect(list.own.map((t) => t.name)).not.toContain('Trasig');
  });
});

describe('surveys', () => {
  it('may change its wording until the first answer, and then only its name', async () => {
    const created = json<{ id: string; version: number; questionnaire: Questionnaire }>(await createSurvey(admin, []));
    const url = `${api()}/surveys/${created.id}`;
    const first = await call(ctx, admin, 'PUT', url, {
      name: 'Deltagarenkät 2025',
      questionnaire: reworded(created.questionnaire),
      version: created.version,
    });
    expect(first.statusCode).toBe(200);
    const distribution = await distribute(created.id, {});
    const entered = await call(ctx, admin, 'POST', `${url}/distributions/${distribution.id}/responses`, {
      mode: 'paper',
      answers: { meningsfullt: { option: 'ganska-hog' } },
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const after = json<{ version: number; questionnaire: Questionnaire; wordingEditable: boolean }>(
      await call(ctx, admin, 'GET', url),
    );
    expect(after.wordingEditable).toBe(false);
    const refused = await call(ctx, admin, 'PUT', url, {
      name: 'Deltagarenkät 2025',
      questionnaire: created.questionnaire,
      version: after.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toMatch(/^Enkäten har redan svar/);
    const renamed = await call(ctx, admin, 'PUT', url, {
      name: 'Deltagare 2025',
      questionnaire: after.questionnaire,
      version: after.version,
    });
    expect(renamed.statusCode).toBe(200);
  });

  it('lets an insatsansvarig reach only the surveys of their own insatser', async () => {
    const own = await insats();
    const other = await insats();
    const leadUser = await seedUser(ctx, 'intervention_lead', A);
    await ctx.database.db.execute(
      // The role assignment's insatser, as the users module stores them.
      sql`insert into role_interventions (role_assignment_id, intervention_id)
        select id, ${own} from role_assignments where user_id = ${leadUser.id} and role = 'intervention_lead'`,
    );
    const lead = await login(ctx, leadUser.email);
    expect((await createSurvey(lead, [own])).statusCode).toBe(201);
    expect((await createSurvey(lead, [other])).statusCode).toBe(404);
    expect((await createSurvey(lead, [])).statusCode).toBe(403);
    const theirs = json<{ id: string }>(await createSurvey(admin, [other]));
    expect((await call(ctx, lead, 'GET', `${api()}/surveys/${theirs.id}`)).statusCode).toBe(404);
    const list = json<{ interventionIds: string[] }[]>(await call(ctx, lead, 'GET', `${api()}/surveys`));
    expect(list.every((s) => s.interventionIds.length === 1 && s.interventionIds[0] === own)).toBe(true);
  });
});

describe('distributions', () => {
  it('makes one link per insats, and staff entry stores the insats of the link and audits only the distribution', async () => {
    const [x, y] = [await insats(), await insats()];
    const survey = json<{ id: string }>(await createSurvey(admin, [x, y]));
    const outside = await call(ctx, admin, 'POST', `${api()}/surveys/${survey.id}/distributions`, {
      respondentGroup: 'participants',
      interventionIds: [await insats()],
      opensOn: '2024-01-01',
      closesOn: '2099-12-31',
    });
    expect(outside.statusCode).toBe(400);
    const distribution = await distribute(survey.id, { interventionIds: [x, y], invitedCount: 67 });
    const base = `${api()}/surveys/${survey.id}/distributions/${distribution.id}`;
    const links = json<{ interventionId: string; url: string; token: string }[]>(
      await call(ctx, admin, 'GET', `${base}/links`),
    );
    expect(links.map((l) => l.interventionId).sort()).toEqual([x, y].sort());
    expect(links[0]!.url).toMatch(new RegExp(`/enkat/${links[0]!.token}$`));

    const noInsats = await call(ctx, admin, 'POST', `${base}/responses`, { mode: 'interview', answers: GOOD_ANSWERS });
    expect(noInsats.statusCode).toBe(400);
    const problems = await call(ctx, admin, 'POST', `${base}/responses`, {
      mode: 'interview',
      interventionId: x,
      answers: { 'vidare.arbete': { option: 'x' } },
    });
    expect(problems.statusCode).toBe(422);
    expect(json<{ problems: { questionId: string; message: string }[] }>(problems).problems[0]).toMatchObject({
      questionId: 'vidare.arbete',
    });
    const entered = await call(ctx, admin, 'POST', `${base}/responses`, {
      mode: 'interview',
      interventionId: y,
      answeredOn: '2025-03-04',
      answers: { meningsfullt: { option: 'ganska-hog' } },
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const stored = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.distributionId, distribution.id));
    expect(stored).toMatchObject([{ interventionId: y, mode: 'interview', answeredOn: '2025-03-04' }]);
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey.response.interview'), eq(auditLog.entityId, distribution.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(stored[0]!.id);

    // Closing early stops the links at once; the counts are protected (one answer is "<5": null).
    const read = json<{ version: number; responses: number | null }>(await call(ctx, admin, 'GET', base));
    expect(read.responses).toBeNull();
    const closed = await call(ctx, admin, 'POST', `${base}/close`, { version: read.version });
    expect(json(closed)).toMatchObject({ status: 'closed', closedEarly: true });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/public/surveys/${links[0]!.token}` })).statusCode).toBe(
      410,
    );
    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, distribution.id));
    expect(actions.map((a) => a.action).sort()).toEqual(
      ['survey.distribution.close', 'survey.distribution.create', 'survey.response.interview'].sort(),
    );
  });
});

describe('the demo', () => {
  it('holds the participant survey for two insatser over two years and the staff survey, with valid answers', async () => {
    const { password } = await loadDemo(ctx.database.db, todayIso());
    const [first] = await ctx.database.db
      .select()
      .from(associations)
      .where(eq(associations.name, DEMO_ASSOCIATIONS[0].name));
    const board = await login(ctx, `styrelse.${DEMO_ASSOCIATIONS[0].slug}@demo.insikt.se`, password);
    const list = json<
      {
        id: string;
        origin: { builtIn?: string };
        interventionIds: string[];
        distributions: { id: string; opensOn: string; responses: number | null }[];
      }[]
    >(await call(ctx, board, 'GET', `/api/v1/associations/${first!.id}/surveys`));
    expect(list.map((s) => s.origin.builtIn).sort()).toEqual(['participants-b6', 'staff-projects-b4']);
    const participants = list.find((s) => s.origin.builtIn === 'participants-b6')!;
    expect(participants.interventionIds).toHaveLength(2);
    expect(new Set(participants.distributions.map((d) => d.opensOn.slice(0, 4))).size).toBe(2);
    // Enough answers to be shown: every count is above the threshold.
    for (const d of list.flatMap((s) => s.distributions)) expect(d.responses).toBeGreaterThanOrEqual(5);
    const questionnaire = builtInSurveyTemplate('participants-b6')!.questionnaire;
    const stored = await responsesOf(
      ctx.database.db,
      first!.id,
      participants.distributions.map((d) => d.id),
    );
    for (const r of stored) expect(checkAnswers(questionnaire, r.answers).problems).toEqual([]);
    const answers = stored.flatMap((r) => Object.values(r.answers));
    expect(answers.some((a) => 'option' in a && a.option === 'vet-ej')).toBe(true);
    expect(answers.some((a) => 'text' in a)).toBe(true);
  });
});
