import mammoth from 'mammoth';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@insikt/core';
import { associations, auditLog } from '../src/db/schema';
import { DEMO_ASSOCIATIONS } from '../src/modules/demo/demo-data';
import { loadDemo } from '../src/modules/demo/load-demo';
import { pdfText } from './pdf-text';
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

interface Action {
  id: string;
  what: string;
  who: string;
  due: string | null;
  status: string;
  carriedFrom: { assessmentId: string; year: number } | null;
}
interface Assessment {
  id: string;
  kind: string;
  year: number;
  edition: number;
  status: string;
  version: number;
  decisionReference: string | null;
  approvedByName: string | null;
  editions: { id: string; edition: number; status: string }[];
  fields: {
    number: number;
    questions: { key: string; text: string; assessment: string; rating: number | null; actions: Action[] }[];
  }[];
}

let ctx: TestContext;
let associationId: string;
const s: Record<'admin' | 'lead' | 'evaluator' | 'reader' | 'national' | 'otherAdmin', Session> = {} as never;
let ownInsats: string;
let otherInsats: string;

const base = () => `/api/v1/associations/${associationId}/self-assessments`;
const post = (session: Session, url: string, body?: unknown) => call(ctx, session, 'POST', url, body ?? {});
async function createInsats(name = unique('Insats')) {
  const r = await post(s.admin, `/api/v1/associations/${associationId}/interventions`, {
    name,
    kind: 'individual',
    startDate: '2023-01-01',
  });
  return r.json<{ id: string }>().id;
}
async function staff(interventionId: string, email: string, role: 'intervention_lead' | 'evaluator') {
  const [user] = await ctx.database.db.query.users.findMany({ where: (u, { eq: is }) => is(u.email, email) });
  const r = await post(s.admin, `/api/v1/associations/${associationId}/interventions/${interventionId}/staff`, {
    userId: user!.id,
    role,
  });
  expect(r.statusCode).toBe(201);
}
const create = (session: Session, interventionId: string | null, year: number) =>
  post(session, base(), { interventionId, year });
const saveField = (session: Session, a: Assessment, field: number, questions: unknown[], version = a.version) =>
  call(ctx, session, 'PUT', `${base()}/${a.id}/fields/${field}`, { questions, version });
const approve = (session: Session, a: Assessment, decisionReference = 'Styrelsemöte 2025-04-16 § 5') =>
  post(session, `${base()}/${a.id}/approve`, { decisionReference, version: a.version });
const action = (id: string, status: string, what = `Åtgärd ${id}`) => ({
  id,
  what,
  who: 'Förbundschefen',
  due: '2025-12-31',
  status,
});

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  const otherId = (await seedAssociation(ctx)).id;
  const users = {
    admin: await seedUser(ctx, 'association_admin', associationId),
    lead: await seedUser(ctx, 'intervention_lead', associationId),
    evaluator: await seedUser(ctx, 'evaluator', associationId),
    reader: await seedUser(ctx, 'reader', associationId),
    national: await seedUser(ctx, 'national_reader', null),
    otherAdmin: await seedUser(ctx, 'association_admin', otherId),
  };
  for (const [k, u] of Object.entries(users)) s[k as keyof typeof s] = await login(ctx, u.email);
  ownInsats = await createInsats();
  otherInsats = await createInsats();
  await staff(ownInsats, users.lead.email, 'intervention_lead');
  await staff(ownInsats, users.evaluator.email, 'evaluator');
  // Roles are read at login.
  s.lead = await login(ctx, users.lead.email);
  s.evaluator = await login(ctx, users.evaluator.email);
});
afterAll(() => ctx.close());

describe('a niofält from draft to fastställd and into next year', () => {
  let first: Assessment;

  it('starts from the built-in template, saves a field and refuses a stale version', async () => {
    const created = await create(s.evaluator, ownInsats, 2024);
    expect(created.statusCode).toBe(201);
    first = created.json<Assessment>();
    expect([first.kind, first.edition, first.status, first.fields.length]).toEqual(['nine', 1, 'draft', 9]);
    expect(first.fields[8]!.questions[0]!.text).toBe('Förbättras myndighets-samverkan?');
    const saved = await saveField(s.evaluator, first, 1, [
      {
        key: '1.1',
        assessment: 'Gemensamma mål finns.',
        rating: 4,
        actions: [action('a1', 'planned'), action('a2', 'done')],
      },
      { key: '1.2', assessment: 'x'.repeat(20_000), rating: null, actions: [action('a3', 'ongoing')] },
    ]);
    expect(saved.statusCode).toBe(200);
    const stale = await saveField(s.admin, first, 1, [{ key: '1.1', assessment: 'Annat', rating: 2, actions: [] }]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('version_conflict');
    first = saved.json<Assessment>();
    expect(first.fields[0]!.questions[0]).toMatchObject({ assessment: 'Gemensamma mål finns.', rating: 4 });
    expect(first.fields[0]!.questions[1]!.assessment).toHaveLength(20_000);
  });

  it('refuses a text over 20 000 characters and a personnummer, naming the field', async () => {
    const long = await saveField(s.evaluator, first, 2, [{ key: '2.1', assessment: 'x'.repeat(20_001), actions: [] }]);
    expect(long.statusCode).toBe(400);
    const pnr = await saveField(s.evaluator, first, 2, [
      { key: '2.1', assessment: 'Deltagaren 19121212-1212 var aktiv.', actions: [] },
    ]);
    expect(pnr.statusCode).toBe(400);
    expect(pnr.json<{ error: { message: string } }>().error.message).toMatch(
      /^Bedömningen innehåller ett personnummer/,
    );
  });

  it('is hidden from readers while a draft, and the evaluator may not fastställa it', async () => {
    for (const session of [s.reader, s.national, s.otherAdmin])
      expect((await call(ctx, session, 'GET', `${base()}/${first.id}`)).statusCode).toBe(404);
    expect((await call(ctx, s.reader, 'GET', `${base()}?year=2024`)).json<unknown[]>()).toEqual([]);
    expect((await approve(s.evaluator, first)).statusCode).toBe(403);
  });

  it('is fastställd by the insatsansvarig with the decision reference, then refuses edits with 409', async () => {
    const approved = await approve(s.lead, first);
    expect(approved.statusCode).toBe(200);
    first = approved.json<Assessment>();
    expect(first).toMatchObject({ status: 'approved', decisionReference: 'Styrelsemöte 2025-04-16 § 5' });
    expect(first.approvedByName).toBeTruthy();
    const edit = await saveField(s.admin, first, 1, [{ key: '1.1', assessment: 'Ändrad', rating: 1, actions: [] }]);
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ error: { message: string } }>().error.message).toMatch(/fastställd och kan inte ändras/);
    expect((await approve(s.admin, first)).statusCode).toBe(409);
    expect((await call(ctx, s.reader, 'GET', `${base()}/${first.id}`)).statusCode).toBe(200);
    expect((await call(ctx, s.national, 'GET', `${base()}/${first.id}`)).statusCode).toBe(200);
  });

  it('carries the open actions over into next year, marked with where they came from', async () => {
    const next = (await create(s.lead, ownInsats, 2025)).json<Assessment>();
    const carried = next.fields[0]!.questions.flatMap((q) => q.actions.map((a) => [q.key, a.id, a.carriedFrom]));
    expect(carried).toEqual([
      ['1.1', 'a1', { assessmentId: first.id, year: 2024 }],
      ['1.2', 'a3', { assessmentId: first.id, year: 2024 }],
    ]);
    expect(next.fields[0]!.questions[0]!.assessment).toBe('');
    expect((await create(s.lead, ownInsats, 2025)).statusCode).toBe(409);
  });

  it('starts a new version of a fastställd one as a draft copy, keeping the history', async () => {
    const copy = await post(s.admin, `${base()}/${first.id}/new-version`);
    expect(copy.statusCode).toBe(201);
    const draft = copy.json<Assessment>();
    expect([draft.year, draft.edition, draft.status]).toEqual([2024, 2, 'draft']);
    expect(draft.fields[0]!.questions[0]!.assessment).toBe('Gemensamma mål finns.');
    expect(draft.editions.map((e) => [e.edition, e.status])).toEqual([
      [1, 'approved'],
      [2, 'draft'],
    ]);
    expect((await post(s.admin, `${base()}/${first.id}/new-version`)).statusCode).toBe(409);
    // The fastställd edition still counts while the new one is a draft; readers see only that one.
    const history = (await call(ctx, s.reader, 'GET', `${base()}/history?interventionId=${ownInsats}`)).json<
      Assessment[]
    >();
    expect(history.map((h) => [h.year, h.edition, h.status])).toEqual([[2024, 1, 'approved']]);
  });

  it('writes an audit entry for every change', async () => {
    const rows = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.associationId, associationId), eq(auditLog.entityType, 'self_assessment')));
    const counts = rows.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [r.action]: (acc[r.action] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({
      'self_assessment.create': 2,
      'self_assessment.update': 1,
      'self_assessment.approve': 1,
      'self_assessment.new_version': 1,
    });
  });

  it('shows the förbund overview: fastställd, utkast or none per insats', async () => {
    const overview = (await call(ctx, s.admin, 'GET', `${base()}/overview?year=2025`)).json<{
      interventions: { interventionId: string; status: string }[];
    }>();
    const byId = Object.fromEntries(overview.interventions.map((i) => [i.interventionId, i.status]));
    expect([byId[ownInsats], byId[otherInsats]]).toEqual(['draft', 'none']);
    const lead = (await call(ctx, s.lead, 'GET', `${base()}/overview?year=2024`)).json<{
      interventions: { interventionId: string; status: string }[];
    }>();
    // Fastställda niofält are read förbund-wide: the insatsansvarig sees every insats, another's drafts as none.
    const byLead = Object.fromEntries(lead.interventions.map((i) => [i.interventionId, i.status]));
    expect([byLead[ownInsats], byLead[otherInsats]]).toEqual(['approved', 'none']);
  });
});

describe('access by role', () => {
  it('keeps an insatsansvarig and an utvärderare to their own insatser and off the tolvfältaren', async () => {
    expect((await create(s.lead, otherInsats, 2024)).statusCode).toBe(404);
    expect((await create(s.evaluator, otherInsats, 2024)).statusCode).toBe(404);
    expect((await create(s.lead, null, 2024)).statusCode).toBe(403);
    const other = (await create(s.admin, otherInsats, 2024)).json<Assessment>();
    for (const session of [s.lead, s.evaluator, s.reader])
      expect((await call(ctx, session, 'GET', `${base()}/${other.id}`)).statusCode).toBe(404);
    expect((await saveField(s.lead, other, 1, [])).statusCode).toBe(404);
    expect((await call(ctx, s.otherAdmin, 'GET', `${base()}/${other.id}`)).statusCode).toBe(404);
  });
});

describe('two people starting the same year at once', () => {
  it('gives one of them the assessment and the other a 409, never a unique-key failure', async () => {
    const insats = await createInsats();
    const statuses = (await Promise.all([create(s.admin, insats, 2023), create(s.admin, insats, 2023)])).map(
      (r) => r.statusCode,
    );
    expect(statuses.sort()).toEqual([201, 409]);
  });
});

describe('tolvfältaren as Word and PDF', () => {
  it('exports the 4 × 3 grid and each field, with hostile text inert', async () => {
    const hostile = '<script>alert(1)</script> =HYPERLINK("http://x")';
    let a = (await create(s.admin, null, 2024)).json<Assessment>();
    a = (
      await saveField(s.admin, a, 9, [
        {
          key: '9.1',
          assessment: `Samverkan förbättras. ${hostile}`,
          rating: 5,
          actions: [action('w1', 'ongoing', 'Gemensam beredning')],
        },
      ])
    ).json<Assessment>();
    const docx = await call(ctx, s.admin, 'GET', `${base()}/${a.id}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toMatch(/sjalvvardering-2024-.*\.docx/);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.rawPayload });
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
      [...t[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
        [...r[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) =>
          c[1]!.replace(/<\/?strong>/g, '').replace(/<\/?p>/g, '|'),
        ),
      ),
    );
    const grid = tables[0]!;
    expect(grid.map((r) => r[0])).toEqual([
      '',
      '|Deltagare|',
      '|Personal|',
      '|Organisation/Myndighet|',
      '|Samordningsförbund|',
    ]);
    expect(grid[0]!.slice(1)).toEqual([
      '|Struktur och förutsättningar|',
      '|Process och aktiviteter|',
      '|Resultat och effekter|',
    ]);
    expect(grid[3]![3]).toBe(
      '|9||Förbättras myndighets-samverkan? (5)||Ökar inre eller yttre effektivitet inom myndigheten? (–)|',
    );
    expect(grid[4]![3]).toBe('|12||Bidrar förbundet till bättre rehabilitering? (–)|');
    expect(html).toContain('<h2>Fält 9: Organisation/Myndighet – Resultat och effekter</h2>');
    expect(html).toContain('Samverkan förbättras. &lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK("http://x")');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Gemensam beredning');

    const pdf = await call(ctx, s.admin, 'GET', `${base()}/${a.id}/export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = (await pdfText(pdf.rawPayload)).pages;
    // The grid's row labels fit their column: a too narrow one broke "Samordningsförbun d".
    expect(pages[0]).toContain('Samordningsförbund 10');
    const text = pages.join('').replace(/\s+/g, '');
    for (const expected of [
      'Tolvfältaren',
      'Resultat och effekter',
      'Bidrar förbundet till bättre rehabilitering?',
      hostile,
      '5 – mycket bra',
    ])
      expect(text).toContain(expected.replace(/\s+/g, ''));
  });
});

describe('the förbund’s template copy', () => {
  it('is made and edited by the förbundsadministratör only; the version goes up and new assessments record it', async () => {
    const url = `/api/v1/associations/${associationId}/self-assessment-templates/twelve`;
    expect((await post(s.lead, url)).statusCode).toBe(403);
    const copy = await post(s.admin, url);
    expect(copy.statusCode).toBe(201);
    const template = copy.json<{
      version: number;
      fields: { number: number; questions: { key?: string; text: string; help: string }[] }[];
    }>();
    template.fields[0]!.questions = [
      { key: '1.1', text: 'Har deltagarna och myndigheterna samma mål?', help: 'Egen hjälp' },
      { text: 'Ny fråga?', help: '' },
    ];
    const saved = await call(ctx, s.admin, 'PUT', url, { fields: template.fields, version: template.version });
    expect(saved.statusCode).toBe(200);
    const after = saved.json<{ id: string; version: number; fields: { questions: { key: string }[] }[] }>();
    expect(after.version).toBe(template.version + 1);
    expect(after.fields[0]!.questions.map((q) => q.key)).toEqual(['1.1', '1.4']);
    expect(
      (await call(ctx, s.admin, 'PUT', url, { fields: template.fields, version: template.version })).statusCode,
    ).toBe(409);
    const a = (await create(s.admin, null, 2026)).json<Assessment & { templateId: string; templateVersion: number }>();
    expect([a.templateId, a.templateVersion]).toEqual([after.id, after.version]);
    expect(a.fields[0]!.questions.map((q) => q.text)).toEqual([
      'Har deltagarna och myndigheterna samma mål?',
      'Ny fråga?',
    ]);
  });
});

describe('the demo', () => {
  it('gives the first demo förbund two fastställda tolvfältare with carried actions and three insatser’s niofält', async () => {
    const today = todayIso();
    const year = Number(today.slice(0, 4));
    const demo = await loadDemo(ctx.database.db, today);
    const first = DEMO_ASSOCIATIONS[0].name;
    const email = (role: string) => demo.logins.find((l) => l.role === role && l.association === first)!.email;
    const chef = await login(ctx, email('association_admin'), demo.password);
    const board = await login(ctx, email('reader'), demo.password);
    const [association] = await ctx.database.db.select().from(associations).where(eq(associations.name, first));
    const url = `/api/v1/associations/${association!.id}/self-assessments`;
    const twelve = (await call(ctx, board, 'GET', `${url}/history`)).json<Assessment[]>();
    expect(twelve.map((a) => [a.year, a.status])).toEqual([
      [year - 2, 'approved'],
      [year - 1, 'approved'],
    ]);
    const carried = twelve[1]!.fields.flatMap((f) =>
      f.questions.flatMap((q) => q.actions.filter((a) => a.carriedFrom)),
    );
    expect(carried.map((a) => [a.what, a.status])).toEqual([
      ['Förstudie om insats för utrikesfödda', 'done'],
      ['Bortfallsanalys i alla insatser', 'ongoing'],
    ]);
    const status = async (session: Session, y: number) =>
      (await call(ctx, session, 'GET', `${url}/overview?year=${y}`))
        .json<{ interventions: { status: string }[] }>()
        .interventions.map((i) => i.status);
    expect((await status(chef, year - 1)).filter((s) => s === 'approved')).toHaveLength(2);
    expect((await status(chef, year)).filter((s) => s === 'draft')).toHaveLength(2);
    // The board sees the fastställda only.
    expect(await status(board, year)).not.toContain('draft');
  });
});
