import { eq } from 'drizzle-orm';
import { financeCalendars, stateMoneyYears } from '../src/db/schema';
import type { TestContext } from './harness';

interface FincalCase {
  scope: 'association' | 'anywhere';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown }>;
}

/**
 * The member contributions and the finance calendar for the access matrix. Each write gets its own
 * year (the key) or a fresh read of the version (the calendar), so every role's attempt is judged alone.
 */
export function fincalAccessCases(context: () => TestContext): Record<string, FincalCase> {
  const db = () => context().database.db;
  let year = 2000;
  const withMoney = async (a: string) => {
    year += 1;
    await db().insert(stateMoneyYears).values({ associationId: a, year, requested: 1_000_000 }).onConflictDoNothing();
    return year;
  };
  const calendarVersion = async (a: string) => {
    const [row] = await db().select().from(financeCalendars).where(eq(financeCalendars.associationId, a));
    return row?.version ?? null;
  };
  const url = (a: string, path: string) => `/api/v1/associations/${a}${path}`;
  return {
    'GET /api/v1/associations/:id/contributions/:year': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, `/contributions/${await withMoney(a)}?format=json`) }),
    },
    'PUT /api/v1/associations/:id/contributions/:year/key': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, `/contributions/${await withMoney(a)}/key`),
        body: { kind: 'inhabitants', kommunPercents: [], regionPercents: [], version: null },
      }),
    },
    'GET /api/v1/associations/:id/finance-calendar': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/finance-calendar') }),
    },
    'PUT /api/v1/associations/:id/finance-calendar': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, '/finance-calendar'),
        body: {
          events: [{ key: 'interimReport2', title: null, month: 9, day: 30, enabled: true, reminderDays: 14 }],
          version: await calendarVersion(a),
        },
      }),
    },
    'GET /api/v1/finance-deadlines': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/finance-deadlines' }),
    },
  };
}
