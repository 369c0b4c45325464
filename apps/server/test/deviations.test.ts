import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { todayIso } from '@insikt/core';
import {
  auditLog,
  bodyMeetings,
  deviationContacts,
  deviationRateLimits,
  deviations,
  emailOutbox,
  interventions,
  members,
} from '../src/db/schema';
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
import { indicatorFulfilments } from '../src/modules/indicators/indicator-fulfilment';
import { cliActor } from '../src/platform/actor';
import { noticeDueCases } from '../src/modules/deviations/deviation-notices';

let ctx: TestContext;
let associationId: string;
let otherId: string;
let admin: Session;
let reader: Session;
let lead: Session;
let otherAdmin: Session;
let fk: string;
let af: string;
let insats: string;
let otherInsats: string;

const api = (path: string) => `/api/v1/associations/${associationId}${path}`;
const IP = '203.0.113.91';
const AGENT = 'Mozilla/5.0 Avvikelsewebbläsare/2.0';

const report = (over: Record<string, unknown> = {}) => ({
  occurredOn: '2025-01-15',
  interventionId: insats,
  memberIds: [fk],
  ownOrganisation: false,
  type: 'agreement_breach',
  hinderKind: 'organisational',
  description: 'Försäkringskassan kom inte till det överenskomna trepartsmötet.',
  suggestion: 'Påminn om överenskommelsen i beredningsgruppen.',
  ...over,
});

async function settings(patch: { reportLinkEnabled?: boolean; publicationPublic?: boolean }) {
  const current = (await call(ctx, admin, 'GET', api('/deviation-settings'))).json<{
    version: number;
    reportLinkEnabled: boolean;
    publicationPublic: boolean;
    reportToken: string;
  }>();
  const response = await call(ctx, admin, 'PUT', api('/deviation-settings'), {
    reportLinkEnabled: current.reportLinkEnabled,
    publicationPublic: current.publicationPublic,
    ...patch,
    version: current.version,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ reportToken: string; version: number }>();
}

function publicPost(token: string, body: unknown) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/public/deviations/${token}`,
    payload: body as object,
    headers: { 'user-agent': AGENT, 'x-forwarded-for': IP },
    remoteAddress: IP,
  });
}

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  otherId = (await seedAssociation(ctx)).id;
  // A new förbund has its members already: FK, AF, the region and its kommuner.
  const memberRows = await ctx.database.db.select().from(members).where(eq(members.associationId, associationId));
  fk = memberRows.find((m) => m.kind === 'fk')!.id;
  af = memberRows.find((m) => m.kind === 'af')!.id;
  const rows = await ctx.database.db
    .insert(interventions)
    .values([
      { associationId, name: 'Jobbstudion', kind: 'individual', startDate: '2024-01-01' },
      { associationId, name: 'Samverkansteamet', kind: 'structural', startDate: '2024-01-01' },
    ])
    .returning();
  [insats, otherInsats] = [rows[0]!.id, rows[1]!.id];
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', associationId)).email);
  const leadUser = await seedUser(ctx, 'intervention_lead', associationId);
  await call(ctx, admin, 'POST', api(`/interventions/${insats}/staff`), {
    userId: leadUser.id,
    role: 'intervention_lead',
  });
  lead = await login(ctx, leadUser.email);
  otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', otherId)).email);
});
afterAll(() => ctx.close());

describe('the report link', () => {
  it('is off by default: the form and a report are 404', async () => {
    const { reportToken } = (await call(ctx, admin, 'GET', api('/deviation-settings'))).json<{ reportToken: string }>();
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/public/deviations/${reportToken}` })).statusCode).toBe(
      404,
    );
    expect((await publicPost(reportToken, report())).statusCode).toBe(404);
  });

  it('accepts a report without login and stores no IP, browser or time finer than the day', async () => {
    const { reportToken } = await settings({ reportLinkEnabled: true });
    const form = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/deviations/${reportToken}?lang=en` });
    expect(form.statusCode).toBe(200);
    expect(form.json<{ members: { name: string }[] }>().members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Arbetsförmedlingen', 'Försäkringskassan']),
    );
    const response = await publicPost(reportToken, {
      ...report(),
      contact: { name: 'Kim Rapportör', email: 'kim@kommun.se', phone: '070-111 22 33' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: string; number: number }>();
    const [row] = await ctx.database.db.select().from(deviations).where(eq(deviations.id, id));
    const [contact] = await ctx.database.db
      .select()
      .from(deviationContacts)
      .where(eq(deviationContacts.deviationId, id));
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    // Every column of every row the report wrote: the case, its contact and its audit entry.
    expect(Object.keys(row!).sort()).toEqual(
      [
        'answer',
        'answeredOn',
        'associationId',
        'body',
        'channel',
        'confirmedWarnings',
        'description',
        'forum',
        'handlerId',
        'hinderKind',
        'id',
        'interventionId',
        'meetingDate',
        'memberIds',
        'number',
        'occurredOn',
        'ownOrganisation',
        'publishedOn',
        'receivedOn',
        'resolution',
        'status',
        'suggestion',
        'type',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(row).toMatchObject({ channel: 'link', receivedOn: todayIso(), status: 'received', handlerId: null });
    expect(contact).toEqual({
      deviationId: id,
      associationId,
      name: 'Kim Rapportör',
      email: 'kim@kommun.se',
      phone: '070-111 22 33',
      language: 'sv',
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'deviation.report',
      userId: null,
      ip: null,
      userAgent: null,
      userEmail: null,
    });
    const stored = JSON.stringify([row, contact, audits, await ctx.database.db.select().from(deviationRateLimits)]);
    for (const trace of [IP, 'Avvikelsewebbläsare', 'remoteAddress']) expect(stored).not.toContain(trace);
    // The reporter's contact is in no column of the case.
    expect(JSON.stringify(row)).not.toContain('Kim');
  });

  it('refuses a personnummer with a message that says why, in the reporter’s language', async () => {
    const { reportToken } = await settings({});
    const sv = await publicPost(reportToken, report({ description: 'Det gäller 19121212-1212 som väntat länge.' }));
    expect(sv.statusCode).toBe(400);
    expect(sv.json<{ error: { message: string } }>().error.message).toBe(
      'Beskrivningen av vad som hände innehåller ett personnummer eller samordningsnummer. En avvikelse handlar om hur samverkan fungerar, inte om en person: ta bort numret och beskriv händelsen utan personuppgifter.',
    );
    const en = await publicPost(reportToken, report({ suggestion: 'Ring om 121212 1212', language: 'en' }));
    expect(en.statusCode).toBe(400);
    expect(en.json<{ error: { message: string } }>().error.message).toMatch(
      /^The suggestion contains a Swedish personal identity number/,
    );
    // Signed in, the same refusal (not the generic one about the personnummer field).
    const staff = await call(ctx, admin, 'POST', api('/deviations'), report({ forum: 'Möte med 701063-2391' }));
    expect(staff.statusCode).toBe(400);
    expect(staff.json<{ error: { message: string } }>().error.message).toMatch(
      /^Forumet innehåller ett personnummer.*inte om en person/,
    );
  });

  it('warns on a phone number, an e-mail address and a named client until the reporter confirms', async () => {
    const body = report({
      memberIds: [fk, af],
      description: 'Min klient Anna fick inget svar, ring 070-123 45 67 eller anna@exempel.se.',
    });
    const first = await call(ctx, admin, 'POST', api('/deviations'), body);
    expect(first.statusCode).toBe(422);
    expect(first.json<{ warnings: { kind: string }[] }>().warnings.map((w) => w.kind)).toEqual([
      'phone',
      'email',
      'client_name',
    ]);
    const confirmed = await call(ctx, admin, 'POST', api('/deviations'), { ...body, acknowledgeWarnings: true });
    expect(confirmed.statusCode).toBe(201);
    const [row] = await ctx.database.db
      .select()
      .from(deviations)
      .where(eq(deviations.id, confirmed.json<{ id: string }>().id));
    expect(row!.confirmedWarnings).toEqual(['phone', 'email', 'client_name']);
  });

  it('refuses a party or insats of another förbund', async () => {
    const [foreign] = await ctx.database.db
      .insert(members)
      .values({ associationId: otherId, kind: 'fk', name: unique('FK') })
      .returning();
    const response = await call(ctx, admin, 'POST', api('/deviations'), report({ memberIds: [foreign!.id] }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toBe('Parten finns inte i förbundet.');
  });

  it('turns off and renews: the old link stops working', async () => {
    const before = await settings({});
    const renewed = await call(ctx, admin, 'POST', api('/deviation-settings/renew-link'), { version: before.version });
    expect(renewed.statusCode).toBe(200);
    const after = renewed.json<{ reportToken: string }>();
    expect(after.reportToken).not.toBe(before.reportToken);
    expect((await publicPost(before.reportToken, report())).statusCode).toBe(404);
    expect((await publicPost(after.reportToken, report())).statusCode).toBe(201);
    await settings({ reportLinkEnabled: false });
    expect((await publicPost(after.reportToken, report())).statusCode).toBe(404);
  });
});

describe('the case flow', () => {
  let caseId: string;
  const detail = async () =>
    (await call(ctx, admin, 'GET', api(`/deviations/${caseId}`))).json<{
      version: number;
      status: string;
      deadline: { meetingDate: string; deadline: string } | null;
      overdue: boolean;
      events: { kind: string; note: string; toStatus: string | null; byName: string }[];
    }>();
  const step = async (to: string, extra: Record<string, unknown> = {}) =>
    call(ctx, admin, 'POST', api(`/deviations/${caseId}/transitions`), {
      to,
      version: (await detail()).version,
      ...extra,
    });

  beforeAll(async () => {
    const made = await call(ctx, admin, 'POST', api('/deviations'), report());
    caseId = made.json<{ id: string }>().id;
  });

  it('has no deadline without meetings, and the next meeting minus 14 days with them', async () => {
    expect((await detail()).deadline).toBeNull();
    const far = '2099-03-20';
    const added = await call(ctx, admin, 'POST', api('/bodies/preparatoryGroup/meetings'), { date: far });
    expect(added.statusCode).toBe(201);
    expect((await call(ctx, admin, 'POST', api('/bodies/preparatoryGroup/meetings'), { date: far })).statusCode).toBe(
      409,
    );
    expect((await detail()).deadline).toEqual({ meetingDate: far, deadline: '2099-03-06' });
    expect((await detail()).overdue).toBe(false);
    const meetings = (await call(ctx, reader, 'GET', api('/body-meetings'))).json<{ id: string; date: string }[]>();
    expect(meetings.map((m) => m.date)).toEqual([far]);
  });

  it('flags an overdue case in the list', async () => {
    const overdue = await call(ctx, admin, 'POST', api('/deviations'), report({ occurredOn: '2020-01-01' }));
    const id = overdue.json<{ id: string }>().id;
    await ctx.database.db.update(deviations).set({ receivedOn: '2020-01-02' }).where(eq(deviations.id, id));
    const [meeting] = await ctx.database.db
      .insert(bodyMeetings)
      .values({ associationId, body: 'preparatoryGroup', date: '2020-02-20' })
      .returning();
    const list = (await call(ctx, admin, 'GET', api('/deviations'))).json<
      { id: string; overdue: boolean; deadline: unknown }[]
    >();
    expect(list.find((c) => c.id === id)).toMatchObject({
      overdue: true,
      deadline: { meetingDate: '2020-02-20', deadline: '2020-02-06' },
    });
    expect(list.find((c) => c.id === caseId)!.overdue).toBe(false);
    await ctx.database.db.delete(bodyMeetings).where(eq(bodyMeetings.id, meeting!.id));
  });

  it('refuses a step out of order, raises with the meeting, needs an answer, then answers and publishes', async () => {
    const skip = await step('published');
    expect(skip.statusCode).toBe(400);
    expect(skip.json<{ error: { message: string } }>().error.message).toContain('nästa steg: under utredning');
    expect((await step('investigating', { note: 'Kontaktade rapportören.' })).statusCode).toBe(200);
    const noMeeting = await step('raised', { body: 'board' });
    expect(noMeeting.statusCode).toBe(400);
    expect((await step('raised', { body: 'board', meetingDate: '2099-05-15', note: 'Strukturellt.' })).statusCode).toBe(
      200,
    );
    expect((await detail()).deadline).toEqual({ meetingDate: '2099-05-15', deadline: '2099-05-01' });
    expect((await step('answered')).json<{ error: { message: string } }>().error.message).toBe(
      'Skriv svaret som ska publiceras innan ärendet besvaras.',
    );
    const handlers = (await call(ctx, admin, 'GET', api('/deviation-handlers'))).json<{ id: string }[]>();
    const updated = await call(ctx, admin, 'PUT', api(`/deviations/${caseId}`), {
      handlerId: handlers[0]!.id,
      body: 'board',
      answer: 'Parterna har enats om att <alltid> skicka ersättare & meddela förhinder.',
      version: (await detail()).version,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const comment = await call(ctx, admin, 'POST', api(`/deviations/${caseId}/comments`), {
      text: 'Intern: chefen ringd.',
    });
    expect(comment.statusCode).toBe(201);
    expect((await step('answered', { note: 'Besvarat.' })).statusCode).toBe(200);
    expect((await step('published')).statusCode).toBe(200);
    const done = await detail();
    expect(done.status).toBe('published');
    expect(done.deadline).toBeNull();
    expect(done.events.map((e) => e.toStatus ?? e.kind)).toEqual([
      'investigating',
      'raised',
      'comment',
      'answered',
      'published',
    ]);
    expect(done.events[0]!.note).toBe('Kontaktade rapportören.');
  });

  it('answers 409 to an edit from a stale version', async () => {
    const fresh = (await call(ctx, admin, 'POST', api('/deviations'), report())).json<{ id: string }>();
    const read = (await call(ctx, admin, 'GET', api(`/deviations/${fresh.id}`))).json<{ version: number }>();
    const first = await call(ctx, admin, 'POST', api(`/deviations/${fresh.id}/transitions`), {
      to: 'investigating',
      version: read.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await call(ctx, admin, 'PUT', api(`/deviations/${fresh.id}`), {
      handlerId: null,
      body: 'board',
      answer: 'x',
      version: read.version,
    });
    expect(second.statusCode).toBe(409);
  });

  it('audits every read of the reporter’s contact details', async () => {
    const { reportToken } = await settings({ reportLinkEnabled: true });
    const made = await publicPost(reportToken, { ...report(), contact: { name: 'Robin', email: '', phone: '' } });
    const id = made.json<{ id: string }>().id;
    const contact = await call(ctx, admin, 'GET', api(`/deviations/${id}/contact`));
    expect(contact.json()).toEqual({ name: 'Robin', email: '', phone: '' });
    const reads = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.read'), eq(auditLog.entityId, id)));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.entityType).toBe('deviation_contact');
    await settings({ reportLinkEnabled: false });
  });

  it('shows an insatsansvarig the cases of own insatser only', async () => {
    const elsewhere = (
      await call(ctx, admin, 'POST', api('/deviations'), report({ interventionId: otherInsats }))
    ).json<{ id: string }>();
    const list = (await call(ctx, lead, 'GET', api('/deviations'))).json<{ interventionId: string }[]>();
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.interventionId === insats)).toBe(true);
    expect((await call(ctx, lead, 'GET', api(`/deviations/${elsewhere.id}`))).statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'GET', api(`/deviations/${elsewhere.id}`))).statusCode).toBe(404);
  });
});

describe('publication', () => {
  const publicUrl = () => `/api/v1/public/associations/${associationId}/deviations`;

  it('is for signed-in users of the förbund only, until the förbund opens it', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: publicUrl() })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `${publicUrl()}?format=atom` })).statusCode).toBe(404);
    const signedIn = await call(ctx, reader, 'GET', api('/published-deviations'));
    expect(signedIn.statusCode).toBe(200);
    const pub = signedIn.json<{ cases: Record<string, unknown>[] }>();
    expect(pub.cases).toHaveLength(1);
    // No reporter, no internal comments, no handler.
    expect(Object.keys(pub.cases[0]!)).not.toEqual(expect.arrayContaining(['handlerId']));
    expect(JSON.stringify(pub)).not.toMatch(/Intern|Kim|Robin|kommun\.se/);
    expect((await call(ctx, otherAdmin, 'GET', api('/published-deviations'))).statusCode).toBe(404);
  });

  it('opens without login when turned on, as JSON and as valid, escaped Atom', async () => {
    await settings({ publicationPublic: true });
    const json = await ctx.app.inject({ method: 'GET', url: publicUrl() });
    expect(json.statusCode).toBe(200);
    const feed = await ctx.app.inject({ method: 'GET', url: `${publicUrl()}?format=atom` });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    }).parseFromString(feed.body, 'application/xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement!.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = doc.getElementsByTagName('entry');
    expect(entries.length).toBe(1);
    expect(entries[0]!.getElementsByTagName('content')[0]!.textContent).toContain(
      '<alltid> skicka ersättare & meddela',
    );
    expect(feed.body).toContain('&lt;alltid&gt;');
    for (const required of ['id', 'title', 'updated'])
      expect(doc.documentElement!.getElementsByTagName(required).length).toBeGreaterThan(0);
    await settings({ publicationPublic: false });
    expect((await ctx.app.inject({ method: 'GET', url: publicUrl() })).statusCode).toBe(404);
  });
});

describe('statistics for the board', () => {
  it('counts, days to answer and the agreement indicator, as JSON, Excel and a PDF that opens', async () => {
    const year = Number(todayIso().slice(0, 4));
    const url = api(`/deviation-statistics?fromYear=${year}&toYear=${year}`);
    const stats = (await call(ctx, reader, 'GET', url)).json<{
      total: number;
      answered: number;
      medianDaysToAnswer: number;
      byParty: { label: string; count: number }[];
      agreementIndicator: { interventionName: string; count: number }[];
      shareSolvedLocally: number | null;
    }>();
    const rows = await ctx.database.db.select().from(deviations).where(eq(deviations.associationId, associationId));
    const thisYear = rows.filter((r) => r.receivedOn.startsWith(`${year}`));
    expect(stats.total).toBe(thisYear.length);
    expect(stats.answered).toBe(1);
    expect(stats.medianDaysToAnswer).toBe(0);
    expect(stats.shareSolvedLocally).toBe(0);
    expect(stats.byParty[0]).toEqual({ key: fk, label: 'Försäkringskassan', count: thisYear.length });
    expect(stats.agreementIndicator.map((a) => a.interventionName).sort()).toEqual(['Jobbstudion', 'Samverkansteamet']);
    expect(JSON.stringify(stats)).not.toMatch(/Kim|Robin|Intern/);

    const xlsx = await call(ctx, reader, 'GET', `${url}&format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain('Indikator');
    const pdf = await call(ctx, reader, 'GET', `${url}&format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).pages.join(' ');
    expect(text).toContain('Avvikelser: statistik för styrelsen');
    expect(text).toContain('Antal avvikelser från överenskommelsen mellan parterna');
    expect(text).toContain('Försäkringskassan');
  });

  it('counts an utvärderare’s assigned insatser only', async () => {
    const evaluator = await seedUser(ctx, 'evaluator', associationId);
    await call(ctx, admin, 'POST', api(`/interventions/${otherInsats}/staff`), {
      userId: evaluator.id,
      role: 'evaluator',
    });
    const session = await login(ctx, evaluator.email);
    const year = Number(todayIso().slice(0, 4));
    const stats = (await call(ctx, session, 'GET', api(`/deviation-statistics?fromYear=${year}&toYear=${year}`))).json<{
      total: number;
      scope: string;
    }>();
    expect(stats).toMatchObject({ total: 1, scope: 'interventions' });
  });
});

describe('the indicator for the goal module (seed 000)', () => {
  it('counts the agreement deviations per year for an insats or the förbund, zero in a year without', async () => {
    const year = Number(todayIso().slice(0, 4));
    const indicator = (interventionId: string | null) => ({
      rowId: 'row',
      indicator: {
        id: crypto.randomUUID(),
        kind: 'deviations' as const,
        interventionId,
        comparison: 'at_most' as const,
        target: 2,
      },
    });
    const views = await indicatorFulfilments(
      ctx.database.db,
      // The board reads the whole förbund's statistics (a system administrator reads none: decision 0048).
      { ...cliActor(), roles: [{ role: 'reader', associationId }], operator: false },
      associationId,
      [indicator(insats), indicator(null)],
      [year - 1, year],
      ctx.app.disclosure,
    );
    const rows = await ctx.database.db.select().from(deviations).where(eq(deviations.associationId, associationId));
    // One case was moved back to 2020 (the overdue test): outside the years asked for.
    const breaches = rows.filter((r) => r.type === 'agreement_breach' && r.receivedOn.startsWith(`${year}`));
    expect(views[0]!.label).toBe('Antal avvikelser från överenskommelsen mellan parterna, Jobbstudion');
    expect(views[0]!.results.map((r) => r.actual)).toEqual([
      0,
      breaches.filter((r) => r.interventionId === insats).length,
    ]);
    expect(views[1]!.results[1]).toMatchObject({ actual: breaches.length, status: 'not_met' });
    expect(views[1]!.results[0]).toMatchObject({ actual: 0, status: 'met' });
  });
});

describe('e-mail notices (issue 15 §5)', () => {
  const messages = (kind: string) =>
    ctx.database.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, kind), eq(emailOutbox.associationId, associationId)));

  it('tells the handlers of a new case in the same transaction, with number, type, party and link only', async () => {
    const before = (await messages('deviationReported')).length;
    const made = (
      await call(
        ctx,
        reader,
        'POST',
        api('/deviations'),
        report({ description: 'Uteblev från mötet, se Ärende-text.' }),
      )
    ).json<{ id: string; number: number }>();
    const sent = (await messages('deviationReported')).slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]!.subject).toBe(`Ny avvikelse: ärende ${made.number}`);
    expect(sent[0]!.text).toContain('Parter: Försäkringskassan');
    expect(sent[0]!.text).toContain(`/avvikelser/arende/${made.id}`);
    expect(sent[0]!.text).not.toContain('Uteblev');
    // A refused report leaves no message behind.
    await call(ctx, reader, 'POST', api('/deviations'), report({ description: '19121212-1212' }));
    expect((await messages('deviationReported')).length).toBe(before + sent.length);
  });

  it('sends the answer notice to the reporter’s address, and due reminders once per case and meeting', async () => {
    const { reportToken } = await settings({ reportLinkEnabled: true });
    const made = (
      await publicPost(reportToken, {
        ...report(),
        language: 'en',
        contact: { name: '', email: 'Rapportor@Kommun.se', phone: '' },
      })
    ).json<{ id: string; number: number }>();
    const detail = async () =>
      (await call(ctx, admin, 'GET', api(`/deviations/${made.id}`))).json<{ version: number }>();
    for (const to of ['investigating', 'solved_locally'])
      await call(ctx, admin, 'POST', api(`/deviations/${made.id}/transitions`), {
        to,
        version: (await detail()).version,
      });
    await call(ctx, admin, 'PUT', api(`/deviations/${made.id}`), {
      handlerId: null,
      body: 'preparatoryGroup',
      answer: 'Löst lokalt.',
      version: (await detail()).version,
    });
    await call(ctx, admin, 'POST', api(`/deviations/${made.id}/transitions`), {
      to: 'answered',
      version: (await detail()).version,
    });
    const answered = (await messages('deviationAnswered')).filter((m) => m.recipient === 'rapportor@kommun.se');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.subject).toBe(`Your deviation report has been answered (case ${made.number})`);
    await settings({ reportLinkEnabled: false });

    // An open case whose deadline (meeting minus 14 days) is within 7 days: one reminder per handler.
    const open = (await call(ctx, admin, 'POST', api('/deviations'), report())).json<{ id: string; number: number }>();
    const today = todayIso();
    const meeting = new Date(Date.parse(`${today}T00:00:00Z`) + 18 * 86_400_000).toISOString().slice(0, 10);
    const [row] = await ctx.database.db
      .insert(bodyMeetings)
      .values({ associationId, body: 'preparatoryGroup', date: meeting })
      .returning();
    const first = await noticeDueCases(ctx.database.db, today);
    expect(first).toBeGreaterThan(0);
    expect(await noticeDueCases(ctx.database.db, today)).toBe(0);
    const due = (await messages('deviationDue')).filter((m) => m.text.includes(`/avvikelser/arende/${open.id}`));
    expect(due.length).toBeGreaterThan(0);
    expect(due[0]!.subject).toMatch(new RegExp(`^Avvikelseärende ${open.number} ska vara klart `));
    await ctx.database.db.delete(bodyMeetings).where(eq(bodyMeetings.id, row!.id));
  });
});

// Last in the file: the hand-counted cases below are open in 2024 and would reach the reminders above.
describe('an insats goal measured by deviations (decision 0050)', () => {
  let insatsM: string;
  let officer: Session;
  const goals = () => [
    {
      description: 'Högst en avvikelse från överenskommelsen per år',
      comparison: 'at_most',
      target: 1,
      deviations: { types: ['agreement_breach'], parties: [] },
    },
    {
      description: 'Högst två avvikelser som gäller AF',
      comparison: 'at_most',
      target: 2,
      deviations: { parties: [af] },
    },
  ];
  type Goals = {
    years: number[];
    goals: {
      deviationLabel: string | null;
      deviations: unknown;
      results: { year: number; actual: number | null; met: boolean | null; deviations: { open: number | null } }[];
    }[];
  };

  beforeAll(async () => {
    const created = await call(ctx, admin, 'POST', api('/interventions'), {
      name: 'Mötesplatsen',
      kind: 'structural',
      startDate: '2023-01-01',
      endDate: '2024-12-31',
      status: 'completed',
      goals: goals(),
    });
    expect(created.statusCode, created.body).toBe(201);
    insatsM = created.json<{ id: string }>().id;
    const common = { associationId, channel: 'staff' as const, description: 'Handräknat fall.' };
    // Hand-counted: 2023 one agreement case; 2024 two agreement cases (one open) and a rules case with
    // AF (open), plus an agreement case of another insats that counts for neither goal.
    await ctx.database.db.insert(deviations).values([
      {
        ...common,
        number: 9001,
        occurredOn: '2023-03-01',
        receivedOn: '2023-03-01',
        interventionId: insatsM,
        memberIds: [fk],
        type: 'agreement_breach',
        status: 'published',
      },
      {
        ...common,
        number: 9002,
        occurredOn: '2024-02-01',
        receivedOn: '2024-02-01',
        interventionId: insatsM,
        memberIds: [fk],
        type: 'agreement_breach',
        status: 'answered',
      },
      {
        ...common,
        number: 9003,
        occurredOn: '2024-05-01',
        receivedOn: '2024-05-01',
        interventionId: insatsM,
        memberIds: [fk, af],
        type: 'agreement_breach',
      },
      {
        ...common,
        number: 9004,
        occurredOn: '2024-06-01',
        receivedOn: '2024-06-01',
        interventionId: insatsM,
        memberIds: [af],
        type: 'rules_lock',
        status: 'investigating',
      },
      {
        ...common,
        number: 9005,
        occurredOn: '2024-06-02',
        receivedOn: '2024-06-02',
        interventionId: insats,
        memberIds: [af],
        type: 'agreement_breach',
      },
    ]);
    const officerUser = await seedUser(ctx, 'participant_officer', associationId);
    await call(ctx, admin, 'POST', api(`/interventions/${insatsM}/staff`), {
      userId: officerUser.id,
      role: 'participant_officer',
    });
    officer = await login(ctx, officerUser.email);
  });

  it('saves the goal, and counts each year against the hand-counted cases with "högst N"', async () => {
    const stored = (await call(ctx, admin, 'GET', api(`/interventions/${insatsM}`))).json<{ goals: Goals['goals'] }>();
    expect(stored.goals.map((g) => g.deviations)).toEqual([
      { types: ['agreement_breach'], parties: [] },
      { types: [], parties: [af] },
    ]);
    const response = await call(ctx, reader, 'GET', api(`/interventions/${insatsM}/goals`));
    expect(response.statusCode, response.body).toBe(200);
    const { years, goals: measured } = response.json<Goals>();
    expect(years).toEqual([2023, 2024]);
    const cells = (g: number) => measured[g]!.results.map((r) => [r.actual, r.met, r.deviations.open]);
    expect(cells(0)).toEqual([
      [1, true, 0],
      [2, false, 1],
    ]);
    expect(cells(1)).toEqual([
      [0, true, 0],
      [2, true, 2],
    ]);
    expect(measured[0]!.deviationLabel).toBe(
      'Avvikelser om insatsen per mottagningsår (Frånvaro från eller brott mot överenskommelsen; alla parter), alla steg i flödet',
    );
    expect(measured[1]!.deviationLabel).toContain('alla typer; Arbetsförmedlingen');
  });

  it('shows the same value in the programme logic and the implementation view, and none without the right', async () => {
    const link = {
      rowId: 'row',
      indicator: { id: crypto.randomUUID(), kind: 'goal' as const, interventionId: insatsM, goalIndex: 0 },
    };
    const asRole = (role: 'reader' | 'participant_officer') => ({
      ...cliActor(),
      roles: [{ role, associationId, interventionIds: [insatsM] }],
      operator: false,
    });
    const view = async (role: 'reader' | 'participant_officer') =>
      (
        await indicatorFulfilments(
          ctx.database.db,
          asRole(role),
          associationId,
          [link],
          [2023, 2024],
          ctx.app.disclosure,
        )
      )[0]!.results.map((r) => [r.actual, r.status]);
    expect(await view('reader')).toEqual([
      [1, 'met'],
      [2, 'not_met'],
    ]);
    expect(await view('participant_officer')).toEqual([
      [null, 'no_data'],
      [null, 'no_data'],
    ]);
    const board = (session: Session) =>
      call(ctx, session, 'GET', api('/implementation?from=2024-01-01&to=2024-12-31')).then(
        (r) => r.json<{ interventions: { id: string; goalsMet: boolean | null }[] }>().interventions,
      );
    expect((await board(reader)).find((i) => i.id === insatsM)!.goalsMet).toBe(false);
    expect((await board(officer)).find((i) => i.id === insatsM)!.goalsMet).toBeNull();

    // A deltagaransvarig reads the insats page but not the deviation statistics: the goal without value.
    const hidden = (await call(ctx, officer, 'GET', api(`/interventions/${insatsM}/goals`))).json<Goals>();
    expect(hidden.goals[0]!.results.map((r) => [r.actual, r.met, r.deviations.open])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(hidden.goals[0]!.deviationLabel).toBe(
      'Antalet visas bara för roller som får läsa avvikelsestatistiken för insatsen',
    );
  });

  it('refuses a party of another förbund and another förbund’s insats', async () => {
    const [foreignMember] = await ctx.database.db.select().from(members).where(eq(members.associationId, otherId));
    const current = (await call(ctx, admin, 'GET', api(`/interventions/${insatsM}`))).json<Record<string, unknown>>();
    const { id: _id, associationId: _a, staff: _s, createdAt: _c, updatedAt: _u, ...draft } = current;
    const bad = await call(ctx, admin, 'PUT', api(`/interventions/${insatsM}`), {
      ...draft,
      goals: [{ ...goals()[0], deviations: { types: [], parties: [foreignMember!.id] } }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { issues: { message: string }[] } }>().error.issues[0]!.message).toBe(
      'Mål 1: parten är inte medlem i förbundet.',
    );
    // Another förbund's administrator can neither save a goal on the insats nor read its figures.
    const foreign = await call(ctx, otherAdmin, 'PUT', api(`/interventions/${insatsM}`), { ...draft, goals: goals() });
    expect(foreign.statusCode).toBe(404);
    expect((await call(ctx, otherAdmin, 'GET', api(`/interventions/${insatsM}/goals`))).statusCode).toBe(404);
    const foreignEvidence = await call(
      ctx,
      otherAdmin,
      'GET',
      `/api/v1/associations/${otherId}/evidence?source=deviations&year=2024&interventionId=${insatsM}`,
    );
    expect(foreignEvidence.statusCode).toBe(404);
  });

  it('attaches the year’s deviation statistics of the insats to a self-assessment as evidence', async () => {
    const assessment = await call(ctx, admin, 'POST', api('/self-assessments'), {
      interventionId: insatsM,
      year: 2024,
    });
    expect(assessment.statusCode, assessment.body).toBe(201);
    const item = await call(ctx, admin, 'POST', api('/evidence-items'), {
      documentKind: 'self_assessment',
      documentId: assessment.json<{ id: string }>().id,
      fieldKey: '5',
      kind: 'source',
      source: 'deviations',
    });
    expect(item.statusCode, item.body).toBe(201);
    const { table } = item.json<{
      table: { title: string; protected: boolean; rows: { label: string; values: string[] }[] };
    }>();
    const value = (label: string) => table.rows.find((r) => r.label === label)?.values[0];
    expect(table).toMatchObject({ title: 'Avvikelser 2024', protected: false });
    expect(value('Ärenden')).toBe('3');
    expect(value('Antal avvikelser från överenskommelsen mellan parterna')).toBe('2');
    expect(value('Per part: Arbetsförmedlingen')).toBe('2');
    expect(value('Per typ: Regelverk som låser')).toBe('1');
    expect(JSON.stringify(table)).not.toContain('Handräknat');
  });
});
