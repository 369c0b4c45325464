import { financeLines, financeYears } from '../src/db/schema';
import type { TestContext } from './harness';

interface FinanceCase {
  scope: 'association' | 'anywhere';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown; file?: string }>;
}

/** The finance module's routes for the access matrix: each request gets a fresh line or year, so none conflicts. */
export function financeAccessCases(context: () => TestContext): Record<string, FinanceCase> {
  const db = () => context().database.db;
  const api = '/api/v1/associations/:id/finance';
  const url = (a: string, path: string) => `/api/v1/associations/${a}/finance${path}`;
  let year = 2040;
  let n = 0;
  const freshLine = async (a: string) => {
    const [row] = await db()
      .insert(financeLines)
      .values({ associationId: a, name: `Rad ${process.pid}-${++n}`, kind: 'cost' })
      .returning();
    return row!;
  };
  return {
    [`GET ${api}/years`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/years') }),
    },
    [`GET ${api}/years/:year`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/years/2019') }),
    },
    [`PUT ${api}/years/:year`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, `/years/${++year}`),
        body: { granularity: 'tertial', openingEquity: -1000, version: 0 },
      }),
    },
    [`PUT ${api}/years/:year/state-money`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, `/years/${++year}/state-money`),
        body: { offered: 100, requested: 100, granted: 100, perInhabitantBasis: 'granted', version: 0 },
      }),
    },
    [`POST ${api}/years/:year/outcome`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const y = ++year;
        await db().insert(financeYears).values({ associationId: a, year: y });
        const line = await freshLine(a);
        return {
          url: url(a, `/years/${y}/outcome?fileName=utfall.csv`),
          file: `budgetrad;period;belopp\n${line.name};3;1 000\n`,
        };
      },
    },
    [`POST ${api}/lines`]: {
      scope: 'association',
      ok: 201,
      prepare: async (a) => ({ url: url(a, '/lines'), body: { name: `Ny rad ${process.pid}-${++n}`, kind: 'cost' } }),
    },
    [`PUT ${api}/lines/:lineId`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const line = await freshLine(a);
        return {
          url: url(a, `/lines/${line.id}`),
          body: { name: `${line.name} b`, administration: true, version: line.version },
        };
      },
    },
    [`PUT ${api}/lines/:lineId/budgets/:year`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const line = await freshLine(a);
        return { url: url(a, `/lines/${line.id}/budgets/2027`), body: { amount: 1000, version: line.version } };
      },
    },
    [`GET ${api}/account-mappings`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: url(a, '/account-mappings') }),
    },
    [`PUT ${api}/account-mappings`]: {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({
        url: url(a, '/account-mappings'),
        body: { mappings: [{ account: '5010', lineId: (await freshLine(a)).id }] },
      }),
    },
    // Every matrix förbund is in Jönköpings län (06): the own roles compare within it.
    'GET /api/v1/finance/comparison': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/finance/comparison?year=2019&county=06' }),
    },
  };
}
