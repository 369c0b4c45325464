import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { EXAMPLE_PRICE_LIST_ROWS, type PriceListRow } from '@insikt/core';
import { auditLog } from '../src/db/schema';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

let ctx: TestContext;
let association: string;
let admin: Session;
let reader: Session;

// The contract's example body (socioeconomic.md "Calculation interface"): Jobbstudion's figures.
const contractBody = {
  priceList: {
    wage: 400000,
    employerContribution: 0.28125,
    taxMunicipality: 0.2067,
    taxRegion: 0.117,
    support: { forsorjningsstod: { amount: 110000, payer: 'kommun', taxable: false } },
    resources: {},
  },
  costPerParticipant: 52000,
  fundingShares: { fk: 0.5, region: 0.25, kommun: 0.25 },
  persistence: 1,
  discountRate: 0,
  cases: [
    {
      label: 'typfall 1',
      weight: 19,
      gender: 'kvinna',
      before: { work: 0, support: {} },
      after: { work: 0.24, support: {} },
    },
  ],
};

interface Report {
  participants: number;
  actors: Record<
    string,
    { perParticipant: Record<string, number>; total: Record<string, number>; paybackMonths: number | null }
  >;
  effectiveness: number;
  byGender: Record<string, { participants: number }>;
  priceList: { id: string | null; isExample: boolean; values: { support: Record<string, { amount: number }> } };
}

const calculate = (session: Session, body: unknown) =>
  call(ctx, session, 'POST', '/api/v1/socioeconomic/calculate', body);

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
});
afterAll(() => ctx.close());

describe('POST /socioeconomic/calculate', () => {
  it('returns the contract’s figures for the example body', async () => {
    const response = await calculate(reader, contractBody);
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report.participants).toBe(19);
    expect(report.actors.samhallet!.perParticipant).toMatchObject({
      annualGain: 123000,
      netBenefit1: 71000,
      netBenefit5: 563000,
    });
    expect(report.actors.samhallet!.total).toMatchObject({ netBenefit1: 1349000, netBenefit5: 10697000 });
    expect(report.actors.samhallet!.paybackMonths).toBe(6);
    expect(report.effectiveness).toBeCloseTo(0.24, 10);
    expect(Object.keys(report.actors)).toEqual([
      'individ',
      'kommun',
      'region',
      'fk',
      'af',
      'ovrig_stat',
      'staten',
      'samhallet',
    ]);
    expect(report.byGender.kvinna!.participants).toBe(19);
  });

  it('fills rows the input leaves out from the active price list (the national examples)', async () => {
    const { priceList: _p, ...withoutPrices } = contractBody;
    const report = (await calculate(admin, withoutPrices)).json<Report>();
    expect(report.priceList.isExample).toBe(true);
    expect(report.priceList.values.support.a_kassa!.amount).toBe(180000);
    // 336 000 × 0,24 × 1,3142 = 105 977,09 kr a year for society.
    expect(report.actors.samhallet!.perParticipant.annualGain).toBe(105977);
  });

  it('refuses bad input with a 400 that names the field', async () => {
    const cases = [
      [{ ...contractBody, cases: undefined }, 'cases'],
      [{ ...contractBody, costPerParticipant: -1 }, 'costPerParticipant'],
      [{ ...contractBody, fundingShares: { fk: 1.5 } }, 'fundingShares.fk'],
      [{ ...contractBody, fundingShares: { fk: 0.5, region: 0.25 } }, 'fundingShares'],
      [{ ...contractBody, persistence: 1.2 }, 'persistence'],
      [{ ...contractBody, cases: [{ ...contractBody.cases[0], weight: 1e12 }] }, 'cases.0.weight'],
      [
        { ...contractBody, cases: [{ ...contractBody.cases[0], after: { work: 0.8, support: { a_kassa: 0.5 } } }] },
        'cases.0.after.work',
      ],
      [
        { ...contractBody, cases: [{ ...contractBody.cases[0], before: { work: 0, support: { lon: 1 } } }] },
        'cases.0.before.support',
      ],
      [{ ...contractBody, priceList: { ...contractBody.priceList, wage: -5 } }, 'priceList.wage'],
      [{ ...contractBody, extra: true }, ''],
    ] as const;
    for (const [body, field] of cases) {
      const response = await calculate(admin, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const error = response.json<{ error: { message: string; issues?: { field: string; message: string }[] } }>()
        .error;
      if (field)
        expect(
          error.issues?.map((i) => i.field),
          field,
        ).toContain(field);
      expect(error.issues?.every((i) => /[a-zåäö]/i.test(i.message))).toBe(true);
    }
  });

  it('refuses anyone not logged in', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/socioeconomic/calculate',
      payload: contractBody,
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('price lists', () => {
  interface PriceList {
    id: string;
    associationId: string | null;
    year: number;
    name: string;
    rows: PriceListRow[];
    isExample: boolean;
    version: number;
  }

  it('starts from the national examples, which a förbund copies and edits with a source per row', async () => {
    const lists = (await call(ctx, admin, 'GET', '/api/v1/price-lists')).json<PriceList[]>();
    const national = lists.find((l) => l.associationId === null)!;
    expect(national).toMatchObject({ year: 2024, isExample: true });
    expect(national.rows).toEqual(EXAMPLE_PRICE_LIST_ROWS);
    expect(national.rows.every((r) => r.source.length > 0)).toBe(true);

    const copy = await call(ctx, admin, 'POST', `/api/v1/associations/${association}/price-lists`, {
      fromId: national.id,
      year: 2025,
      name: 'Vår prislista 2025',
    });
    expect(copy.statusCode).toBe(201);
    const own = copy.json<PriceList>();
    const rows = own.rows.map((r) =>
      r.key === 'wage' ? { ...r, amount: 350000, source: 'SCB lönestrukturstatistik 2025, undersköterskor' } : r,
    );
    const saved = await call(ctx, admin, 'PUT', `/api/v1/price-lists/${own.id}`, {
      name: own.name,
      rows,
      version: own.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<PriceList>()).toMatchObject({ version: 2, isExample: false });

    // A stale version is refused, not overwritten.
    const stale = await call(ctx, admin, 'PUT', `/api/v1/price-lists/${own.id}`, {
      name: own.name,
      rows,
      version: own.version,
    });
    expect(stale.statusCode).toBe(409);

    // The change is audited with the row before and after.
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'price_list.update'), eq(auditLog.entityId, own.id)));
    expect(entry!.details).toMatchObject({
      changes: [
        { key: 'wage', before: { amount: 336000 }, after: { amount: 350000, source: expect.stringContaining('SCB') } },
      ],
    });

    // The förbund's own list is now the active one for calculations.
    const report = (await calculate(admin, { ...contractBody, priceList: undefined })).json<Report>();
    expect(report.priceList.id).toBe(own.id);
  });

  it('refuses a row without a source, and fractions given as percent', async () => {
    const lists = (await call(ctx, admin, 'GET', '/api/v1/price-lists')).json<PriceList[]>();
    const own = lists.find((l) => l.associationId === association)!;
    const noSource = own.rows.map((r) => (r.key === 'taxRegion' ? { ...r, source: ' ' } : r));
    const bad = await call(ctx, admin, 'PUT', `/api/v1/price-lists/${own.id}`, {
      name: own.name,
      rows: noSource,
      version: own.version,
    });
    expect(bad.statusCode).toBe(400);
    const percent = own.rows.map((r) => (r.key === 'taxRegion' ? { ...r, amount: 11.7 } : r));
    const badPercent = await call(ctx, admin, 'PUT', `/api/v1/price-lists/${own.id}`, {
      name: own.name,
      rows: percent,
      version: own.version,
    });
    expect(badPercent.statusCode).toBe(400);
    expect(badPercent.body).toContain('andel');
  });

  it('keeps a förbund’s list from other förbund and from readers’ edits', async () => {
    const lists = (await call(ctx, admin, 'GET', '/api/v1/price-lists')).json<PriceList[]>();
    const own = lists.find((l) => l.associationId === association)!;
    const other = (await seedAssociation(ctx)).id;
    const stranger = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
    expect((await call(ctx, stranger, 'GET', `/api/v1/price-lists/${own.id}`)).statusCode).toBe(404);
    const theirs = (await call(ctx, stranger, 'GET', '/api/v1/price-lists')).json<PriceList[]>();
    expect(theirs.some((l) => l.id === own.id)).toBe(false);
    const edit = await call(ctx, reader, 'PUT', `/api/v1/price-lists/${own.id}`, {
      name: 'x',
      rows: own.rows,
      version: own.version,
    });
    expect(edit.statusCode).toBe(403);
    // Only a system administrator edits the national default.
    const national = lists.find((l) => l.associationId === null)!;
    const nationalEdit = await call(ctx, admin, 'PUT', `/api/v1/price-lists/${national.id}`, {
      name: national.name,
      rows: national.rows,
      version: national.version,
    });
    expect(nationalEdit.statusCode).toBe(403);
  });
});
