import { and, eq } from 'drizzle-orm';
import { bodyMeetings, deviationSettings, members } from '../src/db/schema';
import { insertCase, settingsOf } from '../src/modules/deviations/deviations.repository';
import type { TestContext } from './harness';

interface DeviationCase {
  scope: 'association' | 'intervention' | 'public';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown }>;
}

/**
 * The deviation module's routes (and the bodies' meeting dates) for the access matrix. A case read
 * one by one belongs to a fresh insats: the matrix's insatsansvarig is assigned to none, so 404.
 */
export function deviationAccessCases(
  context: () => TestContext,
  freshIntervention: (associationId: string) => Promise<{ id: string }>,
): Record<string, DeviationCase> {
  const db = () => context().database.db;
  const api = '/api/v1/associations/:id';
  const url = (a: string, path: string) => `/api/v1/associations/${a}${path}`;
  const fk = async (a: string) =>
    (
      await db()
        .select()
        .from(members)
        .where(and(eq(members.associationId, a), eq(members.kind, 'fk')))
    )[0]!.id;
  const report = async (a: string) => ({
    occurredOn: '2025-02-03',
    interventionId: null,
    forum: 'Samverkansmöte',
    memberIds: [await fk(a)],
    type: 'hard_to_reach',
    description: 'Ingen från parten svarade på tre veckor.',
  });
  const freshCase = async (a: string) =>
    insertCase(db(), {
      associationId: a,
      channel: 'staff',
      occurredOn: '2025-02-03',
      receivedOn: '2025-02-04',
      interventionId: (await freshIntervention(a)).id,
      memberIds: [await fk(a)],
      type: 'agreement_breach',
      description: 'Parten uteblev.',
    });
  const caseUrl = async (a: string, suffix = '') => url(a, `/deviations/${(await freshCase(a)).id}${suffix}`);
  /** Opens the link (or the publication) of the förbund, so the public routes answer. */
  const open = async (a: string, values: { reportLinkEnabled?: boolean; publicationPublic?: boolean }) => {
    const row = await settingsOf(db(), a);
    await db().update(deviationSettings).set(values).where(eq(deviationSettings.associationId, a));
    return row.reportToken;
  };
  let meetingDay = 0;
  const nextMeeting = () => {
    meetingDay += 1;
    return new Date(Date.UTC(2080, 0, 1) + meetingDay * 86_400_000).toISOString().slice(0, 10);
  };
  return {
    'GET /api/v1/public/deviations/:token': {
      scope: 'public',
      ok: 200,
      prepare: async (a) => ({ url: `/api/v1/public/deviations/${await open(a, { reportLinkEnabled: true })}` }),
    },
    'POST /api/v1/public/deviations/:token': {
      scope: 'public',
      ok: 201,
      prepare: async (a) => ({
        url: `/api/v1/public/deviations/${await open(a, { reportLinkEnabled: true })}`,
        body: await report(a),
      }),
    },
    'GET /api/v1/public/associations/:id/deviations': {
      scope: 'public',
      ok: 200,
      prepare: async (a) => {
        await open(a, { publicationPublic: true });
        return { url: `/api/v1/public/associations/${a}/deviations` };
      },
    },
    [`GET ${api}/deviation-form`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/deviation-form') }),
    },
    [`POST ${api}/deviations`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({ url: url(a, '/deviations'), body: await report(a) }),
    },
    [`GET ${api}/deviations`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/deviations') }),
    },
    [`GET ${api}/deviations/:deviationId`]: {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: await caseUrl(a) }),
    },
    [`PUT ${api}/deviations/:deviationId`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: await caseUrl(a),
        body: { handlerId: null, body: 'board', answer: 'Svar till personalen.', version: 1 },
      }),
    },
    [`POST ${api}/deviations/:deviationId/transitions`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: await caseUrl(a, '/transitions'),
        body: { to: 'investigating', note: 'Kontaktade rapportören.', version: 1 },
      }),
    },
    [`POST ${api}/deviations/:deviationId/comments`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({ url: await caseUrl(a, '/comments'), body: { text: 'Intern anteckning.' } }),
    },
    [`GET ${api}/deviations/:deviationId/contact`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: await caseUrl(a, '/contact') }),
    },
    [`GET ${api}/deviation-handlers`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/deviation-handlers') }),
    },
    [`GET ${api}/deviation-settings`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/deviation-settings') }),
    },
    [`PUT ${api}/deviation-settings`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, '/deviation-settings'),
        body: { reportLinkEnabled: false, publicationPublic: false, version: (await settingsOf(db(), a)).version },
      }),
    },
    [`POST ${api}/deviation-settings/renew-link`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, '/deviation-settings/renew-link'),
        body: { version: (await settingsOf(db(), a)).version },
      }),
    },
    [`GET ${api}/published-deviations`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/published-deviations') }),
    },
    [`GET ${api}/deviation-statistics`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/deviation-statistics?fromYear=2025&toYear=2025') }),
    },
    [`GET ${api}/body-meetings`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/body-meetings') }),
    },
    [`POST ${api}/bodies/:body/meetings`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({ url: url(a, '/bodies/board/meetings'), body: { date: nextMeeting() } }),
    },
    [`DELETE ${api}/body-meetings/:meetingId`]: {
      scope: 'association',
      ok: 204,
      prepare: async (a) => {
        const [row] = await db()
          .insert(bodyMeetings)
          .values({ associationId: a, body: 'board', date: nextMeeting() })
          .returning();
        return { url: url(a, `/body-meetings/${row!.id}`) };
      },
    },
  };
}
