import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleCode } from '@insikt/core';
import { members } from '../src/db/schema';
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

/**
 * Issue 13 played by an attacker with one account in förbund A (each role in turn) against the
 * evaluation module's HTTP API: förbund B's documents by id and by smuggled ids, drafts reached by
 * roles that read fastställda documents only, edits of fastställda documents, and names of people
 * shown to the national reader. One app for the file: it runs on two cores in CI.
 */
let ctx: TestContext;
let A: string;
let B: string;
const as = {} as Record<'admin' | 'lead' | 'evaluator' | 'reader' | 'officer' | 'national' | 'adminB', Session>;
let ownInsats: string;
let otherInsats: string;
let foreignInsats: string;
let foreignMember: string;

const api = (association: string, path: string) => `/api/v1/associations/${association}/${path}`;
const ok = async (session: Session, method: 'POST' | 'PUT', url: string, body: unknown, status = 201) => {
  const response = await call(ctx, session, method, url, body);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.json<{ id: string; version: number; status: string }>();
};
const approval = (version: number) => ({ decisionReference: 'Styrelsemöte 2026-03-12 § 5', version });

async function insats(association: string, session: Session, name = unique('Insats')) {
  const body = {
    name,
    kind: 'individual',
    startDate: '2023-01-01',
    goals: [
      {
        description: 'Minst 20 % i arbete',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.2,
      },
    ],
  };
  return (await ok(session, 'POST', api(association, 'interventions'), body)).id;
}

async function staffed(role: RoleCode, interventionId: string) {
  const user = await seedUser(ctx, role, A);
  const r = await call(ctx, as.admin, 'POST', api(A, `interventions/${interventionId}/staff`), {
    userId: user.id,
    role,
  });
  expect(r.statusCode, r.body).toBe(201);
  return login(ctx, user.email);
}

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx, unique('Förbund A'))).id;
  B = (await seedAssociation(ctx, unique('Förbund B'))).id;
  as.admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  as.adminB = await login(ctx, (await seedUser(ctx, 'association_admin', B)).email);
  as.reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
  as.national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
  ownInsats = await insats(A, as.admin);
  otherInsats = await insats(A, as.admin);
  foreignInsats = await insats(B, as.adminB);
  as.lead = await staffed('intervention_lead', ownInsats);
  as.evaluator = await staffed('evaluator', ownInsats);
  as.officer = await staffed('participant_officer', ownInsats);
  const [member] = await ctx.database.db.select().from(members).where(eq(members.associationId, B));
  foreignMember = member!.id;
}, 60_000);
afterAll(() => ctx.close());

describe('another förbund', () => {
  it('finds none of B’s documents by id, through A’s address or B’s', async () => {
    const twelve = await ok(as.adminB, 'POST', api(B, 'self-assessments'), { interventionId: null, year: 2024 });
    const nine = await ok(as.adminB, 'POST', api(B, 'self-assessments'), { interventionId: foreignInsats, year: 2024 });
    const toc = await ok(as.adminB, 'POST', api(B, 'theories-of-change'), {
      title: 'B',
      interventionIds: [foreignInsats],
    });
    const logic = await ok(as.adminB, 'POST', api(B, 'programme-logics'), { year: 2024, start: 'template' });
    const gets = [
      `self-assessments/${twelve.id}`,
      `self-assessments/${nine.id}/export?format=pdf`,
      `theories-of-change/${toc.id}`,
      `theories-of-change/${toc.id}/document?format=docx`,
      `programme-logics/${logic.id}`,
      `programme-logics/${logic.id}/export?format=docx`,
      `interventions/${foreignInsats}/implementation`,
    ];
    for (const role of ['admin', 'lead', 'evaluator', 'reader', 'officer'] as const)
      for (const association of [A, B])
        for (const path of gets) {
          const r = await call(ctx, as[role], 'GET', api(association, path));
          expect(r.statusCode, `${role} GET ${association === A ? 'A' : 'B'} ${path}`).toBe(404);
        }
    const writes: [string, unknown][] = [
      [`self-assessments/${twelve.id}/approve`, approval(twelve.version)],
      [`self-assessments/${nine.id}/new-version`, {}],
      [`theories-of-change/${toc.id}/approve`, approval(toc.version)],
      [`programme-logics/${logic.id}/approve`, approval(logic.version)],
    ];
    for (const association of [A, B])
      for (const [path, body] of writes)
        expect((await call(ctx, as.admin, 'POST', api(association, path), body)).statusCode, path).toBe(404);
    expect(
      (await call(ctx, as.admin, 'PUT', api(A, `self-assessments/${nine.id}/fields/1`), { questions: [], version: 0 }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses B’s insatser and members smuggled into A’s documents', async () => {
    const niofalt = await call(ctx, as.admin, 'POST', api(A, 'self-assessments'), {
      interventionId: foreignInsats,
      year: 2024,
    });
    expect(niofalt.statusCode).toBe(404);
    const cluster = await call(ctx, as.admin, 'POST', api(A, 'theories-of-change'), {
      title: 'Kluster',
      interventionIds: [ownInsats, foreignInsats],
    });
    expect([400, 404]).toContain(cluster.statusCode);
    const decision = await call(ctx, as.admin, 'PUT', api(A, `interventions/${ownInsats}/implementation`), {
      decisions: [{ memberId: foreignMember, date: '2025-01-01', outcome: 'full' }],
      version: 0,
    });
    expect(decision.statusCode, decision.body).toBe(400);
    const status = await call(ctx, as.admin, 'POST', api(A, `interventions/${ownInsats}/implementation/status`), {
      status: 'implemented_partly',
      date: '2025-01-01',
      memberIds: [foreignMember],
      version: 0,
    });
    expect(status.statusCode, status.body).toBe(400);
  });
});

describe('roles', () => {
  it('shows drafts to no reader by any route, and lets no role past its scope', async () => {
    const twelve = await ok(as.admin, 'POST', api(A, 'self-assessments'), { interventionId: null, year: 2023 });
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2023 });
    const toc = await ok(as.evaluator, 'POST', api(A, 'theories-of-change'), {
      title: 'T',
      interventionIds: [ownInsats],
    });
    const logic = await ok(as.admin, 'POST', api(A, 'programme-logics'), { year: 2023, start: 'template' });
    const drafts = [twelve.id, nine.id, toc.id, logic.id];
    const lists = [
      'self-assessments',
      'self-assessments?year=2023',
      'self-assessments/overview?year=2023',
      'self-assessments/history',
      `self-assessments/history?interventionId=${ownInsats}`,
      'theories-of-change',
      'programme-logics',
      'effectiveness',
    ];
    for (const role of ['reader', 'national', 'officer'] as const) {
      for (const path of lists) {
        const r = await call(ctx, as[role], 'GET', api(A, path));
        expect(r.statusCode, `${role} ${path}`).toBe(200);
        for (const id of drafts) expect(r.body, `${role} ${path}`).not.toContain(id);
      }
      for (const path of [
        `self-assessments/${twelve.id}`,
        `self-assessments/${nine.id}/export?format=docx`,
        `theories-of-change/${toc.id}/document?format=pdf`,
        `programme-logics/${logic.id}/export?format=pdf`,
      ])
        expect((await call(ctx, as[role], 'GET', api(A, path))).statusCode, `${role} ${path}`).toBe(404);
    }
    // An utvärderare writes but does not fastställa; an insatsansvarig writes no förbund-level document.
    expect(
      (await call(ctx, as.evaluator, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(nine.version)))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(ctx, as.evaluator, 'POST', api(A, `theories-of-change/${toc.id}/approve`), approval(toc.version)))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(ctx, as.lead, 'PUT', api(A, `programme-logics/${logic.id}`), { content: {}, version: logic.version }))
        .statusCode,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await call(ctx, as.lead, 'POST', api(A, `programme-logics/${logic.id}/approve`), approval(logic.version)))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(ctx, as.lead, 'POST', api(A, 'self-assessments'), { interventionId: null, year: 2022 })).statusCode,
    ).toBe(403);
    expect(
      (await call(ctx, as.lead, 'POST', api(A, `self-assessments/${twelve.id}/approve`), approval(twelve.version)))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, as.lead, 'POST', api(A, 'self-assessments'), { interventionId: otherInsats, year: 2023 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, as.lead, 'PUT', api(A, `interventions/${otherInsats}/implementation`), { version: 0 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, as.officer, 'PUT', api(A, `interventions/${ownInsats}/implementation`), { version: 0 }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps a fastställd document read-only by every route', async () => {
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2021 });
    await ok(as.lead, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(nine.version), 200);
    for (const version of [nine.version, nine.version + 1]) {
      const r = await call(ctx, as.admin, 'PUT', api(A, `self-assessments/${nine.id}/fields/1`), {
        questions: [],
        version,
      });
      expect(r.statusCode).toBe(409);
      expect(
        (await call(ctx, as.admin, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(version)))
          .statusCode,
      ).toBe(409);
    }
    const toc = await ok(as.admin, 'POST', api(A, 'theories-of-change'), { title: 'F', interventionIds: [ownInsats] });
    const approved = await ok(
      as.admin,
      'POST',
      api(A, `theories-of-change/${toc.id}/approve`),
      approval(toc.version),
      200,
    );
    const full = (await call(ctx, as.admin, 'GET', api(A, `theories-of-change/${toc.id}`))).json<
      Record<string, unknown>
    >();
    const edit = { title: 'Ändrad', interventionIds: [ownInsats], content: full.content, version: approved.version };
    expect((await call(ctx, as.admin, 'PUT', api(A, `theories-of-change/${toc.id}`), edit)).statusCode).toBe(409);
    // Its next edition, a draft, is not there for a reader: not even its id on the fastställd one.
    const draft = await ok(as.admin, 'POST', api(A, `theories-of-change/${toc.id}/new-version`), {});
    const successorFor = async (session: Session) =>
      (await call(ctx, session, 'GET', api(A, `theories-of-change/${toc.id}`))).json<{ successorId: string | null }>()
        .successorId;
    expect(await successorFor(as.admin)).toBe(draft.id);
    expect(await successorFor(as.reader)).toBeNull();
    expect(await successorFor(as.national)).toBeNull();
    const logic = await ok(as.admin, 'POST', api(A, 'programme-logics'), { year: 2021, start: 'empty' });
    const fixed = await ok(
      as.admin,
      'POST',
      api(A, `programme-logics/${logic.id}/approve`),
      approval(logic.version),
      200,
    );
    const content = (await call(ctx, as.admin, 'GET', api(A, `programme-logics/${logic.id}`))).json<{
      content: unknown;
    }>().content;
    expect(
      (await call(ctx, as.admin, 'PUT', api(A, `programme-logics/${logic.id}`), { content, version: fixed.version }))
        .statusCode,
    ).toBe(409);
    // A new version is a new row: the fastställd one stays as the board decided it.
    const next = await ok(as.admin, 'POST', api(A, `programme-logics/${logic.id}/new-version`), {});
    expect(next.id).not.toBe(logic.id);
    expect((await call(ctx, as.admin, 'POST', api(A, `programme-logics/${logic.id}/new-version`), {})).statusCode).toBe(
      409,
    );
  });
});

describe('the national reader', () => {
  it('sees no person’s name and no insats goal in a fastställd document', async () => {
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2020 });
    await ok(as.lead, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(nine.version), 200);
    const toc = await ok(as.lead, 'POST', api(A, 'theories-of-change'), { title: 'N', interventionIds: [ownInsats] });
    await ok(as.lead, 'POST', api(A, `theories-of-change/${toc.id}/approve`), approval(toc.version), 200);
    const logic = await ok(as.admin, 'POST', api(A, 'programme-logics'), { year: 2020, start: 'template' });
    const content = (await call(ctx, as.admin, 'GET', api(A, `programme-logics/${logic.id}`))).json<{
      content: { levels: { individual: { rows: { indicators: unknown[] }[] } } };
    }>().content;
    content.levels.individual.rows[0]!.indicators = [
      { id: crypto.randomUUID(), kind: 'goal', interventionId: ownInsats, goalIndex: 0 },
    ];
    const saved = await ok(
      as.admin,
      'PUT',
      api(A, `programme-logics/${logic.id}`),
      { content, version: logic.version },
      200,
    );
    await ok(as.admin, 'POST', api(A, `programme-logics/${logic.id}/approve`), approval(saved.version), 200);
    const seen = [
      `self-assessments/${nine.id}`,
      'self-assessments',
      `self-assessments/history?interventionId=${ownInsats}`,
      `theories-of-change/${toc.id}`,
      'theories-of-change',
      `programme-logics/${logic.id}`,
      'programme-logics',
    ];
    for (const path of seen) {
      const r = await call(ctx, as.national, 'GET', api(A, path));
      expect(r.statusCode, path).toBe(200);
      expect(r.body, path).not.toMatch(/Test intervention_lead|Test association_admin|@test\.se/);
      expect(r.body, path).not.toContain('Minst 20 % i arbete');
    }
    // The förbund's own readers still see who fastställde it.
    expect((await call(ctx, as.reader, 'GET', api(A, `self-assessments/${nine.id}`))).body).toContain(
      'Test intervention_lead',
    );
  });
});

describe('evidence', () => {
  const PDF = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n');
  const items = (association: string, path = '') => api(association, `evidence-items${path}`);
  const docQuery = (id: string) => `documentKind=self_assessment&documentId=${id}`;
  const upload = (session: Session, association: string, id: string, fileName: string, bytes = PDF) =>
    ctx.app.inject({
      method: 'POST',
      url: items(association, `/upload?${docQuery(id)}&fieldKey=3&fileName=${encodeURIComponent(fileName)}`),
      payload: bytes,
      headers: { 'content-type': 'application/octet-stream', cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
  const link = (id: string) => ({
    kind: 'link',
    documentKind: 'self_assessment',
    documentId: id,
    fieldKey: '3',
    title: 'Rapport',
    url: 'https://example.se/rapport',
  });
  const source = (id: string, src: string) => ({
    kind: 'source',
    documentKind: 'self_assessment',
    documentId: id,
    fieldKey: '1',
    source: src,
  });

  it('finds none of B’s evidence, and takes none of B’s insatser, from förbund A', async () => {
    const nine = await ok(as.adminB, 'POST', api(B, 'self-assessments'), { interventionId: foreignInsats, year: 2022 });
    const item = await ok(as.adminB, 'POST', items(B), link(nine.id));
    const file = (await upload(as.adminB, B, nine.id, 'b.pdf')).json<{ id: string }>();
    for (const association of [A, B]) {
      const where = association === A ? 'A' : 'B';
      for (const path of [`?${docQuery(nine.id)}`, `/${file.id}/file`])
        expect((await call(ctx, as.admin, 'GET', items(association, path))).statusCode, `${where} ${path}`).toBe(404);
      expect((await call(ctx, as.admin, 'DELETE', items(association, `/${item.id}?version=0`))).statusCode).toBe(404);
      expect((await call(ctx, as.admin, 'POST', items(association), link(nine.id))).statusCode).toBe(404);
      expect((await upload(as.admin, association, nine.id, 'a.pdf')).statusCode).toBe(404);
    }
    const smuggled = await call(
      ctx,
      as.admin,
      'GET',
      api(A, `evidence?source=outcome&year=2022&interventionId=${ownInsats}&interventionId=${foreignInsats}`),
    );
    expect(smuggled.statusCode).toBe(404);
    const other = await call(
      ctx,
      as.lead,
      'GET',
      api(A, `evidence?source=outcome&year=2022&interventionId=${otherInsats}`),
    );
    expect(other.statusCode).toBe(404);
  });

  it('shows a draft’s evidence to no reader, and changes no fastställd document’s evidence', async () => {
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2019 });
    const item = await ok(as.evaluator, 'POST', items(A), link(nine.id));
    const file = (await upload(as.evaluator, A, nine.id, 'underlag.pdf')).json<{ id: string }>();
    for (const role of ['reader', 'national', 'officer'] as const)
      for (const path of [`?${docQuery(nine.id)}`, `/${file.id}/file`])
        expect((await call(ctx, as[role], 'GET', items(A, path))).statusCode, `${role} ${path}`).toBe(404);
    await ok(as.lead, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(nine.version), 200);
    expect((await call(ctx, as.admin, 'POST', items(A), link(nine.id))).statusCode).toBe(409);
    expect((await upload(as.admin, A, nine.id, 'sen.pdf')).statusCode).toBe(409);
    expect((await call(ctx, as.admin, 'DELETE', items(A, `/${item.id}?version=${item.version}`))).statusCode).toBe(409);
    // The uploaded HTML-in-a-PDF comes back as a download, never rendered by the browser.
    const download = await call(ctx, as.reader, 'GET', items(A, `/${file.id}/file`));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
  });

  it('refuses hostile file names and files', async () => {
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2018 });
    const refused = [
      '../../etc/passwd.pdf',
      '..\\boot.pdf',
      'rad\nbrytning.pdf',
      'sida.html',
      'noll\u0000.pdf',
      // Read as "rapportfdp.docx": a bidi override spoofs the type the reader sees.
      'rapport\u202Excod.pdf',
      'noll\u200Bbredd.pdf',
      'del\u007F.pdf',
      'c1\u0085.pdf',
    ];
    for (const name of refused)
      expect((await upload(as.lead, A, nine.id, name)).statusCode, JSON.stringify(name)).toBe(400);
    expect((await upload(as.lead, A, nine.id, 'fel.docx', PDF)).statusCode).toBe(400);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(as.lead, A, nine.id, 'stor.pdf', big)).statusCode).toBe(413);
  });

  it('names no person and shows no insats goal to the national reader', async () => {
    const nine = await ok(as.lead, 'POST', api(A, 'self-assessments'), { interventionId: ownInsats, year: 2024 });
    await ok(as.lead, 'POST', items(A), link(nine.id));
    await ok(as.lead, 'POST', items(A), source(nine.id, 'interventions'));
    await ok(as.lead, 'POST', api(A, `self-assessments/${nine.id}/approve`), approval(nine.version), 200);
    const seen = await call(ctx, as.national, 'GET', items(A, `?${docQuery(nine.id)}`));
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toMatch(/Test intervention_lead|@test\.se/);
    expect(seen.body).not.toContain('Minst 20 % i arbete');
    const own = await call(ctx, as.reader, 'GET', items(A, `?${docQuery(nine.id)}`));
    expect(own.body).toContain('Minst 20 % i arbete');
  });
});
