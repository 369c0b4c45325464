import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, like } from 'drizzle-orm';
import type { RoleAssignment } from '@insikt/core';
import { auditLog, deviationContacts, emailOutbox, interventions, members } from '../src/db/schema';
import { indicatorFulfilments } from '../src/modules/indicators/indicator-fulfilment';
import { cliActor, type Actor } from '../src/platform/actor';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

// Attacks on the deviations module (issue 15) that found a weakness; decision 0048.
let ctx: TestContext;
let associationId: string;
let admin: Session;
let fk: string;
let insatsA: string;
let insatsB: string;

const api = (path: string) => `/api/v1/associations/${associationId}${path}`;

async function caseVersion(id: string) {
  return (await call(ctx, admin, 'GET', api(`/deviations/${id}`))).json<{ version: number }>().version;
}

async function step(id: string, to: string) {
  const response = await call(ctx, admin, 'POST', api(`/deviations/${id}/transitions`), {
    to,
    version: await caseVersion(id),
  });
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  ctx = await startTestApp();
  associationId = (await seedAssociation(ctx)).id;
  const memberRows = await ctx.database.db.select().from(members).where(eq(members.associationId, associationId));
  fk = memberRows.find((m) => m.kind === 'fk')!.id;
  const rows = await ctx.database.db
    .insert(interventions)
    .values([
      { associationId, name: 'Insats A', kind: 'individual', startDate: '2024-01-01' },
      { associationId, name: 'Insats B', kind: 'individual', startDate: '2024-01-01' },
    ])
    .returning();
  [insatsA, insatsB] = [rows[0]!.id, rows[1]!.id];
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', associationId)).email);
});
afterAll(() => ctx.close());

describe('the e-mails of a case', () => {
  it('carry no forum text the reporter confirmed despite warnings of personal data', async () => {
    const settings = (await call(ctx, admin, 'GET', api('/deviation-settings'))).json<{
      version: number;
      reportToken: string;
    }>();
    expect(
      (
        await call(ctx, admin, 'PUT', api('/deviation-settings'), {
          reportLinkEnabled: true,
          publicationPublic: false,
          version: settings.version,
        })
      ).statusCode,
    ).toBe(200);
    const forum = 'Möte hos min klient Anna Svensson, 070-123 45 67';
    const body = {
      occurredOn: '2025-01-15',
      interventionId: null,
      forum,
      memberIds: [fk],
      type: 'hard_to_reach',
      description: 'Ingen från Försäkringskassan kom till samordningsmötet.',
      contact: { name: '', email: 'rapportor@kommun.se', phone: '' },
    };
    const url = `/api/v1/public/deviations/${settings.reportToken}`;
    const warned = await ctx.app.inject({ method: 'POST', url, payload: body });
    expect(warned.statusCode).toBe(422);
    const reported = await ctx.app.inject({ method: 'POST', url, payload: { ...body, acknowledgeWarnings: true } });
    expect(reported.statusCode, reported.body).toBe(201);
    const { id } = reported.json<{ id: string }>();
    await call(ctx, admin, 'PUT', api(`/deviations/${id}`), {
      handlerId: null,
      body: 'preparatoryGroup',
      answer: 'Försäkringskassan har utsett en kontaktperson för mötena.',
      version: await caseVersion(id),
    });
    for (const to of ['investigating', 'solved_locally', 'answered']) await step(id, to);
    const mails = await ctx.database.db
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.dedupKey, `deviation-%:${id}%`));
    expect(mails.map((m) => m.kind).sort()).toEqual(['deviationAnswered', 'deviationReported']);
    for (const mail of mails) {
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toContain('Anna');
        expect(part).not.toContain('070-123');
      }
      expect(mail.text).toMatch(/Forum \(står i ärendet\)|Forum \(see the case\)/);
    }
  });
});

describe('the publication', () => {
  it('withholds a description and forum the reporter sent past warnings of personal data', async () => {
    const reported = await call(ctx, admin, 'POST', api('/deviations'), {
      occurredOn: '2025-02-03',
      interventionId: null,
      forum: 'Samordningsmöte hos Lena Ek, 070-765 43 21',
      memberIds: [fk],
      type: 'information_lost',
      description: 'Min klient Anna Svensson fick inte beslutet skickat till kommunen, ring 070-123 45 67.',
      acknowledgeWarnings: true,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const { id } = reported.json<{ id: string }>();
    await call(ctx, admin, 'PUT', api(`/deviations/${id}`), {
      handlerId: null,
      body: 'preparatoryGroup',
      answer: 'Försäkringskassan skickar nu beslut till kommunen samma dag.',
      version: await caseVersion(id),
    });
    for (const to of ['investigating', 'solved_locally', 'answered', 'published']) await step(id, to);
    const settings = (await call(ctx, admin, 'GET', api('/deviation-settings'))).json<{
      version: number;
      reportLinkEnabled: boolean;
    }>();
    await call(ctx, admin, 'PUT', api('/deviation-settings'), {
      reportLinkEnabled: settings.reportLinkEnabled,
      publicationPublic: true,
      version: settings.version,
    });
    const open = `/api/v1/public/associations/${associationId}/deviations`;
    const readings = [
      (await call(ctx, admin, 'GET', api('/published-deviations'))).body,
      (await call(ctx, admin, 'GET', api('/published-deviations?format=atom'))).body,
      (await ctx.app.inject({ method: 'GET', url: open })).body,
      (await ctx.app.inject({ method: 'GET', url: `${open}?format=atom` })).body,
    ];
    for (const body of readings) {
      expect(body).toContain('Försäkringskassan skickar nu beslut');
      for (const trace of ['Anna', '070-123', 'Lena', '070-765']) expect(body).not.toContain(trace);
      expect(body).toContain('Beskrivningen publiceras inte');
    }
    // The handler still reads the whole text on the case.
    expect((await call(ctx, admin, 'GET', api(`/deviations/${id}`))).body).toContain('Anna Svensson');
  });
});

describe('the reporter’s contact details', () => {
  it('are erased when the case is published: their purpose (questions, the answer e-mail) has passed', async () => {
    const reported = await call(ctx, admin, 'POST', api('/deviations'), {
      occurredOn: '2025-03-04',
      interventionId: insatsA,
      memberIds: [fk],
      type: 'rules_lock',
      description: 'Regelverket hindrar att insatsen startar innan beslutet är klart.',
      contact: { name: 'Kim Rapportör', email: 'kim.rapportor@kommun.se', phone: '' },
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const { id } = reported.json<{ id: string }>();
    await call(ctx, admin, 'PUT', api(`/deviations/${id}`), {
      handlerId: null,
      body: 'preparatoryGroup',
      answer: 'Parterna har ändrat rutinen.',
      version: await caseVersion(id),
    });
    for (const to of ['investigating', 'solved_locally', 'answered']) await step(id, to);
    expect((await call(ctx, admin, 'GET', api(`/deviations/${id}`))).json<{ hasContact: boolean }>().hasContact).toBe(
      true,
    );
    await step(id, 'published');
    expect(await ctx.database.db.select().from(deviationContacts).where(eq(deviationContacts.deviationId, id))).toEqual(
      [],
    );
    expect((await call(ctx, admin, 'GET', api(`/deviations/${id}`))).json<{ hasContact: boolean }>().hasContact).toBe(
      false,
    );
    expect((await call(ctx, admin, 'GET', api(`/deviations/${id}/contact`))).json()).toEqual({
      name: '',
      email: '',
      phone: '',
    });
    // The answer e-mail enqueued before publication still goes out.
    const [answered] = await ctx.database.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.dedupKey, `deviation-answered:${id}`));
    expect(answered!.recipient).toBe('kim.rapportor@kommun.se');
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'deviation.status')))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(audit!.details).toMatchObject({ after: 'published', contactErased: true });
  });
});

describe('reports at the same moment', () => {
  it('all get their own case number (PostgreSQL runs them concurrently)', async () => {
    const report = (i: number) =>
      call(ctx, admin, 'POST', api('/deviations'), {
        occurredOn: '2025-04-01',
        interventionId: insatsA,
        memberIds: [fk],
        type: 'other',
        description: `Samtidig rapport nummer ${i}.`,
      });
    const responses = await Promise.all([1, 2, 3, 4, 5, 6].map(report));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 201]);
    const numbers = responses.map((r) => r.json<{ number: number }>().number);
    expect(new Set(numbers).size).toBe(6);
  });
});

describe('the signed-in Atom feed', () => {
  it('links to the web page of the publication, not to an API-like path', async () => {
    const feed = await call(ctx, admin, 'GET', api('/published-deviations?format=atom'));
    expect(feed.statusCode).toBe(200);
    expect(feed.body).toContain(`/forbund/${associationId}/avvikelser/publicerade"`);
    expect(feed.body).not.toContain(`/associations/${associationId}/deviations/published"`);
  });
});

describe('the deviation indicator of a programme logic or theory of change', () => {
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
  const as = (roles: RoleAssignment[]): Actor => ({ ...cliActor(), roles, operator: false });
  const year = Number(new Date().toISOString().slice(0, 4));

  it('shows counts only where the reader may read the deviation statistics', async () => {
    for (const interventionId of [insatsA, insatsB]) {
      const response = await call(ctx, admin, 'POST', api('/deviations'), {
        occurredOn: `${year}-01-10`,
        interventionId,
        memberIds: [fk],
        type: 'agreement_breach',
        description: 'Parten kom inte till det överenskomna mötet.',
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const values = async (actor: Actor) =>
      (
        await indicatorFulfilments(
          ctx.database.db,
          actor,
          associationId,
          [indicator(insatsA), indicator(insatsB), indicator(null)],
          [year],
          ctx.app.disclosure,
        )
      ).map((v) => v.results[0]!.actual);
    // The board (a läsare) reads every insats and the whole förbund.
    expect(await values(as([{ role: 'reader', associationId }]))).toEqual([1, 1, 2]);
    // An utvärderare of insats A: A only, not B nor the förbund's total (which counts B).
    const evaluator = as([{ role: 'evaluator', associationId, interventionIds: [insatsA] }]);
    expect(await values(evaluator)).toEqual([1, null, null]);
    // A deltagaransvarig and the national reader read no deviation statistics at all.
    expect(await values(as([{ role: 'participant_officer', associationId, interventionIds: [insatsB] }]))).toEqual([
      null,
      null,
      null,
    ]);
    const national = await indicatorFulfilments(
      ctx.database.db,
      as([{ role: 'national_reader', associationId: null }]),
      associationId,
      [indicator(insatsB)],
      [year],
      ctx.app.disclosure,
    );
    expect(national[0]).toMatchObject({ results: [{ actual: null, status: 'no_data' }] });
    expect(national[0]!.label).toMatch(/visas bara för roller som får läsa avvikelsestatistiken för den/);
  });
});
