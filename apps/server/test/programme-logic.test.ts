import mammoth from 'mammoth';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso, type ProgrammeLogicContent } from '@insikt/core';
import { finnveden2019 } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
import { associations, auditLog } from '../src/db/schema';
import { loadDemo } from '../src/modules/demo/load-demo';
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
import { insertRecords } from './report-fixtures';

let ctx: TestContext;
let association: string;
let other: string;
let admin: Session;
let reader: Session;
let lead: Session;
let otherAdmin: Session;
let interventionId: string;

interface Indicator {
  id: string;
  rowId: string;
  kind: string;
  label: string;
  results: { year: number; actual: number | null; status: string; source: string | null }[];
}
interface Logic {
  id: string;
  year: number;
  revision: number;
  status: string;
  version: number;
  content: ProgrammeLogicContent;
  fulfilment: { years: number[]; indicators: Indicator[] };
}
interface Assessment {
  id: string;
  year: number;
  version: number;
  status: string;
  result: { type: string; approximate: boolean };
}

/** The text of each table cell of mammoth's HTML, paragraphs joined by two spaces. */
const cellsOf = (html: string) =>
  [...html.matchAll(/<t[dh](?:\s[^>]*)?>(.*?)<\/t[dh]>/g)].map((m) =>
    m[1]!
      .replace(/<\/p><p>/g, '  ')
      .replace(/<[^>]+>/g, '')
      .trim(),
  );
const logics = (a = association) => `/api/v1/associations/${a}/programme-logics`;
const effectiveness = (a = association) => `/api/v1/associations/${a}/effectiveness`;
const year = { n: 2019 };
/** A logic of a year of its own, so the tests do not share documents. */
async function startLogic(start: 'template' | 'empty' = 'template', y = (year.n += 10)) {
  const response = await call(ctx, admin, 'POST', logics(), { year: y, start });
  expect(response.statusCode).toBe(201);
  return response.json<Logic>();
}
const save = (logic: Logic, content: ProgrammeLogicContent, version = logic.version) =>
  call(ctx, admin, 'PUT', `${logics()}/${logic.id}`, { content, version });
const approve = (path: string, version: number, session = admin) =>
  call(ctx, session, 'POST', `${path}/approve`, { decisionReference: 'Styrelsemöte 2020-03-12 § 5', version });

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx, unique('Uppsala'))).id;
  other = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
  lead = await login(ctx, (await seedUser(ctx, 'intervention_lead', association)).email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
  const created = await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions`, {
    name: 'Finnveden 2019',
    kind: 'individual',
    startDate: '2015-01-01',
    goals: [
      {
        description: 'Minst 20 % i arbete',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.2,
      },
    ],
  });
  interventionId = created.json<{ id: string }>().id;
  await insertRecords(ctx, association, interventionId, finnveden2019);
});
afterAll(() => ctx.close());

describe('programme logic', () => {
  it('starts from the Uppsala template and measures linked indicators with the board’s figures', async () => {
    const logic = await startLogic('template', 2019);
    expect(logic.status).toBe('draft');
    expect(logic.content.levels.individual.rows.map((r) => r.activity)[0]).toBe(
      'Identifiera individernas totala behov av rehabilitering',
    );
    expect(logic.content.levels.member.rows).toHaveLength(4);
    const content = structuredClone(logic.content);
    const [first, second, third] = content.levels.individual.rows;
    first!.indicators = [
      {
        id: crypto.randomUUID(),
        kind: 'outcome',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.3,
      },
    ];
    second!.indicators = [{ id: crypto.randomUUID(), kind: 'goal', interventionId, goalIndex: 0 }];
    third!.indicators = [
      {
        id: crypto.randomUUID(),
        kind: 'manual',
        label: 'Antal gemensamma uppföljningar',
        comparison: 'at_least',
        target: 4,
        values: [{ year: 2019, value: 4, source: 'Kansliets sammanställning 2019' }],
      },
    ];
    const saved = await save(logic, content);
    expect(saved.statusCode).toBe(200);
    const body = saved.json<Logic>();
    expect(body.fulfilment.years).toEqual([2017, 2018, 2019]);
    const [outcome, goal, manual] = body.fulfilment.indicators;

    // The published (protected) outcome report of the same year holds the same figure.
    const report = await call(
      ctx,
      admin,
      'GET',
      `/api/v1/reports/outcome?from=2019-01-01&to=2019-12-31&groupBy=association&suppress=true`,
    );
    const cells = report
      .json<{ groups: { key: string; cells: Record<string, Record<string, number | null>> }[] }>()
      .groups.find((g) => g.key === association)!.cells;
    const published = cells.andel_forvarvsarbete!.total!;
    const in2019 = outcome!.results.find((r) => r.year === 2019)!;
    expect(in2019.actual).toBe(published);
    expect(in2019.status).toBe(published >= 0.3 ? 'met' : 'not_met');
    expect(outcome!.results.find((r) => r.year === 2017)).toMatchObject({ actual: null, status: 'no_data' });

    // The insats goal: the value its goal fulfilment shows the board (a läsare).
    const goals = (
      await call(ctx, reader, 'GET', `/api/v1/associations/${association}/interventions/${interventionId}/goals`)
    ).json<{ goals: { results: { year: number; actual: number | null; met: boolean | null }[] }[] }>();
    const goal2019 = goals.goals[0]!.results.find((r) => r.year === 2019)!;
    expect(goal!.label).toBe('Finnveden 2019: Minst 20 % i arbete');
    expect(goal!.results.find((r) => r.year === 2019)).toMatchObject({
      actual: goal2019.actual,
      status: goal2019.met ? 'met' : 'not_met',
    });

    // A reported value exactly on its target is met, and keeps its source.
    expect(manual!.results.find((r) => r.year === 2019)).toEqual({
      year: 2019,
      actual: 4,
      status: 'met',
      source: 'Kansliets sammanställning 2019',
    });
    expect(manual!.results.find((r) => r.year === 2018)!.status).toBe('no_data');
  });

  it('never shows a small count: the board’s figure of three exits is hidden, even to the administrator', async () => {
    const small = (await seedAssociation(ctx, unique('Litet'))).id;
    const smallAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', small)).email);
    const insats = await call(ctx, smallAdmin, 'POST', `/api/v1/associations/${small}/interventions`, {
      name: 'Tre deltagare',
      kind: 'individual',
      startDate: '2015-01-01',
    });
    await insertRecords(ctx, small, insats.json<{ id: string }>().id, finnveden2019.slice(0, 3));
    const created = (await call(ctx, smallAdmin, 'POST', logics(small), { year: 2019, start: 'empty' })).json<Logic>();
    const content = structuredClone(created.content);
    content.levels.individual.rows = [
      {
        id: crypto.randomUUID(),
        activity: 'Stöd',
        subGoal: 'Fler i arbete',
        indicators: [
          {
            id: crypto.randomUUID(),
            kind: 'outcome',
            indicatorId: 'antal',
            column: 'total',
            comparison: 'at_least',
            target: 1,
          },
        ],
      },
    ];
    const saved = await call(ctx, smallAdmin, 'PUT', `${logics(small)}/${created.id}`, {
      content,
      version: created.version,
    });
    // The administrator's own report shows 3; the logic, for the board, shows no figure at all.
    expect(saved.json<Logic>().fulfilment.indicators[0]!.results.find((r) => r.year === 2019)).toMatchObject({
      actual: null,
      status: 'no_data',
    });
  });

  it('copies last year’s logic with its indicators', async () => {
    const earlier = await startLogic('template');
    const content = structuredClone(earlier.content);
    content.effect = 'Eget effektmål';
    expect((await save(earlier, content)).statusCode).toBe(200);
    const copy = await call(ctx, admin, 'POST', logics(), { year: earlier.year + 1, start: 'previous' });
    expect(copy.statusCode).toBe(201);
    expect(copy.json<Logic>().content.effect).toBe('Eget effektmål');
    const again = await call(ctx, admin, 'POST', logics(), { year: earlier.year + 1, start: 'template' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses changes to a fastställd logic, and hides drafts from readers', async () => {
    const logic = await startLogic();
    const approved = await approve(`${logics()}/${logic.id}`, logic.version);
    expect(approved.statusCode).toBe(200);
    expect(approved.json<Logic>().status).toBe('approved');
    const edit = await save(logic, logic.content, approved.json<Logic>().version);
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ error: { message: string } }>().error.message).toMatch(/är fastställd och kan inte ändras/);
    expect((await call(ctx, reader, 'GET', `${logics()}/${logic.id}`)).statusCode).toBe(200);

    const next = await call(ctx, admin, 'POST', `${logics()}/${logic.id}/new-version`);
    expect(next.statusCode).toBe(201);
    const draft = next.json<Logic>();
    expect(draft).toMatchObject({ status: 'draft', revision: 2, year: logic.year });
    expect((await call(ctx, reader, 'GET', `${logics()}/${draft.id}`)).statusCode).toBe(404);
    const readerList = (await call(ctx, reader, 'GET', logics())).json<{ id: string }[]>().map((l) => l.id);
    expect(readerList).toContain(logic.id);
    expect(readerList).not.toContain(draft.id);
    // One draft at a time: the fastställd revision cannot start a second.
    expect((await call(ctx, admin, 'POST', `${logics()}/${logic.id}/new-version`)).statusCode).toBe(409);
    // Only the förbundsadministratör writes förbund-level documents; another förbund sees nothing.
    expect((await save(draft, draft.content)).statusCode).toBe(200);
    expect((await call(ctx, lead, 'POST', logics(), { year: 2090, start: 'empty' })).statusCode).toBe(403);
    expect((await call(ctx, otherAdmin, 'GET', `${logics()}/${logic.id}`)).statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'GET', `${logics(other)}/${logic.id}`)).statusCode).toBe(404);
  });

  it('refuses a stale version (409), so two editors cannot overwrite each other', async () => {
    const logic = await startLogic('empty');
    const content = structuredClone(logic.content);
    content.effect = 'Den första';
    expect((await save(logic, content)).statusCode).toBe(200);
    content.effect = 'Den andra';
    const second = await save(logic, content);
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { code: string } }>().error.code).toBe('version_conflict');
  });

  it('audits every change', async () => {
    const logic = await startLogic();
    const saved = (await save(logic, logic.content)).json<Logic>();
    await approve(`${logics()}/${logic.id}`, saved.version);
    const copy = (await call(ctx, admin, 'POST', `${logics()}/${logic.id}/new-version`)).json<Logic>();
    const actions = async (id: string) =>
      (
        await ctx.database.db
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(and(eq(auditLog.entityId, id), eq(auditLog.entityType, 'programme_logic')))
      ).map((r) => r.action);
    expect((await actions(logic.id)).sort()).toEqual([
      'programme_logic.approve',
      'programme_logic.create',
      'programme_logic.update',
    ]);
    expect(await actions(copy.id)).toEqual(['programme_logic.new_version']);
  });

  it('refuses a personnummer in a row’s text, naming the field', async () => {
    const logic = await startLogic();
    const content = structuredClone(logic.content);
    content.levels.society.rows[0]!.activity = 'Möte med 19121212-1212 om hans plan';
    const response = await save(logic, content);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /^Aktiviteten innehåller ett personnummer/,
    );
  });

  it('exports the logic as Tabell 1 in Word and PDF, with fulfilment and hostile text kept inert', async () => {
    const logic = await startLogic('template');
    const content = structuredClone(logic.content);
    content.levels.member.rows[0]!.activity = '<script>alert(1)</script> =SUM(A1)';
    content.levels.member.rows[0]!.indicators = [
      {
        id: crypto.randomUUID(),
        kind: 'manual',
        label: 'Gemensamma analysseminarier',
        comparison: 'at_least',
        target: 2,
        values: [{ year: logic.year, value: 1, source: 'Protokoll' }],
      },
    ];
    expect((await save(logic, content)).statusCode).toBe(200);
    const docx = await call(ctx, reader, 'GET', `${logics()}/${logic.id}/export?format=docx`);
    expect(docx.statusCode).toBe(404); // a draft, so not the reader's
    const word = await call(ctx, admin, 'GET', `${logics()}/${logic.id}/export?format=docx`);
    expect(word.headers['content-disposition']).toContain(`programlogik-${logic.year}.docx`);
    const { value: html } = await mammoth.convertToHtml({ buffer: word.rawPayload });
    const cells = cellsOf(html);
    expect(cells.slice(0, 3)).toEqual([
      'Aktivitet (styrs av frågor om "vad" och "hur"?)',
      'Delmål',
      'Effekt (styrs av frågan "varför?", svaret är "för att uppnå …")',
    ]);
    expect(cells).toContain('Individnivå');
    expect(cells).toContain('Medlemsnivå (Organisation/Samverkan)');
    expect(cells).toContain('Identifiera individernas totala behov av rehabilitering');
    expect(cells).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)');
    expect(html).toContain(
      `Gemensamma analysseminarier (mål minst 2): ${logic.year} 1 – Ej uppfyllt (källa: Protokoll)`,
    );
    expect(html).not.toContain('<script>');

    const pdf = await call(ctx, admin, 'GET', `${logics()}/${logic.id}/export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { pages, title } = await pdfText(pdf.rawPayload);
    const text = pages.join('').replace(/\s+/g, '');
    expect(title).toBe(`Mål- och programlogik ${logic.year}`);
    for (const expected of ['Samhällsnivå', 'Dialog med medlemmarna', 'Måluppfyllelse per år', 'Ej uppfyllt'])
      expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});

describe('organisationens effektivitet', () => {
  const judged = (inner: string, outer: string) => ({
    inner,
    innerReasoning: `Inre: ${inner}`,
    outer,
    outerReasoning: `Yttre: ${outer}`,
    targetInner: 'yes',
    targetOuter: 'yes',
  });

  it('derives the type, keeps the movement over three years and exports it', async () => {
    const years: [number, string, string][] = [
      [2021, 'no', 'no'],
      [2022, 'partly', 'no'],
      [2023, 'yes', 'yes'],
    ];
    const made: Assessment[] = [];
    for (const [y, inner, outer] of years) {
      const created = await call(ctx, admin, 'POST', effectiveness(), { year: y, content: judged(inner, outer) });
      expect(created.statusCode).toBe(201);
      made.push(created.json<Assessment>());
    }
    expect(made.map((m) => m.result)).toEqual([
      { type: 'lost', approximate: false },
      { type: 'self_governing', approximate: true },
      { type: 'effective', approximate: false },
    ]);
    for (const m of made.slice(0, 2))
      expect((await approve(`${effectiveness()}/${m.id}`, m.version)).statusCode).toBe(200);
    // The reader sees the fastställda years only; the 2023 draft does not exist for them.
    const seen = (await call(ctx, reader, 'GET', effectiveness())).json<Assessment[]>().map((a) => a.year);
    expect(seen).toEqual([2021, 2022]);
    expect((await call(ctx, reader, 'GET', `${effectiveness()}/${made[2]!.id}`)).statusCode).toBe(404);
    // Fastställd: no more changes.
    const late = await call(ctx, admin, 'PUT', `${effectiveness()}/${made[0]!.id}`, {
      content: judged('yes', 'yes'),
      version: made[0]!.version + 1,
    });
    expect(late.statusCode).toBe(409);
    expect(
      (await call(ctx, lead, 'POST', effectiveness(), { year: 2024, content: judged('yes', 'no') })).statusCode,
    ).toBe(403);

    const word = await call(ctx, admin, 'GET', `${effectiveness()}/${made[2]!.id}/export?format=docx`);
    const { value: html } = await mammoth.convertToHtml({ buffer: word.rawPayload });
    const cells = cellsOf(html);
    // The 2×2 matrix of 002 Figur 1 with the years in their boxes, and the target in the upper left.
    expect(cells).toContain('Den effektiva organisationen  År: 2023  Målläge');
    expect(cells).toContain('Den självstyrande organisationen  År: 2022 (snarast)');
    expect(cells).toContain('Den vilsna organisationen  År: 2021');
    expect(cells).toContain('Snarast den självstyrande organisationen');

    const pdf = await call(ctx, reader, 'GET', `${effectiveness()}/${made[1]!.id}/export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfText(pdf.rawPayload)).pages.join('').replace(/\s+/g, '');
    // The chart's axis names are drawn only in the chart: the PDF has the matrix as a drawing too.
    for (const expected of [
      'snarast den självstyrande organisationen',
      'Inre: partly',
      'Den vilsna',
      '2021',
      'Göra rätt saker (yttre effektivitet): ja – nej',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});

describe('the demo', () => {
  it('gives the first demo förbund a fastställd logic with measured indicators and three years of movement', async () => {
    const { password } = await loadDemo(ctx.database.db, todayIso());
    const [first] = await ctx.database.db
      .select()
      .from(associations)
      .where(eq(associations.name, 'Demo – Södra Vätterbygden'));
    const board = await login(ctx, 'styrelse.sodravatterbygden@demo.insikt.se', password);
    const last = Number(todayIso().slice(0, 4)) - 1;
    const list = (await call(ctx, board, 'GET', logics(first!.id))).json<Logic[]>();
    expect(list.map((l) => [l.year, l.status])).toEqual([[last, 'approved']]);
    const logic = (await call(ctx, board, 'GET', `${logics(first!.id)}/${list[0]!.id}`)).json<Logic>();
    const indicators = logic.fulfilment.indicators;
    expect(indicators.length).toBeGreaterThanOrEqual(4);
    expect(new Set(indicators.map((i) => i.kind))).toEqual(new Set(['outcome', 'goal', 'manual']));
    // The demo's participants give measured values for the logic's year.
    const measured = indicators.filter((i) => i.results.find((r) => r.year === last)!.status !== 'no_data');
    expect(measured.length).toBeGreaterThanOrEqual(3);
    const movement = (await call(ctx, board, 'GET', effectiveness(first!.id))).json<Assessment[]>();
    expect(movement.map((a) => [a.year, a.status, a.result.type, a.result.approximate])).toEqual([
      [last - 2, 'approved', 'lost', false],
      [last - 1, 'approved', 'self_governing', true],
      [last, 'approved', 'effective', false],
    ]);
  });
});
