import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { PROTECTION_COST_ASSUMPTION } from '@insikt/core';
import { auditLog, financeLines, financeOutcomes, financeYears, stateMoneyYears } from '../src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';
import { kommunInputsCsv, MODEL_YEAR, SEED_OFFERS, seedModelYear, upload } from './allocation-fixtures';
import { pdfText } from './pdf-text';

let ctx: TestContext;
let sysAdmin: Session;
let admin: Session;
let reader: Session;
let otherReader: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await startTestApp();
  for (const [name, codes] of [
    ['Södra Vätterbygden', ['0680']],
    ['Finnveden', ['0662']],
    ['Höglandet', ['0604']],
    ['Annat förbund', ['0617']],
  ] as const)
    ids[name] = (await seedAssociation(ctx, `Samordningsförbundet ${name}`, [...codes])).id;
  sysAdmin = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', ids['Södra Vätterbygden']!)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', ids['Södra Vätterbygden']!)).email);
  otherReader = await login(ctx, (await seedUser(ctx, 'reader', ids['Annat förbund']!)).email);
  await seedModelYear(ctx, sysAdmin, {
    'Södra Vätterbygden': 'Samordningsförbundet Södra Vätterbygden',
    Finnveden: 'Samordningsförbundet Finnveden',
    Höglandet: 'Samordningsförbundet Höglandet',
  });
});
afterAll(() => ctx.close());

const auditOf = async (action: string) => ctx.database.db.select().from(auditLog).where(eq(auditLog.action, action));

interface Guideline {
  id: string;
  decidedOn: string;
  steps: { upToIncome: number | null; percent: number }[];
  version: number;
}

describe('equity guideline ("trappan")', () => {
  it('has the 2013 step from the first start, readable by every role', async () => {
    const list = (await call(ctx, otherReader, 'GET', '/api/v1/allocation/guidelines')).json<Guideline[]>();
    expect(list.map((g) => [g.decidedOn, g.steps])).toEqual([['2013-10-02', [{ upToIncome: 7_000_000, percent: 20 }]]]);
  });

  it('takes new versions from the system administrator only, refuses bad steps in Swedish, 409 on a stale version', async () => {
    const body = {
      decidedOn: '2024-05-01',
      steps: [
        { upToIncome: 7_000_000, percent: 20 },
        { upToIncome: null, percent: 15 },
      ],
    };
    expect((await call(ctx, admin, 'POST', '/api/v1/allocation/guidelines', body)).statusCode).toBe(403);
    const bad = await call(ctx, sysAdmin, 'POST', '/api/v1/allocation/guidelines', {
      ...body,
      steps: [
        { upToIncome: 7_000_000, percent: 20 },
        { upToIncome: 5_000_000, percent: 15 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(
      /Steg 2: intäktsgränsen måste vara större/,
    );
    const created = await call(ctx, sysAdmin, 'POST', '/api/v1/allocation/guidelines', body);
    expect(created.statusCode).toBe(201);
    expect((await call(ctx, sysAdmin, 'POST', '/api/v1/allocation/guidelines', body)).statusCode).toBe(409);
    const row = created.json<Guideline>();
    const changed = { ...body, steps: [{ upToIncome: null, percent: 18 }], version: row.version };
    const url = `/api/v1/allocation/guidelines/${row.id}`;
    expect((await call(ctx, sysAdmin, 'PUT', url, changed)).statusCode).toBe(200);
    expect((await call(ctx, sysAdmin, 'PUT', url, changed)).statusCode).toBe(409);
    const [entry] = await auditOf('allocation.guideline.update');
    expect(entry!.details).toMatchObject({
      before: { steps: body.steps },
      after: { steps: [{ upToIncome: null, percent: 18 }] },
    });
  });
});

interface ModelYearView {
  version: number;
  kommunInputs: unknown[];
  forbund: {
    id: string;
    name: string;
    associationId: string | null;
    equity: number | null;
    guidelineTest: { status: string } | null;
    guidelineFigures: { equity: number | null; income: number | null; accountsYear: number | null };
  }[];
  result: {
    forbund: { name: string; offer: number; granted: number; protected: boolean; notProtectedReason: string | null }[];
    protectionCostAssumption: string;
  } | null;
  problems: string[];
}
const yearUrl = `/api/v1/allocation/years/${MODEL_YEAR}`;

describe('model year', () => {
  it('imports kommun inputs all or nothing: a broken row names row, column and value, and nothing changes', async () => {
    const before = (await call(ctx, reader, 'GET', yearUrl)).json<ModelYearView>();
    // 9 000 000 000 inhabitants would overflow the stored integer: refused by row, not a 500 (decision 0060).
    const broken = `${kommunInputsCsv()}\r\n9999;12 000;abc\r\n0617;1;9 000 000 000`;
    const response = await upload(ctx, sysAdmin, `${yearUrl}/kommun-inputs?fileName=indata.csv`, broken);
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ error: { issues: { message: string; value: string }[] } }>().error.issues;
    expect(issues.map((i) => [i.message, i.value])).toEqual([
      ['Rad 6, kolumn Kommunkod: Okänd kommunkod "9999": ingen kommun i SCB:s lista har den.', '9999'],
      ['Rad 6, kolumn Invånare 16–64: Invånare 16–64 är inget tal: "abc".', 'abc'],
      ['Rad 7, kolumn Invånare 16–64: Invånare 16–64 är orimligt stort: "9 000 000 000".', '9 000 000 000'],
    ]);
    // A file is no JSON body, so the personnummer check of every text field is the import's own (0060).
    const named = await upload(
      ctx,
      sysAdmin,
      `${yearUrl}/forbund/import?fileName=forbund.csv`,
      'Förbund;Kommunkoder\r\nFörbundet 19121212-1212;0680',
    );
    expect(named.statusCode).toBe(400);
    expect(named.json<{ error: { issues: { message: string }[] } }>().error.issues[0]!.message).toMatch(
      /^Rad 2, kolumn Förbund: Förbundets namn innehåller ett personnummer/,
    );
    expect(named.body).not.toContain('19121212');
    // A kommun left out of a file loses its inputs; the audit keeps what it had (0060).
    const without = kommunInputsCsv()
      .split('\r\n')
      .filter((line) => !line.startsWith('0180'))
      .join('\r\n');
    expect((await upload(ctx, sysAdmin, `${yearUrl}/kommun-inputs?fileName=utan.csv`, without)).statusCode).toBe(200);
    const entry = (await auditOf('allocation.kommun_inputs.import')).find((e) => e.details?.fileName === 'utan.csv');
    expect(entry!.details.removed).toEqual([
      { municipalityCode: '0180', before: { supportMeasure: 130_601_600_000, inhabitants16to64: 6_203_576 } },
    ]);
    expect(
      (await upload(ctx, sysAdmin, `${yearUrl}/kommun-inputs?fileName=indata.csv`, kommunInputsCsv())).statusCode,
    ).toBe(200);
    expect((await call(ctx, reader, 'GET', yearUrl)).json<ModelYearView>().kommunInputs).toEqual(before.kommunInputs);
    expect(
      (await upload(ctx, admin, `${yearUrl}/kommun-inputs?fileName=indata.csv`, kommunInputsCsv())).statusCode,
    ).toBe(403);
  });

  it('gives seed 003’s offers, sums to D, and Finnveden (33 % equity) loses the protection', async () => {
    const year = (await call(ctx, reader, 'GET', yearUrl)).json<ModelYearView>();
    expect(year.problems).toEqual([]);
    const result = year.result!;
    const byName = Object.fromEntries(result.forbund.map((f) => [f.name, f]));
    expect(['Södra Vätterbygden', 'Finnveden', 'Höglandet', 'Övriga landet'].map((n) => byName[n]!.offer)).toEqual(
      SEED_OFFERS,
    );
    expect(result.forbund.reduce((s, f) => s + f.offer, 0)).toBe(339_000_000);
    expect(byName.Finnveden).toMatchObject({ protected: false, notProtectedReason: 'above-guideline' });
    expect(byName.Höglandet).toMatchObject({ protected: true, granted: 3_205_000 });
    expect(result.protectionCostAssumption).toBe(PROTECTION_COST_ASSUMPTION);
    expect(year.forbund.find((f) => f.name === 'Finnveden')).toMatchObject({
      associationId: ids.Finnveden,
      guidelineTest: { status: 'above' },
    });
  });

  it('exports the result as Excel and PDF with the protection cost labelled as an assumption', async () => {
    const xlsx = await call(ctx, reader, 'GET', `${yearUrl}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = sheet.getSheetValues().flat().map(String);
    expect(values).toContain('Skyddets kostnad (antagande)');
    expect(values.some((v) => v.includes(PROTECTION_COST_ASSUMPTION))).toBe(true);
    expect(values).toContain('5520000');
    const pdf = await pdfText((await call(ctx, reader, 'GET', `${yearUrl}?format=pdf`)).rawPayload);
    expect(pdf.pages.join(' ')).toContain('Skyddets kostnad (antagande)');
    expect(pdf.pages.join(' ')).toContain('5 520 000');
  });

  it('prefills a linked förbund’s last allocation and request from its state money', async () => {
    await ctx.database.db.insert(stateMoneyYears).values([
      { associationId: ids['Annat förbund']!, year: MODEL_YEAR - 1, offered: 1_000_000, granted: 900_000 },
      { associationId: ids['Annat förbund']!, year: MODEL_YEAR, offered: 1_100_000, requested: 800_000 },
    ]);
    const created = await call(ctx, sysAdmin, 'POST', `${yearUrl}/forbund`, {
      name: 'Annat förbund',
      associationId: ids['Annat förbund'],
      municipalityCodes: ['0114'],
      equity: null,
      income: null,
    });
    expect(created.statusCode).toBe(201);
    const row = created.json<{ id: string; version: number; previousAllocation: number; requested: number }>();
    expect(row).toMatchObject({ previousAllocation: 900_000, requested: 800_000 });
    // 0114 has no inputs: the model names it instead of computing.
    expect((await call(ctx, reader, 'GET', yearUrl)).json<ModelYearView>().problems).toEqual([
      'Annat förbund: kommun 0114 saknar indata (försörjningsmått, invånare 16–64) för 2020.',
    ]);
    const taken = await call(ctx, sysAdmin, 'POST', `${yearUrl}/forbund`, {
      name: 'Dubblett',
      associationId: null,
      municipalityCodes: ['0680'],
      equity: null,
      income: null,
    });
    expect(taken.json<{ error: { message: string } }>().error.message).toMatch(/ingår redan i Södra Vätterbygden/);
    const remove = `${yearUrl}/forbund/${row.id}?version=${row.version}`;
    expect((await call(ctx, sysAdmin, 'DELETE', remove)).statusCode).toBe(200);
    expect((await call(ctx, sysAdmin, 'DELETE', remove)).statusCode).toBe(404);
    const [entry] = await auditOf('allocation.forbund.delete');
    expect(entry!.details).toMatchObject({ before: { previousAllocation: 900_000, requested: 800_000 } });
  });

  it('tests a linked förbund on its own accounts two years before the model year when Insikt has them', async () => {
    const associationId = ids.Höglandet!;
    const accountsYear = MODEL_YEAR - 2;
    // Hand-computed: opening equity 3 000 000 + income 5 000 000 − costs 4 000 000 = 4 000 000, 80 % of
    // income, far above the guideline's 20 %; the row's own figures (567 000 of 6 423 000, 9 %) are within.
    const lines = await ctx.database.db
      .insert(financeLines)
      .values([
        { associationId, name: 'Statliga medel', kind: 'income', incomeSource: 'state' },
        { associationId, name: 'Kansli', kind: 'cost', administration: true },
      ])
      .returning();
    await ctx.database.db.insert(financeYears).values({ associationId, year: accountsYear, openingEquity: 3_000_000 });
    await ctx.database.db.insert(financeOutcomes).values([
      { associationId, lineId: lines[0]!.id, year: accountsYear, period: `${accountsYear}-T3`, amount: 5_000_000 },
      { associationId, lineId: lines[1]!.id, year: accountsYear, period: `${accountsYear}-T3`, amount: 4_000_000 },
    ]);
    try {
      const year = (await call(ctx, reader, 'GET', yearUrl)).json<ModelYearView>();
      expect(year.forbund.find((f) => f.name === 'Höglandet')).toMatchObject({
        equity: 567_000,
        guidelineFigures: { equity: 4_000_000, income: 5_000_000, accountsYear },
        guidelineTest: { status: 'above' },
      });
      expect(year.result!.forbund.find((f) => f.name === 'Höglandet')).toMatchObject({
        protected: false,
        notProtectedReason: 'above-guideline',
      });
    } finally {
      await ctx.database.db.delete(financeOutcomes).where(eq(financeOutcomes.associationId, associationId));
      await ctx.database.db.delete(financeYears).where(eq(financeYears.associationId, associationId));
      await ctx.database.db.delete(financeLines).where(eq(financeLines.associationId, associationId));
    }
  });
});

interface Simulation {
  id: string;
  version: number;
  result: {
    rows: { name: string; formerIds: string[]; protectedAfter: boolean; difference: Record<string, number> }[];
    pooled: { equity: number; income: number; assessment: { status: string } }[];
    members: { name: string; kind: string; before: number; after: number; difference: number }[];
  };
}

describe('simulation of a merger (seed 003 §8.2)', () => {
  let simulation: Simulation;
  const merger = async () => {
    const year = (await call(ctx, admin, 'GET', yearUrl)).json<ModelYearView>();
    const three = year.forbund.filter((f) => f.name !== 'Övriga landet').map((f) => f.id);
    return {
      name: 'Sammanslagning av de tre förbunden',
      year: MODEL_YEAR,
      associationId: ids['Södra Vätterbygden'],
      changes: [
        { kind: 'merge', forbundIds: three, id: 'J', name: 'Jönköpings län', pooling: { rule: 'sum' } },
        { kind: 'request', forbundId: 'J', requested: null },
      ],
    };
  };

  it('is saved by the förbund administrator for the förbund: base grants 800 000 lower, part back through the keys', async () => {
    const body = await merger();
    expect(
      (await call(ctx, admin, 'POST', '/api/v1/allocation/simulations', { ...body, associationId: null })).statusCode,
    ).toBe(403);
    const created = await call(ctx, admin, 'POST', '/api/v1/allocation/simulations', body);
    expect(created.statusCode, created.body).toBe(201);
    simulation = (
      await call(ctx, reader, 'GET', `/api/v1/allocation/simulations/${created.json<{ id: string }>().id}`)
    ).json<Simulation>();
    const j = simulation.result.rows[0]!;
    expect(j).toMatchObject({ name: 'Jönköpings län', protectedAfter: true });
    expect(j.formerIds).toHaveLength(3);
    // The core test's figures: −800 000 base grants, +25 835 back through the keys; the merged förbund
    // takes its whole offer 11 321 835 against the 8 811 000 kr the three took.
    expect(j.difference).toMatchObject({
      baseGrant: -800_000,
      keys: 25_835,
      granted: 2_510_835,
      membersMatching: 2_510_835,
    });
    expect(simulation.result.pooled[0]).toMatchObject({
      equity: 3_246_000,
      income: 18_585_000,
      assessment: { status: 'not-covered' },
    });
    const region = simulation.result.members.find((m) => m.kind === 'region')!;
    expect(region).toMatchObject({ name: 'Region Jönköpings län', before: 4_405_500, difference: 1_255_418 });
    // The members of the three match the merged förbund's rise; the rest of the country (Stockholm here)
    // gets the 774 165 kr the lost base grants leave to the keys.
    const jonkoping = simulation.result.members.filter((m) => !m.name.includes('Stockholm'));
    expect(jonkoping.reduce((s, m) => s + m.difference, 0)).toBe(2_510_835);
  });

  it('is read by the förbund’s roles, not by another förbund’s', async () => {
    const url = `/api/v1/allocation/simulations/${simulation.id}`;
    expect((await call(ctx, otherReader, 'GET', url)).statusCode).toBe(404);
    const list = (await call(ctx, otherReader, 'GET', '/api/v1/allocation/simulations')).json<unknown[]>();
    expect(list).toEqual([]);
    expect(
      (await call(ctx, reader, 'PUT', url, { name: 'x', changes: [], version: simulation.version })).statusCode,
    ).toBe(403);
  });

  it('exports Excel and PDF that read back with the 800 000 and the assumption', async () => {
    const url = `/api/v1/allocation/simulations/${simulation.id}`;
    const pdf = (await pdfText((await call(ctx, reader, 'GET', `${url}?format=pdf`)).rawPayload)).pages.join(' ');
    expect(pdf).toContain('grundbidragen blir 800 000 kr lägre och medlemmarnas motsvarande andel lika mycket lägre');
    expect(pdf).toContain('Region Jönköpings län');
    // Kommuner as they call themselves (decision 0064), not "Jönköping kommun".
    expect(pdf).toContain('Jönköpings kommun');
    expect(pdf).toContain('antagande');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await call(ctx, reader, 'GET', `${url}?format=xlsx`)).rawPayload as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toContain('Före och efter per medlem');
    const forbund = workbook.getWorksheet('Före och efter per förbund')!;
    expect(forbund.getSheetValues().flat()).toContain(-800_000);
  });

  it('refuses a change naming an unknown förbund, and a stale version (409), auditing before and after', async () => {
    const url = `/api/v1/allocation/simulations/${simulation.id}`;
    const unknown = await call(ctx, admin, 'PUT', url, {
      name: 'x',
      changes: [{ kind: 'request', forbundId: 'finns-inte', requested: 1 }],
      version: simulation.version,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ error: { message: string } }>().error.message).toMatch(/okänt förbund: finns-inte/);
    const change = {
      name: 'Nytt D',
      changes: [{ kind: 'distributable', amount: 350_000_000 }],
      version: simulation.version,
    };
    expect((await call(ctx, admin, 'PUT', url, change)).statusCode).toBe(200);
    expect((await call(ctx, admin, 'PUT', url, change)).statusCode).toBe(409);
    // Without a merger there is no pooled table: the files still end with the model after the changes (0060).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await call(ctx, reader, 'GET', `${url}?format=xlsx`)).rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.at(-1)!.getCell('A1').value).toMatch(/^Efter ändringarna: /);
    expect((await call(ctx, reader, 'GET', `${url}?format=pdf`)).statusCode).toBe(200);
    // A merger named as another förbund would be compared with that förbund's figures (0060).
    const year = (await call(ctx, admin, 'GET', yearUrl)).json<ModelYearView>();
    const [x, y, z] = year.forbund;
    const taken = await call(ctx, admin, 'PUT', url, {
      name: 'x',
      changes: [{ kind: 'merge', forbundIds: [x!.id, y!.id], id: z!.id, name: 'XY', pooling: { rule: 'sum' } }],
      version: simulation.version + 1,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json<{ error: { message: string } }>().error.message).toBe(
      `Det sammanslagna förbundet XY kan inte få samma id som ${z!.name} (${z!.id}).`,
    );
    const entries = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(like(auditLog.action, 'allocation.simulation.%'), eq(auditLog.entityId, simulation.id)));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'allocation.simulation.create',
      'allocation.simulation.update',
    ]);
    expect(entries.find((e) => e.action === 'allocation.simulation.update')!.details).toMatchObject({
      before: { name: 'Sammanslagning av de tre förbunden' },
      after: { name: 'Nytt D', changes: [{ kind: 'distributable', amount: 350_000_000 }] },
    });
  });
});
