import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { EvidenceTable } from '@insikt/core';
import { finnveden2019 } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
import { auditLog } from '../src/db/schema';
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

/**
 * The evidence store (issue 13 §2): figures attached to a field are live while the document is a
 * draft and frozen in the transaction that fastställer it, so a fastställd document keeps the
 * figures it was decided on whatever happens to the data afterwards.
 */
let ctx: TestContext;
let A: string;
let insats: string;
let assessment: { id: string; version: number };
const s: Record<'admin' | 'reader' | 'lead' | 'otherLead', Session> = {} as never;

interface Item {
  id: string;
  source: string;
  title: string;
  version: number;
  frozen: boolean;
  table: EvidenceTable | null;
  fileName: string | null;
}

const items = `/api/v1/associations/:A/evidence-items`;
const url = (path = '') => items.replace(':A', A) + path;
const doc = () => ({ documentKind: 'self_assessment', documentId: assessment.id });
const docQuery = () => `documentKind=self_assessment&documentId=${assessment.id}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function upload(session: Session, fileName: string, bytes: Buffer) {
  return ctx.app.inject({
    method: 'POST',
    url: url(`/upload?${docQuery()}&fieldKey=3&fileName=${encodeURIComponent(fileName)}`),
    payload: bytes,
    headers: { 'content-type': 'application/octet-stream', cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
}
async function list(session: Session): Promise<Item[]> {
  const response = await call(ctx, session, 'GET', url(`?${docQuery()}`));
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Item[]>();
}
const antal = (table: EvidenceTable | null) => table!.rows.find((r) => r.label === 'Antal')!.values[0];

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx, unique('Finnveden'))).id;
  s.admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  s.reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
  const created = await call(ctx, s.admin, 'POST', `/api/v1/associations/${A}/interventions`, {
    name: unique('Steget'),
    kind: 'individual',
    startDate: '2018-01-01',
  });
  insats = created.json<{ id: string }>().id;
  await insertRecords(ctx, A, insats, finnveden2019);
  for (const [key, on] of [
    ['lead', insats],
    ['otherLead', null],
  ] as const) {
    const user = await seedUser(ctx, 'intervention_lead', A);
    if (on)
      await call(ctx, s.admin, 'POST', `/api/v1/associations/${A}/interventions/${on}/staff`, {
        userId: user.id,
        role: 'intervention_lead',
      });
    s[key] = await login(ctx, user.email);
  }
  const response = await call(ctx, s.lead, 'POST', `/api/v1/associations/${A}/self-assessments`, {
    interventionId: insats,
    year: 2019,
  });
  expect(response.statusCode, response.body).toBe(201);
  assessment = response.json<{ id: string; version: number }>();
});
afterAll(() => ctx.close());

describe('evidence on a draft', () => {
  it('attaches the outcome report with one click and shows its live, protected figures', async () => {
    const response = await call(ctx, s.lead, 'POST', url(), {
      ...doc(),
      fieldKey: '3',
      kind: 'source',
      source: 'outcome',
    });
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json<Item>();
    expect(item).toMatchObject({ source: 'outcome', title: 'Utfall 2019 – avslutade deltagare', frozen: false });
    const preview = await call(
      ctx,
      s.lead,
      'GET',
      `/api/v1/associations/${A}/evidence?source=outcome&year=2019&interventionId=${insats}`,
    );
    expect(item.table!.rows).toEqual(preview.json<EvidenceTable>().rows);
    expect(item.table!.protected).toBe(true);
  });

  it('attaches web links and refuses other addresses', async () => {
    const ok = await call(ctx, s.lead, 'POST', url(), {
      ...doc(),
      fieldKey: '3',
      kind: 'link',
      title: 'Delrapport',
      url: 'https://example.se/delrapport',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const bad = await call(ctx, s.lead, 'POST', url(), {
      ...doc(),
      fieldKey: '3',
      kind: 'link',
      title: 'X',
      url: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    // One field's list holds that field's items only.
    const ofField = async (key: string) =>
      (await call(ctx, s.lead, 'GET', url(`?${docQuery()}&fieldKey=${key}`))).json<Item[]>().map((i) => i.title);
    expect(await ofField('3')).toContain('Delrapport');
    expect(await ofField('1')).toEqual([]);
  });

  it('stores an uploaded PDF and gives it back, and refuses a file that is not what its name says', async () => {
    const response = await upload(s.lead, 'Protokoll styrgrupp.pdf', PDF);
    expect(response.statusCode, response.body).toBe(201);
    const item = response.json<Item>();
    const file = await call(ctx, s.lead, 'GET', url(`/${item.id}/file`));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const renamed = await upload(s.lead, 'faktura.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json<{ error: { message: string } }>().error.message).toContain('faktura.pdf');
  });

  it('keeps the draft and its evidence from readers and from insatsansvariga of other insatser', async () => {
    expect((await call(ctx, s.reader, 'GET', url(`?${docQuery()}`))).statusCode).toBe(404);
    expect((await call(ctx, s.otherLead, 'GET', url(`?${docQuery()}`))).statusCode).toBe(404);
    const attach = await call(ctx, s.otherLead, 'POST', url(), {
      ...doc(),
      fieldKey: '3',
      kind: 'source',
      source: 'outcome',
    });
    expect(attach.statusCode).toBe(404);
    expect((await upload(s.reader, 'a.pdf', PDF)).statusCode).toBe(403);
  });

  it('removes an item at the version read, refuses a stale one, and audits every change', async () => {
    const added = (
      await call(ctx, s.lead, 'POST', url(), { ...doc(), fieldKey: '1', kind: 'source', source: 'interventions' })
    ).json<Item>();
    expect((await call(ctx, s.lead, 'DELETE', url(`/${added.id}?version=${added.version + 1}`))).statusCode).toBe(409);
    expect((await call(ctx, s.lead, 'DELETE', url(`/${added.id}?version=${added.version}`))).statusCode).toBe(200);
    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.associationId, A), eq(auditLog.entityId, assessment.id)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['evidence.attach', 'evidence.upload', 'evidence.remove']),
    );
  });
});

describe('evidence of a fastställd document', () => {
  it('is frozen at fastställande and stays the same when participants are added afterwards', async () => {
    const before = (await list(s.lead)).find((i) => i.source === 'outcome')!;
    const current = await call(ctx, s.lead, 'GET', `/api/v1/associations/${A}/self-assessments/${assessment.id}`);
    const approve = await call(
      ctx,
      s.lead,
      'POST',
      `/api/v1/associations/${A}/self-assessments/${assessment.id}/approve`,
      {
        decisionReference: 'Styrgruppsmöte 2020-02-10 § 4',
        version: current.json<{ version: number }>().version,
      },
    );
    expect(approve.statusCode, approve.body).toBe(200);
    // Twenty more exits in 2019, registered after the decision.
    const late = finnveden2019.slice(0, 20).map((r) => ({ ...r, personKey: r.personKey && `sen-${r.personKey}` }));
    await insertRecords(ctx, A, insats, late);
    const live = await call(
      ctx,
      s.lead,
      'GET',
      `/api/v1/associations/${A}/evidence?source=outcome&year=2019&interventionId=${insats}`,
    );
    expect(Number(antal(live.json<EvidenceTable>()))).toBeGreaterThan(Number(antal(before.table)) + 10);
    const after = (await list(s.reader)).find((i) => i.source === 'outcome')!;
    expect(after.frozen).toBe(true);
    expect(after.table!.rows).toEqual(before.table!.rows);
    expect(antal(after.table)).toBe(antal(before.table));
  });

  it('exports each field’s frozen evidence as a table in the Word file and the PDF', async () => {
    const frozen = (await list(s.reader)).find((i) => i.source === 'outcome')!.table!;
    const base = `/api/v1/associations/${A}/self-assessments/${assessment.id}/export`;
    const docx = await call(ctx, s.reader, 'GET', `${base}?format=docx`);
    expect(docx.statusCode).toBe(200);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.rawPayload });
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((t) =>
      [...t[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
        [...r[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
      ),
    );
    const evidence = tables.find((t) => t[1]?.[0] === 'Antal')!;
    expect(evidence[0]).toEqual(['', ...frozen.columns]);
    expect(evidence[1]).toEqual(['Antal', ...frozen.rows[0]!.values.map(String)]);
    expect(html).toContain('Siffrorna frystes');
    expect(html).toContain('Länk: Delrapport (https://example.se/delrapport)');
    const pdf = await call(ctx, s.reader, 'GET', `${base}?format=pdf`);
    const text = (await pdfText(pdf.rawPayload)).pages.join(' ');
    expect(text).toContain('Utfall 2019 – avslutade deltagare');
  });

  it('refuses to add or remove evidence, with a clear message, and lets readers read it', async () => {
    const attach = await call(ctx, s.lead, 'POST', url(), {
      ...doc(),
      fieldKey: '3',
      kind: 'source',
      source: 'follow_up',
    });
    expect(attach.statusCode).toBe(409);
    expect(attach.json<{ error: { message: string } }>().error.message).toContain('fastställd');
    expect((await upload(s.lead, 'sen.pdf', PDF)).statusCode).toBe(409);
    const [first] = await list(s.reader);
    expect((await call(ctx, s.lead, 'DELETE', url(`/${first!.id}?version=${first!.version}`))).statusCode).toBe(409);
    const file = (await list(s.reader)).find((i) => i.fileName)!;
    expect((await call(ctx, s.reader, 'GET', url(`/${file.id}/file`))).statusCode).toBe(200);
  });

  it('carries the evidence into a new version, with live figures again', async () => {
    const response = await call(
      ctx,
      s.lead,
      'POST',
      `/api/v1/associations/${A}/self-assessments/${assessment.id}/new-version`,
    );
    expect(response.statusCode, response.body).toBe(201);
    const frozen = (await list(s.lead)).find((i) => i.source === 'outcome')!;
    assessment = response.json<{ id: string; version: number }>();
    const copied = await list(s.lead);
    expect(copied.map((i) => i.title).sort()).toEqual([
      'Delrapport',
      'Protokoll styrgrupp.pdf',
      'Utfall 2019 – avslutade deltagare',
    ]);
    const outcome = copied.find((i) => i.source === 'outcome')!;
    expect(outcome.frozen).toBe(false);
    expect(Number(antal(outcome.table))).toBeGreaterThan(Number(antal(frozen.table)) + 10);
  });
});

describe('evidence attached at the moment of fastställande', () => {
  it('is either frozen with the decision or refused, never left live on a fastställd document', async () => {
    // On PostgreSQL the two requests run in parallel transactions; both lock the document's row.
    for (let round = 0; round < 5; round++) {
      const created = await call(ctx, s.lead, 'POST', `/api/v1/associations/${A}/self-assessments`, {
        interventionId: insats,
        year: 2010 + round,
      });
      expect(created.statusCode, created.body).toBe(201);
      const draft = created.json<{ id: string; version: number }>();
      const [attach, approve] = await Promise.all([
        call(ctx, s.lead, 'POST', url(), {
          documentKind: 'self_assessment',
          documentId: draft.id,
          fieldKey: '3',
          kind: 'source',
          source: 'outcome',
        }),
        call(ctx, s.lead, 'POST', `/api/v1/associations/${A}/self-assessments/${draft.id}/approve`, {
          decisionReference: `Styrgruppsmöte § ${round}`,
          version: draft.version,
        }),
      ]);
      expect(approve.statusCode, approve.body).toBe(200);
      expect([201, 409], attach.body).toContain(attach.statusCode);
      const shown = await call(ctx, s.reader, 'GET', url(`?documentKind=self_assessment&documentId=${draft.id}`));
      const kept = shown.json<Item[]>();
      expect(kept.every((i) => i.frozen)).toBe(true);
      expect(kept).toHaveLength(attach.statusCode === 201 ? 1 : 0);
    }
  });
});
