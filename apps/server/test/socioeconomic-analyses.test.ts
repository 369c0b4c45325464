import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { pdfText } from './pdf-text';
import { insertRecords } from './report-fixtures';

let ctx: TestContext;
let association: string;
let intervention: string;
let admin: Session;
const base = () => `/api/v1/associations/${association}/interventions/${intervention}/socioeconomic`;

interface Preview {
  mode: string;
  pooled: boolean;
  groups: { key: string; gender: string; weight: number; overridden: boolean; before: { work: number } }[];
  cost: { total: number; perParticipant: number; source: string };
  report: {
    participants: number;
    actors: Record<string, { perParticipant: Record<string, number>; paybackMonths: number | null }>;
    priceList: { isExample: boolean };
  };
}

// 19 exits in 2019: from ekonomiskt bistånd without work to 24 % work (9,6 h a week); 4 of them men
// who stayed on försörjningsstöd. The insats cost 988 000 kr in 2019: 52 000 kr per participant.
const women = Array.from({ length: 15 }, (_, i) => ({
  ...baseRecord,
  personKey: `k${i}`,
  gender: 'kvinna' as const,
  workHoursBefore: 0,
  workHoursAfter: 9.6,
  supportBefore: ['forsorjningsstod'],
  supportAfter: ['lon'],
}));
const men = Array.from({ length: 4 }, (_, i) => ({
  ...baseRecord,
  personKey: `m${i}`,
  gender: 'man' as const,
  workHoursBefore: 0,
  workHoursAfter: 0,
  supportBefore: ['forsorjningsstod'],
  supportAfter: ['forsorjningsstod'],
}));

const choices = { from: '2019-01-01', to: '2019-12-31' };

beforeAll(async () => {
  ctx = await startTestApp();
  association = (await seedAssociation(ctx)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  const created = await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions`, {
    name: unique('Jobbstudion'),
    kind: 'individual',
    startDate: '2018-01-01',
    budgets: [{ year: 2019, budget: 1_000_000, actualCost: 988_000 }],
  });
  intervention = created.json<{ id: string }>().id;
  await insertRecords(ctx, association, intervention, [...women, ...men]);
});
afterAll(() => ctx.close());

describe('an analysis of an insats’s participants', () => {
  it('derives groups from the registrations and the cost per participant from the recorded cost', async () => {
    const response = await call(ctx, admin, 'POST', `${base()}/preview`, choices);
    expect(response.statusCode).toBe(200);
    const preview = response.json<Preview>();
    expect(preview.mode).toBe('participants');
    expect(preview.pooled).toBe(false);
    expect(preview.groups.map((g) => [g.gender, g.weight])).toEqual([
      ['kvinna', 15],
      ['man', 4],
    ]);
    expect(preview.cost).toMatchObject({ total: 988_000, perParticipant: 52_000, source: 'recorded' });
    // Women: 24 % of 336 000 × 1,3142 = 105 977,09 kr a year; men: nothing. Mean over 19: 83 666,1.
    expect(preview.report.actors.samhallet!.perParticipant.annualGain).toBe(83_666);
    expect(preview.report.priceList.isExample).toBe(true);
  });

  it('lets any group be overridden, and an entered cost replace the recorded one', async () => {
    const first = (await call(ctx, admin, 'POST', `${base()}/preview`, choices)).json<Preview>();
    const menKey = first.groups.find((g) => g.gender === 'man')!.key;
    const preview = (
      await call(ctx, admin, 'POST', `${base()}/preview`, {
        ...choices,
        totalCost: 950_000,
        overrides: {
          [menKey]: { before: { work: 0, support: { forsorjningsstod: 1 } }, after: { work: 0.24, support: {} } },
        },
      })
    ).json<Preview>();
    expect(preview.groups.find((g) => g.key === menKey)!.overridden).toBe(true);
    expect(preview.cost).toMatchObject({ total: 950_000, perParticipant: 50_000, source: 'entered' });
    expect(preview.report.actors.samhallet!.perParticipant.annualGain).toBe(105_977);
  });

  it('runs on typfall entered by hand', async () => {
    const preview = (
      await call(ctx, admin, 'POST', `${base()}/preview`, {
        ...choices,
        totalCost: 52_000 * 19,
        typfall: [
          {
            label: 'Från bistånd till deltid',
            weight: 19,
            before: { work: 0, support: {} },
            after: { work: 0.24, support: {} },
          },
        ],
      })
    ).json<Preview>();
    expect(preview.mode).toBe('typfall');
    expect(preview.report.participants).toBe(19);
    expect(preview.report.actors.samhallet!.perParticipant.netBenefit1).toBe(105_977 - 52_000);
  });

  it('saves an analysis that keeps its inputs, lists it, and exports PDF and Excel', async () => {
    const saved = await call(ctx, admin, 'POST', `${base()}/analyses`, { ...choices, name: 'Utvärdering 2019' });
    expect(saved.statusCode).toBe(201);
    const analysis = saved.json<{
      id: string;
      priceListVersion: number;
      input: { model: { costPerParticipant: number } };
    }>();
    expect(analysis.input.model.costPerParticipant).toBe(52_000);
    expect(analysis.priceListVersion).toBe(1);
    const list = (await call(ctx, admin, 'GET', `${base()}/analyses`)).json<{ id: string; name: string }[]>();
    expect(list.map((a) => a.name)).toContain('Utvärdering 2019');

    const pdf = await call(ctx, admin, 'GET', `${base()}/analyses/${analysis.id}?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(pdf.rawPayload))).pages.join(' ');
    expect(text).toMatch(/^Nyttoberäkning – Jobbstudion/);
    expect(text).toContain('Samhällets vinst är 83 666 kr per deltagare och år.');
    expect(text).toContain('Prislistan innehåller exempelvärden');
    expect(text).toContain('Kvinnor och män');
    expect(text).toContain('Beräkningen fångar inte livskvalitet');

    const xlsx = await call(ctx, admin, 'GET', `${base()}/analyses/${analysis.id}?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Resultat', 'Känslighet', 'Kvinnor och män', 'Antaganden']);
    let society: ExcelJS.Row | undefined;
    workbook.getWorksheet('Resultat')!.eachRow((row) => {
      if (row.getCell(1).value === 'Samhället') society = row;
    });
    expect(society!.getCell(2).value).toBe(83_666);
  });

  it('protects an evaluator: whole years, no gender of 1–4, no overrides of hidden groups; other förbund see nothing', async () => {
    const evaluator = await seedUser(ctx, 'evaluator', association);
    // An evaluator works on assigned insatser: assign this one.
    await call(ctx, admin, 'POST', `/api/v1/associations/${association}/interventions/${intervention}/staff`, {
      userId: evaluator.id,
      role: 'evaluator',
    });
    const session = await login(ctx, evaluator.email);
    // Four men: any analysis of the year would show them (all minus the women's analysis).
    const fourMen = await call(ctx, session, 'POST', `${base()}/preview`, choices);
    expect(fourMen.statusCode).toBe(400);
    expect(fourMen.json<{ error: { message: string } }>().error.message).toContain('färre än 5 avslutade män');
    const halfYear = await call(ctx, session, 'POST', `${base()}/preview`, { from: '2019-01-01', to: '2019-06-30' });
    expect(halfYear.json<{ error: { message: string } }>().error.message).toContain('helt kalenderår');
    // A saved analysis of the same year is left out of the evaluator's list and refused when asked for.
    const saved = await call(ctx, admin, 'POST', `${base()}/analyses`, { ...choices, name: 'Skyddad?' });
    expect(saved.statusCode).toBe(201);
    const list = (await call(ctx, session, 'GET', `${base()}/analyses`)).json<{ id: string }[]>();
    expect(list.map((a) => a.id)).not.toContain(saved.json<{ id: string }>().id);
    const one = await call(ctx, session, 'GET', `${base()}/analyses/${saved.json<{ id: string }>().id}`);
    expect(one.statusCode).toBe(403);

    const stranger = await login(
      ctx,
      (await seedUser(ctx, 'association_admin', (await seedAssociation(ctx)).id)).email,
    );
    expect((await call(ctx, stranger, 'POST', `${base()}/preview`, choices)).statusCode).toBe(404);
    expect((await call(ctx, stranger, 'GET', `${base()}/analyses`)).statusCode).toBe(404);
  });

  it('refuses a period that ends before it starts and an unknown price list', async () => {
    expect(
      (await call(ctx, admin, 'POST', `${base()}/preview`, { from: '2019-12-31', to: '2019-01-01' })).statusCode,
    ).toBe(400);
    const missing = await call(ctx, admin, 'POST', `${base()}/preview`, {
      ...choices,
      priceListId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});
