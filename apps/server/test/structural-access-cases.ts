import { interventions, participations } from '../src/db/schema';
import { insertActualisation } from '../src/modules/structural/actualisations.repository';
import { insertActivities } from '../src/modules/structural/structural.repository';
import { unique, type TestContext } from './harness';

interface StructuralCase {
  scope: 'association' | 'intervention';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown; file?: string }>;
}

/**
 * The structural module's routes for the access matrix. Each request gets a fresh structural insats:
 * the matrix's insatsansvarig and utvärderare are assigned to none, so theirs is 404.
 */
export function structuralAccessCases(context: () => TestContext): Record<string, StructuralCase> {
  const db = () => context().database.db;
  const freshInsats = async (associationId: string) => {
    const [row] = await db()
      .insert(interventions)
      .values({ associationId, name: unique('Samordnare'), kind: 'structural', startDate: '2024-01-01' })
      .returning();
    return row!.id;
  };
  // Few strings: the hostile-input test sends each string of a body seven ways.
  const activity = { date: '2025-03-11', kind: 'samverkansmote', topic: 'Arbetsgrupp', hours: 1.5, attendance: [] };
  const attendance = [{ organisationId: 'ovriga', women: 2, men: 1, unknown: 0 }];
  const actualisation = {
    date: '2025-03-11',
    raisedBy: 'ovriga',
    gender: 'kvinna' as const,
    decision: 'samordning' as const,
  };
  const freshActivity = async (a: string) => {
    const interventionId = await freshInsats(a);
    const [row] = await insertActivities(db(), [
      { associationId: a, interventionId, ...activity, kind: 'samverkansmote', attendance },
    ]);
    return { interventionId, id: row!.id, version: row!.version };
  };
  // A case linked to a participation of the förbund, so the list has a link to show (and audit).
  const freshActualisation = async (a: string) => {
    const interventionId = await freshInsats(a);
    const [individual] = await db()
      .insert(interventions)
      .values({ associationId: a, name: unique('Insats'), kind: 'individual', startDate: '2024-01-01' })
      .returning();
    const [participation] = await db()
      .insert(participations)
      .values({
        associationId: a,
        interventionId: individual!.id,
        consent: false,
        gender: 'kvinna',
        birthYear: 1990,
        startDate: '2025-04-01',
      })
      .returning();
    const row = await insertActualisation(db(), {
      associationId: a,
      interventionId,
      ...actualisation,
      participationId: participation!.id,
    });
    return { interventionId, id: row.id, version: row.version };
  };
  const insatsUrl = (a: string, interventionId: string, path: string) =>
    `/api/v1/associations/${a}/interventions/${interventionId}${path}`;
  return {
    'GET /api/v1/associations/:id/interventions/:interventionId/activities': {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({ url: insatsUrl(a, await freshInsats(a), '/activities') }),
    },
    'POST /api/v1/associations/:id/interventions/:interventionId/activities': {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => ({ url: insatsUrl(a, await freshInsats(a), '/activities'), body: activity }),
    },
    'POST /api/v1/associations/:id/interventions/:interventionId/activity-series': {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => ({
        url: insatsUrl(a, await freshInsats(a), '/activity-series'),
        body: {
          kind: 'samverkansmote',
          topic: 'Arbetsgrupp',
          hours: 2,
          attendance: [],
          first: '2025-01-14',
          until: '2025-03-31',
          rule: { kind: 'monthly-weekday', week: 2 },
        },
      }),
    },
    'POST /api/v1/associations/:id/interventions/:interventionId/activity-imports': {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => ({
        url: insatsUrl(a, await freshInsats(a), '/activity-imports?fileName=a.csv'),
        file: 'datum;slag;amne;timmar;organisation;kvinnor;man\n2025-02-11;Styrgruppsmöte;Styrgrupp;1,5;Övriga;2;1\n',
      }),
    },
    'PUT /api/v1/associations/:id/interventions/:interventionId/activities/:activityId': {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => {
        const row = await freshActivity(a);
        return {
          url: insatsUrl(a, row.interventionId, `/activities/${row.id}`),
          body: { ...activity, topic: 'Arbetsgrupp, ändrad', version: row.version },
        };
      },
    },
    'DELETE /api/v1/associations/:id/interventions/:interventionId/activities/:activityId': {
      scope: 'intervention',
      ok: 204,
      prepare: async (a) => {
        const row = await freshActivity(a);
        return { url: insatsUrl(a, row.interventionId, `/activities/${row.id}?version=${row.version}`) };
      },
    },
    'GET /api/v1/associations/:id/interventions/:interventionId/actualisations': {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => {
        const row = await freshActualisation(a);
        return { url: insatsUrl(a, row.interventionId, '/actualisations') };
      },
    },
    'POST /api/v1/associations/:id/interventions/:interventionId/actualisations': {
      scope: 'intervention',
      ok: 201,
      prepare: async (a) => ({ url: insatsUrl(a, await freshInsats(a), '/actualisations'), body: actualisation }),
    },
    'PUT /api/v1/associations/:id/interventions/:interventionId/actualisations/:actualisationId': {
      scope: 'intervention',
      ok: 200,
      prepare: async (a) => {
        const row = await freshActualisation(a);
        // Without participationId: the link stays, so every role that records may change the rest.
        return {
          url: insatsUrl(a, row.interventionId, `/actualisations/${row.id}`),
          body: { ...actualisation, decision: 'hanvisad', referredTo: 'Vården', version: row.version },
        };
      },
    },
    'DELETE /api/v1/associations/:id/interventions/:interventionId/actualisations/:actualisationId': {
      scope: 'intervention',
      ok: 204,
      prepare: async (a) => {
        const row = await freshActualisation(a);
        return { url: insatsUrl(a, row.interventionId, `/actualisations/${row.id}?version=${row.version}`) };
      },
    },
    'GET /api/v1/associations/:id/activity-report': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        await freshActivity(a);
        return { url: `/api/v1/associations/${a}/activity-report?fromYear=2025&toYear=2025` };
      },
    },
  };
}
