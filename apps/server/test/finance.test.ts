import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { encodeCp437, wholePercent } from '@insikt/core';
import { auditLog, financeOutcomes, interventions } from '../src/db/schema';
import { DEMO_ASSOCIATIONS } from '../src/modules/demo/demo-data';
import { demoFinance } from '../src/modules/demo/demo-finacc';
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

let ctx: TestContext;
let own: string;
let admin: Session;
let reader: Session;
let national: Session;
const base = () => `/api/v1/associations/${own}/finance`;

interface Line {
  id: string;
  name: string;
  version: number;
  budgetVersion: number;
  interventionId: string | null;
  budgets: { year: number; amount: number | null }[];
  outcome: { period: string; amount: number }[];
  outcomeTotal: number;
}
interface YearView {
  settings: { version: number; granularity: string };
  lines: Line[];
  keyFigures: { outcome: Record<string, number | null> | null };
  stateMoney: { used: number | null; utilisation: number | null; offered: number | null };
  perInhabitant: { kronor: number | null; missingKommuner: string[] };
  equity: { status: string; above?: number; losesProtection: boolean } | null;
  budgetEquity: { status: string; allowed?: number; above?: number; losesProtection: boolean } | null;
  commitments: { year: number; frame: number; committed: number; free: number }[];
}
interface ImportResult {
  imported: boolean;
  periods: string[];
  errors: { row: number; column: string; value: string; message: string }[];
  accounts: { account: string; lineId: string | null }[];
}

const year = async (y: number, session = admin) =>
  (await call(ctx, session, 'GET', `${base()}/years/${y}`)).json<YearView>();
const line = (view: YearView, name: string) => view.lines.find((l) => l.name === name)!;
const upload = async (y: number, fileName: string, file: Buffer | string) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${base()}/years/${y}/outcome?fileName=${encodeURIComponent(fileName)}`,
    payload: Buffer.from(file),
    headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportResult>();
};
const lastAudit = async (action: string) =>
  (
    await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.associationId, own)))
      .orderBy(desc(auditLog.at))
      .limit(1)
  )[0]!;

beforeAll(async () => {
  ctx = await startTestApp();
  own = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', own)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', own)).email);
  national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
});
afterAll(() => ctx.close());

describe('budget', () => {
  let insatsId: string;
  it('keeps an insats line’s budget in the insats itself, with the insats’s version (409 when stale) and audit', async () => {
    const created = await call(ctx, admin, 'POST', `/api/v1/associations/${own}/interventions`, {
      name: unique('Jobbstudion'),
      kind: 'individual',
      startDate: '2019-01-01',
      budgets: [{ year: 2019, budget: 1_000_000, actualCost: 900_000 }],
    });
    insatsId = created.json<{ id: string }>().id;
    for (const body of [
      { name: 'Statliga medel', kind: 'income', incomeSource: 'state' },
      { name: 'Kansli', kind: 'cost', administration: true },
      { name: 'Jobbstudion', kind: 'cost', interventionId: insatsId },
    ]) {
      expect((await call(ctx, admin, 'POST', `${base()}/lines`, body)).statusCode).toBe(201);
    }
    const twice = await call(ctx, admin, 'POST', `${base()}/lines`, {
      name: 'Igen',
      kind: 'cost',
      interventionId: insatsId,
    });
    expect(twice.statusCode).toBe(409);

    let view = await year(2019);
    const insatsLine = line(view, 'Jobbstudion');
    expect(insatsLine.budgets[0]).toEqual({ year: 2019, amount: 1_000_000 });
    const put = (l: Line, y: number, amount: number, version: number) =>
      call(ctx, admin, 'PUT', `${base()}/lines/${l.id}/budgets/${y}`, { amount, version });
    expect((await put(insatsLine, 2020, 800_000, insatsLine.budgetVersion)).statusCode).toBe(200);
    expect((await put(insatsLine, 2021, 1, insatsLine.budgetVersion)).statusCode).toBe(409);
    const kansli = line(view, 'Kansli');
    expect((await put(kansli, 2019, 1_100_000, kansli.version)).statusCode).toBe(200);
    expect((await put(kansli, 2019, 5, kansli.version)).statusCode).toBe(409);

    const insats = (await call(ctx, admin, 'GET', `/api/v1/associations/${own}/interventions/${insatsId}`)).json<{
      budgets: { year: number; budget: number }[];
    }>();
    expect(insats.budgets.find((b) => b.year === 2020)?.budget).toBe(800_000);
    view = await year(2019);
    expect(line(view, 'Jobbstudion').budgets.map((b) => b.amount)).toEqual([1_000_000, 800_000, null]);
    expect(line(view, 'Kansli').budgets[0]!.amount).toBe(1_100_000);
    expect((await lastAudit('finance.budget')).details).toMatchObject({
      line: 'Kansli',
      year: 2019,
      before: null,
      after: 1_100_000,
    });

    const flag = await call(ctx, admin, 'PUT', `${base()}/lines/${kansli.id}`, {
      name: 'Kansli',
      administration: false,
      version: kansli.version + 1,
    });
    expect(flag.statusCode).toBe(200);
    expect((await lastAudit('finance.line_update')).details).toEqual({
      before: { name: 'Kansli', administration: true },
      after: { name: 'Kansli', administration: false },
    });
    await call(ctx, admin, 'PUT', `${base()}/lines/${kansli.id}`, {
      name: 'Kansli',
      administration: true,
      version: kansli.version + 2,
    });
  });

  it('lets the reader read the budget but not change it; the national reader reads none of it', async () => {
    expect((await call(ctx, reader, 'GET', `${base()}/years/2019`)).statusCode).toBe(200);
    expect((await call(ctx, reader, 'POST', `${base()}/lines`, { name: 'X', kind: 'cost' })).statusCode).toBe(403);
    expect((await call(ctx, national, 'GET', `${base()}/years/2019`)).statusCode).toBe(403);
  });

  describe('import of the outcome', () => {
    const sie = (lines: string[]) =>
      Buffer.from(
        encodeCp437(
          [
            '#FLAGGA 0',
            '#FORMAT PC8',
            '#SIETYP 4',
            '#FNAMN "Samordningsförbundet Test"',
            '#RAR 0 20200101 20201231',
            '#KONTO 3010 "Statligt bidrag"',
            '#KONTO 5010 "Lokalhyra"',
            '#KONTO 4010 "Köpta tjänster Jobbstudion"',
            '#KONTO 6110 "Kontorsmateriel"',
            '#KONTO 1930 "Bank"',
            ...lines,
            '',
          ].join('\r\n'),
        ),
      );
    const voucher = (n: number, date: string, account: string, amount: string) => [
      `#VER A ${n} ${date} "Verifikation ${n}"`,
      '{',
      `#TRANS ${account} {} ${amount}`,
      `#TRANS 1930 {} ${amount.startsWith('-') ? amount.slice(1) : `-${amount}`}`,
      '}',
    ];
    const first = sie([
      ...voucher(1, '20200115', '3010', '-1500000.00'),
      ...voucher(2, '20200520', '5010', '20000.50'),
      ...voucher(3, '20200910', '4010', '450000'),
    ]);

    it('needs the year’s periods first, then names every unmapped account and lists the result accounts', async () => {
      const early = await ctx.app.inject({
        method: 'POST',
        url: `${base()}/years/2020/outcome?fileName=bokslut.se`,
        payload: first,
        headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      });
      expect(early.statusCode).toBe(409);
      const settings = { granularity: 'tertial', openingEquity: 500_000, version: 0 };
      expect((await call(ctx, admin, 'PUT', `${base()}/years/2020`, settings)).statusCode).toBe(200);
      expect((await call(ctx, admin, 'PUT', `${base()}/years/2020`, settings)).statusCode).toBe(409);

      const result = await upload(2020, 'bokslut.se', first);
      expect(result.imported).toBe(false);
      expect(result.errors.map((e) => [e.row, e.column, e.value])).toEqual([
        [13, 'konto', '3010'],
        [18, 'konto', '5010'],
        [23, 'konto', '4010'],
      ]);
      expect(result.errors[0]!.message).toBe(
        'Rad 13: konto 3010 (Statligt bidrag) har belopp men ingen rad i förbundets kontomappning.',
      );
      expect(result.accounts).toEqual([
        { account: '3010', name: 'Statligt bidrag', amount: -1_500_000, lineId: null },
        { account: '4010', name: 'Köpta tjänster Jobbstudion', amount: 450_000, lineId: null },
        { account: '5010', name: 'Lokalhyra', amount: 20_000.5, lineId: null },
      ]);
      expect((await year(2020)).keyFigures.outcome).toBeNull();
    });

    it('imports with the saved mapping; the insats page shows the same actual cost as the accounts', async () => {
      const view = await year(2020);
      const mappings = [
        { account: '3010', lineId: line(view, 'Statliga medel').id },
        { account: '4010', lineId: line(view, 'Jobbstudion').id },
        { account: '5010', lineId: line(view, 'Kansli').id },
      ];
      expect((await call(ctx, admin, 'PUT', `${base()}/account-mappings`, { mappings })).statusCode).toBe(200);
      const result = await upload(2020, 'bokslut.se', first);
      expect(result).toMatchObject({ imported: true, periods: ['2020-T1', '2020-T2', '2020-T3'], errors: [] });
      const after = await year(2020);
      expect(line(after, 'Statliga medel').outcome).toEqual([{ period: '2020-T1', amount: 1_500_000 }]);
      expect(line(after, 'Kansli').outcomeTotal).toBe(20_001);
      expect(after.keyFigures.outcome).toMatchObject({
        income: 1_500_000,
        costs: 470_001,
        result: 1_029_999,
        equity: 1_529_999,
      });
      expect(after.stateMoney.used).toBe(1_500_000);

      const insatsId = line(after, 'Jobbstudion').interventionId!;
      const insats = async () =>
        (await call(ctx, admin, 'GET', `/api/v1/associations/${own}/interventions/${insatsId}`)).json<{
          budgets: { year: number; budget: number; actualCost: number | null }[];
          version: number;
        }>();
      expect((await insats()).budgets.find((b) => b.year === 2020)?.actualCost).toBe(
        line(after, 'Jobbstudion').outcomeTotal,
      );
      expect(line(after, 'Jobbstudion').outcomeTotal).toBe(450_000);
      // The 2019 figure, a year the förbund does not keep in Insikt, is still the insats's own.
      expect((await insats()).budgets.find((b) => b.year === 2019)?.actualCost).toBe(900_000);

      // A re-import of the third tertial replaces that tertial only; the first stays.
      const again = sie([...voucher(1, '20200930', '4010', '460000')]);
      expect(await upload(2020, 'tertial3.se', again)).toMatchObject({ imported: true, periods: ['2020-T3'] });
      expect((await lastAudit('finance.outcome_import')).details).toMatchObject({
        periods: ['2020-T3'],
        before: { '2020-T3': 450_000 },
        after: { '2020-T3': 460_000 },
      });
      const replaced = await year(2020);
      expect(line(replaced, 'Jobbstudion').outcomeTotal).toBe(460_000);
      expect(line(replaced, 'Statliga medel').outcomeTotal).toBe(1_500_000);
      expect((await insats()).budgets.find((b) => b.year === 2020)?.actualCost).toBe(460_000);

      const unmapped = await upload(2020, 'ny.se', sie([...voucher(1, '20201001', '6110', '100')]));
      expect(unmapped.imported).toBe(false);
      expect(unmapped.errors[0]).toMatchObject({ column: 'konto', value: '6110' });
      expect(line(await year(2020), 'Jobbstudion').outcomeTotal).toBe(460_000);
    });

    it('reads a CSV with Swedish numbers all or nothing, naming row, column and value of every error', async () => {
      const broken = [
        'budgetrad;period;belopp',
        'Kansli;2020-05;1 234 567,50',
        'Statliga medel;T1;\u2212229',
        'Okänd rad;13;12,345',
      ].join('\n');
      const refused = await upload(2020, 'utfall.csv', broken);
      expect(refused.imported).toBe(false);
      expect(refused.errors.map((e) => [e.row, e.column, e.value])).toEqual([
        [4, 'budgetrad', 'Okänd rad'],
        [4, 'period', '13'],
        [4, 'belopp', '12,345'],
      ]);
      expect(line(await year(2020), 'Kansli').outcomeTotal).toBe(20_001);

      const fixed = broken.split('\n').slice(0, 3).join('\n');
      expect(await upload(2020, 'utfall.csv', fixed)).toMatchObject({
        imported: true,
        periods: ['2020-T1', '2020-T2'],
      });
      const view = await year(2020);
      expect(line(view, 'Kansli').outcome).toEqual([{ period: '2020-T2', amount: 1_234_568 }]);
      expect(line(view, 'Statliga medel').outcomeTotal).toBe(-229);
      // The third tertial was not in the file: it stays.
      expect(line(view, 'Jobbstudion').outcomeTotal).toBe(460_000);
    });

    it('names an amount too large for the accounts instead of failing, in CSV and SIE (decision 0066)', async () => {
      // Each was a 500: the database's bigint overflowed (or the amount was Infinity).
      const csv = ['budgetrad;period;belopp', 'Kansli;T1;99999999999999999999', `Kansli;T2;${'9'.repeat(400)}`];
      const sum = ['budgetrad;period;belopp', 'Kansli;T1;9 000 000 000', 'Kansli;T1;9 000 000 000'];
      const refused = [
        await upload(2020, 'utfall.csv', csv.join('\n')),
        await upload(2020, 'utfall.csv', sum.join('\n')),
      ];
      expect(refused.flatMap((r) => r.errors.map((e) => [e.row, e.column]))).toEqual([
        [2, 'belopp'],
        [3, 'belopp'],
        [3, 'belopp'],
      ]);
      expect(refused[1]!.errors[0]!.message).toMatch(/^Rad 3: summan för Kansli 2020-T1 blir mer än/);
      const sieRefused = await upload(
        2020,
        'stor.se',
        sie([...voucher(1, '20200115', '5010', '99999999999999999999')]),
      );
      expect(sieRefused.errors.map((e) => [e.row, e.column])).toEqual([
        [13, 'belopp'],
        [14, 'belopp'],
      ]);
      expect(line(await year(2020), 'Kansli').outcomeTotal).toBe(1_234_568);

      // Four saves of the mapping and four imports at once: on PostgreSQL two of each were a 500.
      const lineId = line(await year(2020), 'Kansli').id;
      const mapped = await Promise.all(
        [0, 1, 2, 3].map(() =>
          call(ctx, admin, 'PUT', `${base()}/account-mappings`, { mappings: [{ account: '5010', lineId }] }),
        ),
      );
      expect(mapped.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
      const same = ['budgetrad;period;belopp', 'Kansli;T2;1 234 567,50'].join('\n');
      const imports = await Promise.all([0, 1, 2, 3].map(() => upload(2020, 'utfall.csv', same)));
      expect(imports.every((r) => r.imported)).toBe(true);
    });
  });

  it('refuses a stale state money edit and audits before and after', async () => {
    const body = {
      offered: 2_000_000,
      requested: 1_800_000,
      granted: 1_800_000,
      perInhabitantBasis: 'granted',
      version: 0,
    };
    expect((await call(ctx, admin, 'PUT', `${base()}/years/2020/state-money`, body)).statusCode).toBe(200);
    expect((await call(ctx, admin, 'PUT', `${base()}/years/2020/state-money`, body)).statusCode).toBe(409);
    const edited = await call(ctx, admin, 'PUT', `${base()}/years/2020/state-money`, {
      ...body,
      offered: 2_100_000,
      version: 1,
    });
    expect(edited.json<YearView>().stateMoney).toMatchObject({ offered: 2_100_000, used: -229 });
    expect((await lastAudit('finance.state_money')).details).toMatchObject({
      before: { offered: 2_000_000 },
      after: { offered: 2_100_000 },
    });
  });
});

describe('key figures of seed 003 (the demo’s accounts)', () => {
  interface Comparison {
    countyName: string | null;
    associations: {
      name: string;
      keyFigures: YearView['keyFigures']['outcome'] & object;
      equity: YearView['equity'];
      stateMoney: YearView['stateMoney'];
      perInhabitant: YearView['perInhabitant'];
    }[];
    total: Record<string, number | null>;
  }
  const demoIds: string[] = [];
  let system: Session;
  beforeAll(async () => {
    system = await login(ctx, (await seedUser(ctx, 'system_admin', null)).email);
    for (const [index, demo] of DEMO_ASSOCIATIONS.entries()) {
      const a = await seedAssociation(ctx, unique(demo.name), [...demo.municipalities]);
      demoIds.push(a.id);
      const ids: string[] = [];
      for (const n of [1, 2, 3]) {
        const [row] = await ctx.database.db
          .insert(interventions)
          .values({ associationId: a.id, name: `Insats ${n}`, kind: 'individual', startDate: '2024-01-01' })
          .returning();
        ids.push(row!.id);
      }
      await ctx.database.db.transaction((tx) =>
        demoFinance(tx, { associationId: a.id, interventionIds: ids, index, today: '2026-06-01' }),
      );
    }
  });

  const tkr = (v: number | null | undefined) => Math.round((v ?? 0) / 1000);

  it('gives Bokslut 2019 per förbund and in total, utilisation, kronor per inhabitant and the guideline flag', async () => {
    const c = (await call(ctx, national, 'GET', '/api/v1/finance/comparison?year=2019&county=06')).json<Comparison>();
    const rows = c.associations.map((a) => [
      a.name.replace(/^Demo – (.*) \d+-\d+$/, '$1'),
      tkr(a.keyFigures.income),
      tkr(a.keyFigures.costs),
      tkr(a.keyFigures.result),
      tkr(a.keyFigures.equity),
      wholePercent(a.keyFigures.equityShareOfIncome ?? null),
      wholePercent(a.stateMoney.utilisation),
      a.perInhabitant.kronor,
      a.equity?.losesProtection,
    ]);
    expect(rows).toEqual([
      ['Finnveden', 5_144, 5_624, -480, 1_690, 33, 100, 58, true],
      ['Höglandet', 6_423, 6_652, -229, 567, 9, 80, 61, false],
      ['Södra Vätterbygden', 7_018, 8_151, -1_133, 989, 14, 55, 32, false],
    ]);
    expect(c.associations[0]!.equity).toMatchObject({ status: 'above', above: 1_690_000 - 1_028_800 });
    expect(c.associations[2]!.equity?.status).toBe('not-covered');
    expect([c.total.income, c.total.costs, c.total.result, c.total.equity].map(tkr)).toEqual([
      18_585, 20_427, -1_842, 3_246,
    ]);
    expect(wholePercent(c.total.equityShareOfIncome ?? null)).toBe(17);
    expect(c.total.administrationCosts).toBe(3_400_000);
    expect(wholePercent(c.total.administrationShareOfCosts ?? null)).toBe(17);

    const workbook = new ExcelJS.Workbook();
    const file = await call(ctx, national, 'GET', '/api/v1/finance/comparison?year=2019&county=06&format=xlsx');
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(3).getCell(5).value).toBe(
      `Summa för de 3 förbund i ${c.countyName} som har bokslut för 2019 i Insikt`,
    );
    expect(sheet.getRow(4).getCell(1).value).toBe('Intäkter');
    expect(sheet.getRow(4).getCell(5).value).toBe(18_585_000);
  });

  it('tests the budget’s equity as a warning and a part-year outcome not at all; opens on the latest year', async () => {
    const hoglandet = `/api/v1/associations/${demoIds[2]}/finance`;
    expect((await call(ctx, national, 'GET', `${hoglandet}/years`)).statusCode).toBe(403);
    expect((await call(ctx, system, 'GET', `${hoglandet}/years`)).json()).toEqual({ years: [2019, 2027] });
    const view = async () => (await call(ctx, system, 'GET', `${hoglandet}/years/2027`)).json<YearView>();
    // 2027: requested 3 205 000 kr and the members' halves, costs 5 139 000, opening equity 567 000 kr.
    const budget = { status: 'above', allowed: 1_282_000, above: 1_838_000 - 1_282_000, losesProtection: false };
    expect((await view()).budgetEquity).toMatchObject(budget);
    expect((await view()).equity).toBeNull();
    // The letter's year is the budget year: inhabitants for every kommun, on the budget's requested amount.
    const letter = await call(ctx, system, 'GET', `/api/v1/associations/${demoIds[2]}/contributions/2027`);
    expect(letter.json()).toMatchObject({ problems: [], tables: [{ basis: 'requested', stateAmount: 3_205_000 }] });
    // A first tertial far above the guideline is no year-end equity: no test, no lost protection.
    const state = line(await view(), 'Statliga medel (Försäkringskassan)');
    await ctx.database.db
      .insert(financeOutcomes)
      .values({ associationId: demoIds[2]!, lineId: state.id, year: 2027, period: '2027-T1', amount: 3_205_000 });
    const partYear = await view();
    expect(partYear.keyFigures.outcome).toMatchObject({ income: 3_205_000, equity: 567_000 + 3_205_000 });
    expect(partYear.equity).toBeNull();
    expect(partYear.budgetEquity).toMatchObject(budget);
  });

  it('keeps a förbund’s own roles to their own county; the national reader may take the whole country', async () => {
    expect(
      (await call(ctx, reader, 'GET', '/api/v1/finance/comparison?year=2019')).json<Comparison>().associations,
    ).toHaveLength(3);
    expect((await call(ctx, reader, 'GET', '/api/v1/finance/comparison?year=2019&county=01')).statusCode).toBe(404);
    const country = await call(ctx, national, 'GET', '/api/v1/finance/comparison?year=2019');
    expect(country.json<Comparison>()).toMatchObject({ countyName: null });
  });

  it('exports the förbund’s key figures to Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await call(ctx, admin, 'GET', `${base()}/years/2020?format=xlsx`);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nyckeltal')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Intäkter', 0, -229]);
  });
});
