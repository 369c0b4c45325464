import mammoth from 'mammoth';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emptyTocContent,
  MECHANISM_THEMES,
  planTimeline,
  tocContentSchema,
  type ProgrammeLogicContent,
  type TocContent,
} from '@insikt/core';
import { finnveden2019 } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
import { DEMO_ROLES } from '../src/modules/demo/demo-data';
import { demoTheoryOfChange } from '../src/modules/demo/demo-theory-of-change';
import { auditLog, members } from '../src/db/schema';
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
let admin: Session;
let insatsA: string;
let insatsB: string;
let af: string;
const base = () => `/api/v1/associations/${association}/theories-of-change`;

interface Toc {
  id: string;
  status: string;
  edition: number;
  version: number;
  title: string;
  interventionIds: string[];
  content: TocContent;
  parties: { id: string; name: string }[];
  successorId: string | null;
}

async function createInsats(name: string) {
  const response = await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions`, {
    name: unique(name),
    kind: 'individual',
    startDate: '2024-01-01',
  });
  return response.json<{ id: string }>().id;
}
/** A user with `role` assigned to the given insatser, logged in. */
async function staff(role: 'intervention_lead' | 'evaluator', interventionIds: string[]) {
  const user = await seedUser(ctx, 'reader', association);
  for (const interventionId of interventionIds)
    await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions/${interventionId}/staff`, {
      userId: user.id,
      role,
    });
  return login(ctx, user.email);
}
const create = async (session: Session, interventionIds: string[], title = unique('Förändringsteori')) =>
  call(ctx, session, 'POST', base(), { title, interventionIds });
const save = (session: Session, toc: Toc, content: TocContent, version = toc.version) =>
  call(ctx, session, 'PUT', `${base()}/${toc.id}`, {
    title: toc.title,
    interventionIds: toc.interventionIds,
    content,
    version,
  });

const item = (text: string) => ({ text });
const effect = (text: string) => ({ text, indicators: [] });
function filledContent(): TocContent {
  const content = emptyTocContent();
  content.resources.financing = [item('Finansiering från samordningsförbundet')];
  content.resources.team = [item('Projektledare och två coacher')];
  content.staffing = [
    { memberId: af, role: 'arbetsförmedlare', percent: 25 },
    { memberId: af, role: 'coach', percent: 50 },
  ];
  content.activities = { collaboration: [item('Regelbundna styrgruppsmöten')], participants: [item('Kartläggning')] };
  content.effects.short = {
    collaboration: [effect('Förtroende mellan parterna')],
    participants: [effect('Bättre matchning')],
  };
  content.effects.long = { collaboration: [], participants: [effect('Närmare arbete eller studier')] };
  content.mechanisms = [
    {
      theme: 'foundation',
      text: 'Ökad kunskap om varandras uppdrag',
      source: 'own',
      assessments: [{ cycle: 1, rating: 'partly', text: 'Kunskapen ökade men inte tilliten' }],
    },
  ];
  content.plan.questions = [item('Vad fungerar för vem?')];
  content.plan.cycles[0]!.phases[0] = { phase: 'frame', from: '2019-01-01', to: '2019-02-28' };
  content.plan.cycles[0]!.interimReport = '2019-08-15';
  return content;
}

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  insatsA = await createInsats('Arena för arbete');
  insatsB = await createInsats('Möjligheternas hus');
  const rows = await ctx.database.db
    .select()
    .from(members)
    .where(and(eq(members.associationId, association), eq(members.kind, 'af')));
  af = rows[0]!.id;
});
afterAll(() => ctx.close());

describe('a theory of change through its lifecycle', () => {
  it('is saved whole, names its staffing parties, refuses a stale version and, once fastställd, any edit', async () => {
    const created = await create(admin, [insatsA]);
    expect(created.statusCode).toBe(201);
    const draft = created.json<Toc>();
    expect(draft.content.plan.cycles).toHaveLength(2);

    const saved = await save(admin, draft, filledContent());
    expect(saved.statusCode).toBe(200);
    const current = saved.json<Toc>();
    expect(current.content.staffing.map((s) => s.percent)).toEqual([25, 50]);
    expect(current.parties).toEqual([{ id: af, name: 'Arbetsförmedlingen' }]);

    // A second editor still holding the first version is refused rather than overwriting.
    const stale = await save(admin, draft, emptyTocContent());
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('version_conflict');

    const approved = await call(ctx, admin, 'POST', `${base()}/${draft.id}/approve`, {
      decisionReference: 'styrelsemöte 2026-04-16 § 5',
      version: current.version,
    });
    expect(approved.statusCode).toBe(200);
    const fixed = approved.json<Toc>();
    expect(fixed.status).toBe('approved');

    const refused = await save(admin, fixed, emptyTocContent());
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe(
      'Förändringsteorin är fastställd och kan inte ändras. Starta en ny version för att göra ändringar.',
    );
    const again = await call(ctx, admin, 'POST', `${base()}/${draft.id}/approve`, {
      decisionReference: 'x',
      version: fixed.version,
    });
    expect(again.statusCode).toBe(409);

    const next = await call(ctx, admin, 'POST', `${base()}/${draft.id}/new-version`);
    expect(next.statusCode).toBe(201);
    const second = next.json<Toc>();
    expect([second.status, second.edition]).toEqual(['draft', 2]);
    expect(second.content).toEqual(fixed.content);
    expect((await call(ctx, admin, 'POST', `${base()}/${draft.id}/new-version`)).statusCode).toBe(409);
    expect((await call(ctx, admin, 'GET', `${base()}/${draft.id}`)).json<Toc>().successorId).toBe(second.id);

    const audit = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.associationId, association));
    const actions = audit.map((a) => a.action).filter((a) => a.startsWith('theory_of_change.'));
    expect(actions).toEqual(
      expect.arrayContaining([
        'theory_of_change.create',
        'theory_of_change.update',
        'theory_of_change.approve',
        'theory_of_change.new_version',
      ]),
    );
    // The refused and conflicting writes left no entry: two updates were tried, one was stored.
    expect(actions.filter((a) => a === 'theory_of_change.update')).toHaveLength(1);
  });
});

describe('who reaches a theory of change', () => {
  it('keeps a cluster from an insatsansvarig who leads only one of its insatser', async () => {
    const lead = await staff('intervention_lead', [insatsA]);
    const cluster = (await create(admin, [insatsA, insatsB])).json<Toc>();
    const own = (await create(admin, [insatsA])).json<Toc>();
    expect((await call(ctx, lead, 'GET', `${base()}/${cluster.id}`)).statusCode).toBe(404);
    expect((await save(lead, cluster, filledContent())).statusCode).toBe(404);
    expect((await create(lead, [insatsA, insatsB])).statusCode).toBe(404);
    const listed = (await call(ctx, lead, 'GET', base())).json<{ id: string }[]>().map((t) => t.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(cluster.id);
    // Their own insats's theory of change they write and fastställer.
    expect((await save(lead, own, filledContent())).statusCode).toBe(200);
  });

  it('lets an utvärderare of every insats of a cluster write it but never fastställa it', async () => {
    const evaluator = await staff('evaluator', [insatsA, insatsB]);
    const cluster = (await create(evaluator, [insatsA, insatsB])).json<Toc>();
    const saved = (await save(evaluator, cluster, filledContent())).json<Toc>();
    const approve = await call(ctx, evaluator, 'POST', `${base()}/${cluster.id}/approve`, {
      decisionReference: 'styrelsemöte',
      version: saved.version,
    });
    expect(approve.statusCode).toBe(403);
  });

  it('shows readers the fastställda only, and nothing to another förbund', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
    const draft = (await create(admin, [insatsB])).json<Toc>();
    const approved = (await create(admin, [insatsB])).json<Toc>();
    await call(ctx, admin, 'POST', `${base()}/${approved.id}/approve`, { decisionReference: 'beslut', version: 1 });
    const listed = (await call(ctx, reader, 'GET', base())).json<{ id: string; status: string }[]>();
    expect(listed.map((t) => t.id)).toContain(approved.id);
    expect(listed.every((t) => t.status === 'approved')).toBe(true);
    expect((await call(ctx, reader, 'GET', `${base()}/${draft.id}`)).statusCode).toBe(404);
    expect((await call(ctx, reader, 'GET', `${base()}/${approved.id}`)).statusCode).toBe(200);

    const other = (await seedAssociation(ctx)).id;
    const stranger = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
    expect((await call(ctx, stranger, 'GET', `${base()}/${approved.id}`)).statusCode).toBe(404);
    const foreign = await call(ctx, stranger, 'POST', `/api/v1/associations/${other}/theories-of-change`, {
      title: 'Lånad insats',
      interventionIds: [insatsA],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { message: string } }>().error.message).toBe('Insatsen finns inte i förbundet.');
  });
});

describe('what a theory of change refuses', () => {
  it('refuses a personnummer in any text, a text over 20 000 characters and a party of another förbund', async () => {
    const toc = (await create(admin, [insatsA])).json<Toc>();
    const withNumber = filledContent();
    withNumber.mechanisms[0]!.assessments[0]!.text = 'Samtal med 19121212-1212 visade';
    const refused = await save(admin, toc, withNumber);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { issues: { field: string }[] } }>().error.issues[0]!.field).toBe(
      'content.mechanisms[0].assessments[0].text',
    );

    const long = filledContent();
    long.activities.collaboration = [item('x'.repeat(20_000))];
    expect((await save(admin, toc, long)).statusCode).toBe(200);
    const tooLong = filledContent();
    tooLong.activities.collaboration = [item('x'.repeat(20_001))];
    expect((await save(admin, toc, tooLong, toc.version + 1)).statusCode).toBe(400);

    const foreignParty = filledContent();
    const [otherMember] = await ctx.database.db
      .select()
      .from(members)
      .where(eq(members.associationId, (await seedAssociation(ctx)).id));
    foreignParty.staffing = [{ memberId: otherMember!.id, role: 'handläggare', percent: 25 }];
    const party = await save(admin, toc, foreignParty, toc.version + 1);
    expect(party.statusCode).toBe(400);
    expect(party.json<{ error: { message: string } }>().error.message).toBe(
      'Bemanningsrad 1: parten finns inte bland förbundets medlemmar.',
    );
  });
});

describe('the theory of change as Word and PDF', () => {
  it('reads back the columns of seed 001, the mechanisms per cycle and the plan', async () => {
    const toc = (await create(admin, [insatsA], 'Arena för arbete')).json<Toc>();
    const content = filledContent();
    content.effects.medium.collaboration = [effect('<script>alert(1)</script> =SUM(A1)')];
    await save(admin, toc, content);
    const url = `${base()}/${toc.id}/document`;

    const docx = await call(ctx, admin, 'GET', `${url}?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="forandringsteori-arena-for-arbete-v1.docx"',
    );
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.rawPayload });
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
      // A cell's paragraphs as |…|, without the bold of the header row.
      [...t[1]!.matchAll(/<t[dh](?:\s[^>]*)?>(.*?)<\/t[dh]>/g)].map((m) =>
        m[1]!.replace(/<\/?p>/g, '|').replace(/<\/?strong>/g, ''),
      ),
    );
    const [columns, mechanisms, plan] = tables;
    expect(columns!.slice(0, 9)).toEqual([
      '|Resurser|',
      '|Aktiviteter/processer: Samverkan|',
      '|Aktiviteter/processer: Deltagare/målgrupp|',
      '|Effekter kort sikt: Samverkan|',
      '|Effekter kort sikt: Deltagare/målgrupp|',
      '|Effekter mellanlång sikt: Samverkan|',
      '|Effekter mellanlång sikt: Deltagare/målgrupp|',
      '|Effekter lång sikt: Samverkan|',
      '|Effekter lång sikt: Deltagare/målgrupp|',
    ]);
    expect(columns!.slice(9)).toEqual([
      '|Finansiering:||• Finansiering från samordningsförbundet||Team:||• Projektledare och två coacher||' +
        '• Arbetsförmedlingen — arbetsförmedlare — 25 %||• Arbetsförmedlingen — coach — 50 %||' +
        'Arbetsförmedlingen: 0,75 heltidstjänster|',
      '|• Regelbundna styrgruppsmöten|',
      '|• Kartläggning|',
      '|• Förtroende mellan parterna|',
      '|• Bättre matchning|',
      '|• &lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)|',
      '',
      '',
      '|• Närmare arbete eller studier|',
    ]);
    expect(mechanisms).toEqual([
      '|Antagen mekanism|',
      '|Bedömning cykel 1|',
      '|Bedömning cykel 2|',
      '|Ökad kunskap om varandras uppdrag|',
      '|Delvis||Kunskapen ökade men inte tilliten|',
      '|Inte bedömd|',
    ]);
    // Cycle 1's framing phase ended in 2019 and its delrapport too: both done by any later date.
    expect(plan!.slice(5, 10)).toEqual(['|1|', '|Sätta ramar|', '|2019-01-01|', '|2019-02-28|', '|Klart|']);
    expect(plan!.slice(20, 25)).toEqual(['|1|', '|Delrapport|', '|2019-08-15|', '', '|Klart|']);
    expect(html).toContain('<h3>1. Grunden för samverkan</h3>');
    expect(html).toContain('1. Vad fungerar för vem?');

    const pdf = await call(ctx, admin, 'GET', `${url}?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).pages.join(' ').replace(/\s+/g, '');
    for (const expected of [
      'Förändringsteori: Arena för arbete',
      'Effekter mellanlång sikt: Samverkan',
      'Arbetsförmedlingen — arbetsförmedlare — 25 %',
      '1. Grunden för samverkan',
      'Kunskapen ökade men inte tilliten',
      'Utvärderingsplan',
      '<script>alert(1)</script>',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});

describe('the demo theory of change', () => {
  it('is fastställd, valid for the editor, staffed per party and assessed under all four themes in cycle 1', async () => {
    const today = '2026-06-15';
    await ctx.database.db.transaction((tx) =>
      demoTheoryOfChange(tx, { associationId: association, interventionIds: [insatsB], index: 0, today }),
    );
    const listed = (await call(ctx, admin, 'GET', base())).json<Toc[]>().find((t) => t.title === 'Jobbstudion')!;
    const toc = (await call(ctx, admin, 'GET', `${base()}/${listed.id}`)).json<Toc>();
    expect(toc.status).toBe('approved');
    expect(tocContentSchema.safeParse(toc.content).success).toBe(true);
    expect(toc.parties.map((p) => p.name)).toContain('Arbetsförmedlingen');
    expect(toc.content.mechanisms.map((m) => [m.theme, m.assessments.map((a) => a.cycle)])).toEqual(
      MECHANISM_THEMES.map((theme) => [theme, [1]]),
    );
    // Cycle 1 is over, cycle 2 runs today.
    const steps = planTimeline(toc.content.plan, today);
    expect(steps.filter((s) => s.cycle === 1).every((s) => s.status === 'done')).toBe(true);
    expect(steps.some((s) => s.cycle === 2 && s.status === 'current')).toBe(true);
  });

  it('is of an insats the demo utvärderare is assigned, so that login has a theory of change to work on', () => {
    // demoTheoryOfChange writes the theory of the förbund's first insats (index 0).
    expect(DEMO_ROLES.find((r) => r.role === 'evaluator')?.interventions).toContain(0);
  });
});

describe('indicators on the effects', () => {
  interface Measured {
    id: string;
    rowId: string;
    label: string;
    results: { year: number; actual: number | null; status: string }[];
  }
  type Measuring = Toc & { fulfilment: { years: number[]; indicators: Measured[] } };
  const outcome = (interventionId?: string) => ({
    id: crypto.randomUUID(),
    kind: 'outcome' as const,
    indicatorId: 'andel_forvarvsarbete' as const,
    column: 'total' as const,
    comparison: 'at_least' as const,
    target: 0.3,
    ...(interventionId ? { interventionId } : {}),
  });

  it('measures an effect exactly as the programme logic measures the same indicator in the same year', async () => {
    const insats = (
      await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions`, {
        name: unique('Finnveden'),
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
      })
    ).json<{ id: string }>().id;
    await insertRecords(ctx, association, insats, finnveden2019);
    const goal = { id: crypto.randomUUID(), kind: 'goal' as const, interventionId: insats, goalIndex: 0 };

    const logic = (
      await call(ctx, admin, 'POST', `/api/v1/associations/${association}/programme-logics`, {
        year: 2019,
        start: 'empty',
      })
    ).json<{ id: string; version: number; content: ProgrammeLogicContent }>();
    const logicContent = structuredClone(logic.content);
    logicContent.levels.individual.rows = [
      { id: crypto.randomUUID(), activity: 'Coachning', subGoal: 'Fler i arbete', indicators: [outcome(), goal] },
    ];
    const logicPath = `/api/v1/associations/${association}/programme-logics/${logic.id}`;
    const logicSaved = await call(ctx, admin, 'PUT', logicPath, { content: logicContent, version: logic.version });
    const logicFigures = logicSaved.json<{ fulfilment: { indicators: Measured[] } }>().fulfilment.indicators;

    const toc = (await create(admin, [insats])).json<Toc>();
    const content = filledContent();
    content.effects.long.participants = [{ text: 'Fler i arbete', indicators: [outcome(), goal, outcome(insats)] }];
    expect((await save(admin, toc, content)).statusCode).toBe(200);
    const measured = (await call(ctx, admin, 'GET', `${base()}/${toc.id}?year=2019`)).json<Measuring>();
    expect(measured.fulfilment.years).toEqual([2017, 2018, 2019]);
    const [forbund, insatsGoal, ofInsats] = measured.fulfilment.indicators;
    expect(forbund!.rowId).toBe('long.participants.0');
    // Same indicator, same year: the same measured value and verdict as in the logic.
    expect(forbund!.results).toEqual(logicFigures[0]!.results);
    expect(insatsGoal!.results).toEqual(logicFigures[1]!.results);
    expect(insatsGoal!.results.find((r) => r.year === 2019)!.actual).not.toBeNull();

    // The insats's own figures are its group of the published (protected) outcome report.
    const report = await call(
      ctx,
      admin,
      'GET',
      `/api/v1/reports/outcome?from=2019-01-01&to=2019-12-31&groupBy=intervention&suppress=true`,
    );
    const cells = report
      .json<{ groups: { key: string; cells: Record<string, Record<string, number | null>> }[] }>()
      .groups.find((g) => g.key === insats)!.cells;
    expect(ofInsats!.label).toMatch(/^Andel i förvärvsarbete, totalt, Finnveden/);
    expect(ofInsats!.results.find((r) => r.year === 2019)!.actual).toBe(cells.andel_forvarvsarbete!.total);

    // The export shows the verdict under the effect and the table per year.
    const docx = await call(ctx, admin, 'GET', `${base()}/${toc.id}/document?format=docx&year=2019`);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    const verdict = forbund!.results[2]!.status === 'met' ? 'Uppfyllt' : 'Ej uppfyllt';
    expect(text).toContain(`– Andel i förvärvsarbete, totalt, hela förbundet (mål minst 30 %): 2019 `);
    expect(text).toContain('Måluppfyllelse per år');
    expect(text).toContain('Effekter lång sikt, Deltagare/målgrupp: Fler i arbete');
    expect(text).toContain(verdict);
  });

  it('refuses an insats the theory does not cover, and any change once fastställd', async () => {
    const toc = (await create(admin, [insatsA])).json<Toc>();
    const content = filledContent();
    content.effects.short.participants = [{ text: 'Bättre matchning', indicators: [outcome(insatsB)] }];
    const outside = await save(admin, toc, content);
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ error: { message: string } }>().error.message).toBe(
      'Uppgifterna är inte giltiga. content.effects.short.participants.0.indicators.0.interventionId: Effekten "Bättre matchning": indikatorn gäller en insats som förändringsteorin inte omfattar.',
    );

    content.effects.short.participants = [{ text: 'Bättre matchning', indicators: [outcome(insatsA)] }];
    const saved = (await save(admin, toc, content)).json<Toc>();
    const approved = (
      await call(ctx, admin, 'POST', `${base()}/${toc.id}/approve`, {
        decisionReference: 'Styrelsemöte 2026-03-12 § 4',
        version: saved.version,
      })
    ).json<Toc>();
    const changed = structuredClone(approved.content);
    changed.effects.short.participants[0]!.indicators = [];
    const refused = await save(admin, approved, changed);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe(
      'Förändringsteorin är fastställd och kan inte ändras. Starta en ny version för att göra ändringar.',
    );
    const after = (await call(ctx, admin, 'GET', `${base()}/${toc.id}`)).json<Toc>();
    expect(after.content.effects.short.participants[0]!.indicators).toHaveLength(1);
  });
});
