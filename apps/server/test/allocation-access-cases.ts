import { eq } from 'drizzle-orm';
import {
  allocationForbund,
  allocationSimulations,
  allocationYears,
  equityGuidelines,
  kommunYearInputs,
  municipalities,
} from '../src/db/schema';
import { unique, type TestContext } from './harness';

interface AllocationCase {
  scope: 'association' | 'anywhere';
  ok: number;
  prepare: (associationId: string) => Promise<{ url: string; body?: unknown; file?: string; contentType?: string }>;
}

// The model's years are national: scratch years of their own, so the matrix's writes never collide.
const MODEL = 2001;
const PARAMETERS_YEAR = 2002;
const KOMMUN_FILE_YEAR = 2003;
const FORBUND_FILE_YEAR = 2004;
const ROWS_YEAR = 2005;
const parameters = { distributable: 10_000_000, baseGrant: 400_000, supportMeasureWeight: 0.75, protectionLimit: 0.1 };

/** The allocation module's routes for the access matrix. */
export function allocationAccessCases(context: () => TestContext): Record<string, AllocationCase> {
  const db = () => context().database.db;
  let ready: Promise<void> | undefined;
  let codes: string[] = [];
  // Each förbund row needs a kommun no other row of its year holds.
  const nextCode = () => codes.pop()!;
  const setUp = () =>
    (ready ??= (async () => {
      codes = (await db().select({ code: municipalities.code }).from(municipalities)).map((m) => m.code);
      await db()
        .insert(allocationYears)
        .values(
          [MODEL, PARAMETERS_YEAR, KOMMUN_FILE_YEAR, FORBUND_FILE_YEAR, ROWS_YEAR].map((year) => ({
            year,
            ...parameters,
          })),
        );
      const code = nextCode();
      await db()
        .insert(kommunYearInputs)
        .values({ year: MODEL, municipalityCode: code, supportMeasure: 100, inhabitants16to64: 10 });
      await db()
        .insert(allocationForbund)
        .values({ year: MODEL, name: 'Förbund', municipalityCodes: [code], previousAllocation: null, requested: null });
    })());
  const freshRow = async () => {
    await setUp();
    const [row] = await db()
      .insert(allocationForbund)
      .values({ year: ROWS_YEAR, name: unique('Förbund'), municipalityCodes: [] })
      .returning();
    return row!;
  };
  const freshSimulation = async (associationId: string) => {
    await setUp();
    const [row] = await db()
      .insert(allocationSimulations)
      .values({ year: MODEL, associationId, name: unique('Simulering'), changes: [] })
      .returning();
    return row!;
  };
  let day = 0;
  let newYear = 2101;
  const years = '/api/v1/allocation/years';
  return {
    'GET /api/v1/allocation/guidelines': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/allocation/guidelines' }),
    },
    'POST /api/v1/allocation/guidelines': {
      scope: 'anywhere',
      ok: 201,
      prepare: async () => ({
        url: '/api/v1/allocation/guidelines',
        body: {
          decidedOn: new Date(Date.UTC(2030, 0, ++day)).toISOString().slice(0, 10),
          steps: [{ upToIncome: null, percent: 20 }],
          note: 'Test',
        },
      }),
    },
    'PUT /api/v1/allocation/guidelines/:id': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        const decidedOn = new Date(Date.UTC(2040, 0, ++day)).toISOString().slice(0, 10);
        const [row] = await db().insert(equityGuidelines).values({ decidedOn, steps: [] }).returning();
        return {
          url: `/api/v1/allocation/guidelines/${row!.id}`,
          body: { decidedOn, steps: [{ upToIncome: null, percent: 10 }], note: 'Rättad', version: row!.version },
        };
      },
    },
    'GET /api/v1/allocation/years': { scope: 'anywhere', ok: 200, prepare: async () => ({ url: years }) },
    'POST /api/v1/allocation/years': {
      scope: 'anywhere',
      ok: 201,
      prepare: async () => ({ url: years, body: { year: --newYear, distributable: 5_000_000 } }),
    },
    'GET /api/v1/allocation/years/:year': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        await setUp();
        return { url: `${years}/${MODEL}` };
      },
    },
    'PUT /api/v1/allocation/years/:year': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        await setUp();
        const [row] = await db().select().from(allocationYears).where(eq(allocationYears.year, PARAMETERS_YEAR));
        return { url: `${years}/${PARAMETERS_YEAR}`, body: { ...parameters, version: row!.version } };
      },
    },
    'POST /api/v1/allocation/years/:year/kommun-inputs': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        await setUp();
        return {
          url: `${years}/${KOMMUN_FILE_YEAR}/kommun-inputs?fileName=indata.csv`,
          file: 'Kommunkod;Försörjningsmått;Invånare 16–64\r\n0680;1 000;10\r\n',
        };
      },
    },
    'POST /api/v1/allocation/years/:year/forbund/import': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        await setUp();
        return {
          url: `${years}/${FORBUND_FILE_YEAR}/forbund/import?fileName=forbund.csv`,
          file: 'Förbund;Kommunkoder\r\nA;0680\r\n',
        };
      },
    },
    'POST /api/v1/allocation/years/:year/forbund': {
      scope: 'anywhere',
      ok: 201,
      prepare: async () => {
        await setUp();
        return {
          url: `${years}/${ROWS_YEAR}/forbund`,
          body: {
            name: unique('Förbund'),
            associationId: null,
            municipalityCodes: [nextCode()],
            equity: null,
            income: null,
          },
        };
      },
    },
    'PUT /api/v1/allocation/years/:year/forbund/:forbundId': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        const row = await freshRow();
        return {
          url: `${years}/${ROWS_YEAR}/forbund/${row.id}`,
          body: {
            name: row.name,
            associationId: null,
            municipalityCodes: [nextCode()],
            previousAllocation: 1,
            requested: null,
            equity: null,
            income: null,
            version: row.version,
          },
        };
      },
    },
    'DELETE /api/v1/allocation/years/:year/forbund/:forbundId': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => {
        const row = await freshRow();
        return { url: `${years}/${ROWS_YEAR}/forbund/${row.id}?version=${row.version}` };
      },
    },
    'GET /api/v1/allocation/simulations': {
      scope: 'anywhere',
      ok: 200,
      prepare: async () => ({ url: '/api/v1/allocation/simulations' }),
    },
    'POST /api/v1/allocation/simulations': {
      scope: 'association',
      ok: 201,
      prepare: async (a) => {
        await setUp();
        return {
          url: '/api/v1/allocation/simulations',
          body: { name: 'Simulering', year: MODEL, associationId: a, changes: [] },
        };
      },
    },
    'GET /api/v1/allocation/simulations/:id': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => ({ url: `/api/v1/allocation/simulations/${(await freshSimulation(a)).id}` }),
    },
    'PUT /api/v1/allocation/simulations/:id': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const row = await freshSimulation(a);
        return {
          url: `/api/v1/allocation/simulations/${row.id}`,
          body: { name: 'Ändrad', changes: [], version: row.version },
        };
      },
    },
    'DELETE /api/v1/allocation/simulations/:id': {
      scope: 'association',
      ok: 200,
      prepare: async (a) => {
        const row = await freshSimulation(a);
        return { url: `/api/v1/allocation/simulations/${row.id}?version=${row.version}` };
      },
    },
  };
}
