import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import {
  crossTabulate,
  DEFAULT_SUPPRESSION_THRESHOLD,
  formatCountOfN,
  surveyResults,
  type Answers,
  type ChoiceResult,
  type EvidenceTable,
  type ProgrammeLogicContent,
  type SurveyResponseInput,
  type SurveyResults,
} from '@insikt/core';
import { interventions, surveyComposites, surveyResponses } from '../src/db/schema';
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
import { pdfText } from './pdf-text';
import { freshDistribution, freshSurvey, QUESTIONNAIRE } from './survey-fixtures';
import { COMPOSITE } from './survey-results-access-cases';

let ctx: TestContext;
let association: string;
let other: string;
let admin: Session;
let reader: Session;
let otherAdmin: Session;
let surveyId: string;
const insats = { a: '', b: '' };
/** The microdata as stored, in core's input shape (the year is the distribution's closing year). */
const microdata: SurveyResponseInput[] = [];
const T = DEFAULT_SUPPRESSION_THRESHOLD;

/** Varied answers: the i-th respondent's, with some "vet ej", blanks, "annat" and comments. */
function answersOf(i: number): Answers {
  const grade = String(1 + ((i * 7) % 5));
  return {
    meningsfullt: { option: i % 6 === 5 ? 'vetej' : String(1 + ((i * 3) % 5)) },
    ...(i % 4 === 3 ? { fore: { option: 'annat', other: 'Föräldraledig' } } : { fore: { option: 'arbete' } }),
    'vidare.arbete': { option: grade },
    ...(i % 5 === 4 ? {} : { 'vidare.studier': { option: String(1 + ((i * 2) % 5)) } }),
    ...(i % 3 === 0 ? { kommentar: { text: `Kommentar nummer ${i}` } } : {}),
  };
}

const url = (path = '', a = association) => `/api/v1/associations/${a}/surveys/${surveyId}${path}`;
async function results(session: Session, query = '') {
  const response = await call(ctx, session, 'GET', url(`/results${query}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ total: SurveyResults; columns: { key: string; results: SurveyResults }[]; split: unknown }>();
}
const choice = (r: SurveyResults, id: string) => r.questions.find((q) => q.id === id) as ChoiceResult;
async function file(session: Session, query: string) {
  const response = await call(ctx, session, 'GET', url(`/results?${query}`));
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  return response.rawPayload;
}

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx, unique('Finnveden'))).id;
  other = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
  for (const key of ['a', 'b'] as const) {
    const [row] = await ctx.database.db
      .insert(interventions)
      .values({
        associationId: association,
        name: unique(`Insats ${key}`),
        kind: 'individual',
        startDate: '2020-01-01',
      })
      .returning();
    insats[key] = row!.id;
  }
  const survey = await freshSurvey(ctx, association, [insats.a, insats.b]);
  surveyId = survey.id;
  const rounds = [
    { closesOn: '2024-03-31', invitedCount: 30, ids: [insats.a, insats.b], counts: [12, 7] },
    { closesOn: '2025-03-31', invitedCount: 15, ids: [insats.a], counts: [11] },
  ];
  let i = 0;
  for (const round of rounds) {
    const { distribution } = await freshDistribution(
      ctx,
      survey,
      { opensOn: `${round.closesOn.slice(0, 4)}-03-01`, closesOn: round.closesOn, invitedCount: round.invitedCount },
      round.ids,
    );
    for (const [k, interventionId] of round.ids.entries())
      for (let n = 0; n < round.counts[k]!; n++, i++) {
        const row = {
          answers: answersOf(i),
          recordKey: (i * 97 + 13) % 256,
          interventionId,
          mode: i % 5 === 0 ? ('interview' as const) : ('web' as const),
        };
        await ctx.database.db.insert(surveyResponses).values({
          associationId: association,
          distributionId: distribution.id,
          language: 'sv',
          answeredOn: `${round.closesOn.slice(0, 4)}-03-15`,
          ...row,
        });
        microdata.push({ ...row, group: 'participants', year: Number(round.closesOn.slice(0, 4)) });
      }
  }
});
afterAll(() => ctx.close());

describe('survey results', () => {
  it('are core’s protected results of the same microdata, with the response rate of the invited', async () => {
    const body = await results(reader);
    const expected = surveyResults(QUESTIONNAIRE, microdata, { threshold: T, invited: 45, filter: {}, composites: [] });
    expect(body.total).toEqual(expected);
    expect(body.total.respondents).not.toBeNull();
    expect(body.total.invited).toBe(45);
  });

  it('compares the years side by side, each year with its own invited count', async () => {
    const body = await results(admin, '?split=year');
    const expected = crossTabulate(
      QUESTIONNAIRE,
      microdata,
      { by: 'year' },
      {
        threshold: T,
        invited: 45,
        filter: {},
        composites: [],
        invitedBy: { '2024': 30, '2025': 15 },
      },
    );
    expect(body.columns.map((c) => c.key)).toEqual(['2024', '2025']);
    expect(body.columns).toEqual(expected.columns);
    expect(body.columns[1]!.results.invited).toBe(15);
  });

  it('shows nothing at all for a filter that leaves fewer answers than the threshold', async () => {
    // Insats b answered 7 times in 2024; of them, fewer than five chose "annat".
    const inB = microdata.filter((r) => r.interventionId === insats.b);
    const annat = inB.filter((r) => r.answers.fore && 'option' in r.answers.fore && r.answers.fore.option === 'annat');
    expect(annat.length).toBeGreaterThan(0);
    expect(annat.length).toBeLessThan(T);
    const body = await results(reader, `?interventionIds=${insats.b}&answerQuestion=fore&answerOptions=annat`);
    expect(body.total).toMatchObject({ status: 'too_few', respondents: null, questions: [], composites: [] });
    const none = await results(reader, `?interventionIds=${insats.b}&years=2025`);
    expect(none.total).toMatchObject({ status: 'too_few', respondents: null, questions: [] });
  });

  it('is not found for another förbund, and refuses a split on a question without options', async () => {
    expect((await call(ctx, otherAdmin, 'GET', url('/results'))).statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'GET', url('/results', other))).statusCode).toBe(404);
    const bad = await call(ctx, admin, 'GET', url('/results?split=question&splitQuestion=kommentar'));
    expect(bad.statusCode).toBe(400);
  });
});

describe('composite indicators', () => {
  it('are saved with their definition, shown in the results, and refuse a stale version or a foreign option', async () => {
    const created = await call(ctx, admin, 'POST', url('/composites'), COMPOSITE);
    expect(created.statusCode, created.body).toBe(201);
    const composite = created.json<{ id: string; version: number; definition: string }>();
    expect(composite.definition).toBe(
      'Arbete: i ganska hög grad eller högre, ELLER Studier: i ganska hög grad eller högre',
    );
    const body = await results(reader);
    const expected = surveyResults(QUESTIONNAIRE, microdata, {
      threshold: T,
      invited: 45,
      composites: [{ id: composite.id, ...COMPOSITE }],
    });
    expect(body.total.composites).toEqual(expected.composites);
    expect(body.total.composites[0]!.count).not.toBeNull();

    const changed = await call(ctx, admin, 'PUT', url(`/composites/${composite.id}`), { ...COMPOSITE, version: 1 });
    expect(changed.statusCode).toBe(200);
    const stale = await call(ctx, admin, 'PUT', url(`/composites/${composite.id}`), { ...COMPOSITE, version: 1 });
    expect(stale.statusCode).toBe(409);
    const foreign = await call(ctx, admin, 'POST', url('/composites'), {
      ...COMPOSITE,
      conditions: [{ questionId: 'meningsfullt', atLeast: 'vetej' }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { message: string } }>().error.message).toContain('"vetej" är inget alternativ');
    expect((await call(ctx, reader, 'POST', url('/composites'), COMPOSITE)).statusCode).toBe(403);
    const gone = await call(ctx, admin, 'DELETE', url(`/composites/${composite.id}?version=2`));
    expect(gone.statusCode).toBe(204);
  });

  it('belong to their survey’s förbund: the database refuses a composite filed under another förbund', async () => {
    const insert = (associationId: string) =>
      ctx.database.db.insert(surveyComposites).values({ associationId, surveyId, rule: COMPOSITE }).returning();
    await expect(insert(other)).rejects.toThrow();
    const [own] = await insert(association);
    await ctx.database.db.delete(surveyComposites).where(eq(surveyComposites.id, own!.id));
  });
});

/** The rows of a sheet as arrays of cell texts (numbers as numbers), from row 1. */
async function sheets(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return new Map(
    book.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [sheet.name, rows];
    }),
  );
}

describe('exports', () => {
  it('Excel: the tables as the JSON shows them, and the raw anonymous answers only for staff who write surveys', async () => {
    const json = await results(admin, '?split=year');
    const book = await sheets(await file(admin, 'split=year&format=xlsx'));
    expect([...book.keys()]).toEqual(['Totalt', '2024', '2025', 'Svar (anonyma)']);
    // A hidden count is "≤5" and a share computed from it "..", where the JSON has null.
    const cell = (v: number | null, hidden: string) => v ?? hidden;
    for (const [i, name] of ['2024', '2025'].entries()) {
      const meaningful = choice(json.columns[i]!.results, 'meningsfullt');
      const rows = book.get(name)!;
      const at = rows.findIndex((r) => r[0] === 'Det är meningsfullt att delta');
      expect(rows[at]![1]).toBe(meaningful.n);
      const positive = rows.slice(at).find((r) => String(r[0]).startsWith('  Positiva'))!;
      expect(positive.slice(1, 3)).toEqual([
        cell(meaningful.positive!.count, '≤5'),
        cell(meaningful.positive!.share, '..'),
      ]);
      const options = rows.slice(at + 1, at + 7).map((r) => r[1]);
      expect(options).toEqual(meaningful.options.map((o) => cell(o.count, '≤5')));
    }

    const raw = book.get('Svar (anonyma)')!;
    const header = raw[2]!;
    expect(header.slice(0, 4)).toEqual(['Svar', 'Svarsgrupp', 'Insats', 'År']);
    const data = raw.slice(3, 3 + microdata.length);
    expect(data).toHaveLength(microdata.length);
    const text = JSON.stringify(raw);
    // No date, no record key, no free text: only group, insats, year and the answers.
    expect(text).not.toMatch(/2024-03-15|2025-03-15|Kommentar nummer|Föräldraledig|Övriga kommentarer/);
    expect(header).not.toContain('Datum');
    // Insats b's 7 answers in 2024 reach the threshold, so the insats is named.
    expect(data.filter((r) => Boolean(r[2])).length).toBe(microdata.length);

    const readerBook = await sheets(await file(reader, 'format=xlsx'));
    expect([...readerBook.keys()]).toEqual(['Totalt']);
  });

  it('PDF for the board: "X av N (Y %)" as the JSON, what the figures cover and the protection note', async () => {
    const json = await results(reader);
    const { pages } = await pdfText(await file(reader, 'format=pdf'));
    const text = pages.join(' ');
    const meaningful = choice(json.total, 'meningsfullt');
    expect(text).toContain(formatCountOfN(meaningful.positive!.count, meaningful.n, T));
    expect(text).toContain(`${json.total.respondents} svarande av 45 inbjudna`);
    expect(text).toContain('Röjandeskydd: svaren är anonyma');
  });
});

describe('links to the rest', () => {
  it('measures a programme logic’s survey indicator per year from the protected results', async () => {
    const logics = `/api/v1/associations/${association}/programme-logics`;
    const logic = (await call(ctx, admin, 'POST', logics, { year: 2025, start: 'empty' })).json<{
      id: string;
      version: number;
      content: ProgrammeLogicContent;
    }>();
    const content = structuredClone(logic.content);
    content.levels.individual.rows = [
      {
        id: crypto.randomUUID(),
        activity: 'Delaktighet',
        subGoal: 'Deltagarna upplever insatsen som meningsfull',
        indicators: [
          {
            id: crypto.randomUUID(),
            kind: 'survey',
            surveyId,
            questionId: 'meningsfullt',
            measure: 'positive_share',
            comparison: 'at_least',
            target: 0.4,
          },
        ],
      },
    ];
    const saved = await call(ctx, admin, 'PUT', `${logics}/${logic.id}`, { content, version: logic.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const [indicator] = saved.json<{
      fulfilment: {
        indicators: { label: string; results: { year: number; actual: number | null; status: string }[] }[];
      };
    }>().fulfilment.indicators;
    const split = await results(reader, '?split=year');
    const share = (year: string) =>
      choice(split.columns.find((c) => c.key === year)!.results, 'meningsfullt').positive!.share;
    // A share hidden by the protection is no data, as for the outcome report's figures.
    const verdict = (v: number | null) => (v === null ? 'no_data' : v >= 0.4 ? 'met' : 'not_met');
    expect(share('2024')).not.toBeNull();
    expect(indicator!.label).toContain('Det är meningsfullt att delta, andel positiva svar');
    expect(indicator!.results).toEqual([
      { year: 2023, actual: null, status: 'no_data', source: null },
      { year: 2024, actual: share('2024'), status: verdict(share('2024')), source: null },
      { year: 2025, actual: share('2025'), status: verdict(share('2025')), source: null },
    ]);
  });

  it('gives the year’s survey results as evidence for a self-assessment, protected', async () => {
    const response = await call(
      ctx,
      admin,
      'GET',
      `/api/v1/associations/${association}/evidence?source=surveys&year=2025`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const table = response.json<EvidenceTable>();
    const split = await results(reader, '?split=year');
    const meaningful = choice(split.columns.find((c) => c.key === '2025')!.results, 'meningsfullt');
    const row = table.rows.find((r) => r.label.endsWith('Det är meningsfullt att delta'))!;
    expect(row.values[0]).toBe(formatCountOfN(meaningful.positive!.count, meaningful.n, T));
    expect(table).toMatchObject({ source: 'surveys', protected: true });
    expect(table.definition).toContain('Röjandeskydd');
  });
});

describe('a survey as an insats goal’s indicator', () => {
  type Fulfilment = {
    years: number[];
    goals: {
      surveyLabel: string | null;
      results: {
        year: number;
        actual: number | null;
        met: boolean | null;
        survey: { respondents: number | null; distributions: { respondentGroup: string; closesOn: string }[] } | null;
      }[];
    }[];
  };
  const insatsUrl = (id: string) => `/api/v1/associations/${association}/interventions/${id}`;
  async function setGoals(id: string, goals: unknown[]) {
    const current = (await call(ctx, admin, 'GET', insatsUrl(id))).json<Record<string, unknown>>();
    const { id: _id, associationId: _a, staff: _s, createdAt: _c, updatedAt: _u, ...input } = current;
    return call(ctx, admin, 'PUT', insatsUrl(id), { ...input, goals });
  }
  const goal = (survey: Record<string, unknown>) => ({
    description: 'Deltagarna upplever insatsen som meningsfull',
    column: 'total',
    comparison: 'at_least',
    target: 0.4,
    survey: { surveyId, ...survey },
  });

  it('measures the positive share of a question, or a composite, per year as the results page shows the insats', async () => {
    const composite = (await call(ctx, admin, 'POST', url('/composites'), COMPOSITE)).json<{ id: string }>();
    // A round closing 2023: fourteen answers for insats a, all positive; two for insats b, too few to show.
    const { distribution } = await freshDistribution(
      ctx,
      { id: surveyId, associationId: association },
      { opensOn: '2023-03-01', closesOn: '2023-03-31' },
      [insats.a, insats.b],
    );
    for (const [k, interventionId] of [...Array<string>(14).fill(insats.a), insats.b, insats.b].entries())
      await ctx.database.db.insert(surveyResponses).values({
        associationId: association,
        distributionId: distribution.id,
        interventionId,
        language: 'sv',
        answeredOn: '2023-03-15',
        recordKey: (k * 53 + 7) % 256,
        mode: 'web',
        answers: { meningsfullt: { option: '5' }, 'vidare.arbete': { option: '5' } },
      });
    for (const id of [insats.a, insats.b]) {
      const saved = await setGoals(id, [goal({ questionId: 'meningsfullt' }), goal({ compositeId: composite.id })]);
      expect(saved.statusCode, saved.body).toBe(200);
    }

    for (const key of ['a', 'b'] as const) {
      // Any role reading the insats, as the board reads it: the protected figures of the results page.
      const body = (await call(ctx, reader, 'GET', `${insatsUrl(insats[key])}/goals`)).json<Fulfilment>();
      const page = await results(reader, `?interventionIds=${insats[key]}&split=year`);
      const [question, rule] = body.goals;
      expect(question!.surveyLabel).toMatch(/: Det är meningsfullt att delta, andel positiva svar$/);
      expect(rule!.surveyLabel).toMatch(/: Möjlighet att gå vidare \(sammansatt indikator\), andel som uppfyller den$/);
      for (const [g, result] of body.goals.entries())
        for (const r of result.results) {
          const column = page.columns.find((c) => c.key === String(r.year))?.results;
          const figure = column && (g === 0 ? choice(column, 'meningsfullt') : column.composites[0]);
          const shown = figure?.status === 'shown' ? figure : undefined;
          const share = shown ? ('share' in shown ? shown.share : shown.positive!.share) : null;
          expect(r.actual, `${key} ${r.year}`).toBe(share);
          expect(r.met).toBe(share === null ? null : share >= 0.4);
          expect(r.survey!.respondents).toBe(shown ? shown.n : null);
          expect(r.survey!.distributions.length > 0).toBe(Boolean(column));
        }
      const byYear = (year: number) => question!.results.find((r) => r.year === year)!;
      expect(byYear(2024).survey!.distributions).toEqual([
        expect.objectContaining({ respondentGroup: 'participants', closesOn: '2024-03-31', status: 'closed' }),
      ]);
      // The 2024 and 2025 positive counts of insats a are small and hidden: no fulfilment, though N is shown.
      if (key === 'a') {
        expect(byYear(2024)).toMatchObject({ actual: null, met: null });
        expect(byYear(2024).survey!.respondents).not.toBeNull();
        expect(body.goals.map((g) => g.results.find((r) => r.year === 2023)!.met)).toEqual([true, true]);
      } else {
        // Two answers: hidden, no fulfilment, and no number of answers either.
        expect(byYear(2023)).toMatchObject({ actual: null, met: null, survey: { respondents: null } });
        expect(byYear(2023).survey!.distributions).toHaveLength(1);
        expect(byYear(2025).survey!.distributions).toEqual([]);
      }
    }
    for (const id of [insats.a, insats.b]) expect((await setGoals(id, [])).statusCode).toBe(200);
    await call(ctx, admin, 'DELETE', url(`/composites/${composite.id}?version=1`));
  });

  it('refuses a question without a positive set, a survey for other insatser, and a goal measured twice', async () => {
    const onlyA = await freshSurvey(ctx, association, [insats.a]);
    const message = async (goals: unknown[]) => {
      const response = await setGoals(insats.b, goals);
      expect(response.statusCode).toBe(400);
      return response.body;
    };
    expect(await message([goal({ questionId: 'fore' })])).toContain('ingen skalfråga eller påstående');
    expect(
      await message([
        { ...goal({ questionId: 'meningsfullt' }), survey: { surveyId: onlyA.id, questionId: 'meningsfullt' } },
      ]),
    ).toContain('gäller inte den här insatsen');
    expect(await message([{ ...goal({ questionId: 'meningsfullt' }), indicatorId: 'fordelning' }])).toContain(
      'inte med båda',
    );
    expect(await message([goal({ questionId: 'meningsfullt', compositeId: onlyA.id })])).toContain(
      'antingen en fråga eller en sammansatt indikator',
    );
    const otherSurvey = await freshSurvey(ctx, other, []);
    expect(await message([goal({ surveyId: otherSurvey.id, questionId: 'meningsfullt' })])).toContain(
      'enkäten finns inte i förbundet',
    );
  });
});
