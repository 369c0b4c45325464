import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beforeAfterTables,
  OCCUPATIONS,
  SUPPORT_CODES,
  tallyBeforeAfter,
  type BeforeAfterRecord,
  type BeforeAfterTables,
  type OutcomeRecord,
} from '@insikt/core';
import { baseRecord } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
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
import { insertRecords, random } from './report-fixtures';
import { pdfText } from './pdf-text';

type Row = OutcomeRecord & Omit<BeforeAfterRecord, 'gender'>;

let ctx: TestContext;
let association: string;
let admin: Session;

interface Report {
  report: string;
  suppressed: boolean;
  groups: (BeforeAfterTables & {
    key: string;
    label: string;
    scope: unknown;
    protected: boolean;
    suppressionReasons?: Record<string, string>;
  })[];
}

const beforeAfter = (session: Session, query: string) =>
  call(ctx, session, 'GET', `/api/v1/reports/before-after?${query}`);

async function newIntervention(associationId: string, session: Session) {
  const response = await call(ctx, session, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name: unique('Insats'),
    kind: 'individual',
    startDate: '2015-01-01',
  });
  return response.json<{ id: string }>().id;
}

const row = (
  gender: Row['gender'],
  support: [string[], string[]],
  occupation: [string[], string[]],
  i: number,
): Row => ({
  ...baseRecord,
  personKey: `p${i}`,
  gender,
  supportBefore: support[0],
  supportAfter: support[1],
  occupationBefore: occupation[0],
  occupationAfter: occupation[1],
});

// Hand-counted in packages/core/src/outcome/before-after.test.ts; here through SQL and the API.
const handCounted: Row[] = [
  row('kvinna', [['a_kassa', 'forsorjningsstod'], ['lon']], [['arbetssokande'], ['arbete']], 1),
  row('kvinna', [['sjukpenning'], ['sjukpenning']], [['sjukskriven'], ['sjukskriven']], 2),
  row('man', [['a_kassa'], ['lon', 'a_kassa']], [['arbetssokande'], ['arbete']], 3),
  row('man', [['a_kassa', 'a_kassa'], ['studiemedel']], [[], ['studier']], 4),
  // Never counted: a registration error, and an exit after the period.
  { ...row('man', [['a_kassa'], ['lon']], [[], []], 5), exitReason: 'felregistrering' },
  { ...row('man', [['a_kassa'], ['lon']], [[], []], 6), exitDate: '2020-01-15' },
];

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx, unique('Förbund'))).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  await insertRecords(ctx, association, await newIntervention(association, admin), handCounted);
});
afterAll(() => ctx.close());

describe('the before/after report through the API', () => {
  it('counts support and occupation before and after per gender, with the cross-table', async () => {
    const response = await beforeAfter(admin, 'from=2019-01-01&to=2019-12-31');
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report).toMatchObject({ report: 'before-after', suppressed: false });
    const group = report.groups[0]!;
    expect(group.antal).toEqual({ total: 4, kvinna: 2, man: 2 });
    const aKassa = group.support.find((r) => r.code === 'a_kassa')!;
    expect(aKassa.before).toEqual({ total: 3, kvinna: 1, man: 2 });
    expect(aKassa.beforeShare).toEqual({ total: 0.75, kvinna: 0.5, man: 1 });
    const toWork = group.transitions.find((t) => t.before === 'a_kassa' && t.after === 'lon')!;
    expect(toWork.count).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(group.occupation.find((r) => r.code === 'arbete')!.after.total).toBe(2);
  });

  it('suppresses small counts for a reader, and shows another förbund nothing', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
    const report = (await beforeAfter(reader, 'from=2019-01-01&to=2019-12-31')).json<Report>();
    expect(report.suppressed).toBe(true);
    const group = report.groups[0]!;
    expect(group.antal).toEqual({ total: null, kvinna: null, man: null });
    expect(group.support.every((r) => r.before.total === null || r.before.total === 0)).toBe(true);
    expect(group.suppressionReasons?.['antal.total']).toBe('small_count');

    const stranger = (await seedAssociation(ctx)).id;
    const strangerAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', stranger)).email);
    expect((await beforeAfter(strangerAdmin, 'from=2019-01-01&to=2019-12-31')).json<Report>().groups).toEqual([]);
  });

  it('is part of the board PDF: both tables and the chart', async () => {
    const response = await call(ctx, admin, 'GET', '/api/v1/reports/outcome?from=2019-01-01&to=2019-12-31&format=pdf');
    const text = (await pdfText(new Uint8Array(response.rawPayload))).pages.join(' ');
    expect(text).toContain('Försörjning och sysselsättning före och efter');
    // A-kassa: before 3 (75 %), 1 woman (50 %), 2 men (100 %); at exit 1 man.
    // pdf.js may split the text run after a hyphen.
    expect(text).toMatch(/A- ?kassa 3 \(75 %\) 1 \(50 %\) 2 \(100 %\) 1 \(25 %\) 0 \(0 %\) 1 \(50 %\)/);
    expect(text).toContain('Arbetssökande 2 (50 %)');
    expect(text).toContain('Försörjning före start och vid avslut, andel av avslutade (totalt)');
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await beforeAfter(admin, 'from=2019-12-31&to=2019-01-01');
    expect(response.statusCode).toBe(400);
  });

  it('equals the definitions in packages/core on a random dataset', async () => {
    const next = random(7_2019);
    const codes = (list: readonly string[]) =>
      Array.from({ length: Math.floor(next() * 3) }, () => list[Math.floor(next() * list.length)]!);
    const records: Row[] = Array.from({ length: 400 }, (_, i) => ({
      ...baseRecord,
      personKey: next() < 0.2 ? null : `r${i}`,
      gender: next() < 0.5 ? 'kvinna' : 'man',
      exitDate: next() < 0.1 ? '2021-03-01' : '2019-06-30',
      exitReason: next() < 0.05 ? 'felregistrering' : 'arbete',
      supportBefore: codes(SUPPORT_CODES),
      supportAfter: codes(SUPPORT_CODES),
      occupationBefore: codes(OCCUPATIONS),
      occupationAfter: codes(OCCUPATIONS),
    }));
    const own = (await seedAssociation(ctx)).id;
    const owner = await login(ctx, (await seedUser(ctx, 'association_admin', own)).email);
    await insertRecords(ctx, own, await newIntervention(own, owner), records);

    const report = (await beforeAfter(owner, 'from=2019-01-01&to=2019-12-31')).json<Report>();
    const counted = records.filter((r) => r.exitDate <= '2019-12-31' && r.exitReason !== 'felregistrering');
    const { antal, ...expected } = beforeAfterTables(tallyBeforeAfter(counted));
    expect(antal.total).toBeGreaterThan(300);
    const { key: _k, label: _l, scope: _s, protected: _p, ...actual } = report.groups[0]!;
    expect(actual).toEqual({ antal, ...expected });
  });
});
