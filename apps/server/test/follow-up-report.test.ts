import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventions, participations } from '../src/db/schema';
import { followUpReport } from '../src/modules/reports/follow-up-report';
import { cliActor } from '../src/platform/actor';
import { call, login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

/**
 * The follow-up report (issue 12 §8) against a fixture built by hand: the figures below are
 * counted from the rows, not computed by the code under test.
 */
let ctx: TestContext;
let A: string;
let insats: string;
let admin: Session;
let reader: Session;

type Row = Partial<typeof participations.$inferInsert>;
const none = { workHoursAfter: 0, studyHoursAfter: 0 };
// Judged on 2025-12-01: every 6-month window of these exits has closed, and every 12-month
// window but that of the exit on 2024-12-20 (open 2025-11-20 … 2026-03-20).
const FIXTURE: Row[] = [
  // 1. Woman in work at exit, in work at 6 and 12 months.
  {
    gender: 'kvinna',
    exitDate: '2024-03-15',
    workHoursAfter: 40,
    ...fu('6m', { work: 40 }),
    ...fu('12m', { work: 30 }),
  },
  // 2. Woman in studies at exit (studiemedel), not reached at 6 months, on a-kassa at 12.
  {
    gender: 'kvinna',
    exitDate: '2024-05-02',
    ...none,
    supportAfter: ['studiemedel'],
    followUp6mDate: '2024-10-15',
    followUp6mReached: false,
    ...fu('12m', { support: ['a_kassa'] }),
  },
  // 3. Woman on försörjningsstöd at exit, never followed up: missing at 6 and 12 months.
  { gender: 'kvinna', exitDate: '2024-06-30', ...none, supportAfter: ['forsorjningsstod'] },
  // 4. Man in work at exit, in work at 6 months by occupation; 12 months not yet due.
  { gender: 'man', exitDate: '2024-12-20', workHoursAfter: 20, ...fu('6m', { occupation: ['arbete'] }) },
  // 5. Man on sjukpenning at exit; a follow-up from before the windows: codes only, no date.
  {
    gender: 'man',
    exitDate: '2024-02-01',
    ...none,
    supportAfter: ['sjukpenning'],
    followUp6m: ['lon'],
    followUp12m: ['sjukpenning'],
  },
  // Not counted: a registration error, and an exit outside the period.
  { gender: 'man', exitDate: '2024-04-01', exitReason: 'felregistrering', workHoursAfter: 40 },
  { gender: 'kvinna', exitDate: '2023-12-31', workHoursAfter: 40 },
];

function fu(kind: '6m' | '12m', s: { work?: number; support?: string[]; occupation?: string[] }): Row {
  const date = kind === '6m' ? '2024-12-01' : '2025-06-01';
  return kind === '6m'
    ? {
        followUp6mDate: date,
        followUp6mReached: true,
        followUp6m: s.support ?? [],
        followUp6mOccupation: s.occupation ?? [],
        followUp6mWorkHours: s.work ?? 0,
      }
    : {
        followUp12mDate: date,
        followUp12mReached: true,
        followUp12m: s.support ?? [],
        followUp12mOccupation: s.occupation ?? [],
        followUp12mWorkHours: s.work ?? 0,
      };
}

beforeAll(async () => {
  ctx = await startTestApp();
  A = (await seedAssociation(ctx)).id;
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ associationId: A, name: 'Uppföljd insats', kind: 'individual', startDate: '2023-01-01' })
    .returning();
  insats = row!.id;
  await ctx.database.db.insert(participations).values(
    FIXTURE.map((r, i) => ({
      associationId: A,
      interventionId: insats,
      consent: false,
      anonymousKey: `fixture-${i}`,
      birthYear: 1990,
      startDate: '2023-06-01',
      exitReason: 'annan',
      gender: 'kvinna' as const,
      ...r,
    })),
  );
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
});
afterAll(() => ctx.close());

describe('the follow-up report', () => {
  it('counts the cohort at exit, 6 and 12 months per gender, with the response rate, as counted by hand', async () => {
    const report = await followUpReport(ctx.database.db, cliActor(), {
      from: '2024-01-01',
      to: '2024-12-31',
      groupBy: 'intervention',
      disclosure: ctx.app.disclosure,
      today: '2025-12-01',
    });
    expect(report.groups).toHaveLength(1);
    const cells = report.groups[0]!.cells;
    const c = (id: string) => cells[id];
    expect(c('exit.antal')).toEqual({ total: 5, kvinna: 3, man: 2 });
    expect(c('exit.arbete')).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(c('exit.studier')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(c('exit.offentlig')).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(c('6m.nadd')).toEqual({ total: 3, kvinna: 1, man: 2 });
    expect(c('6m.ej_nadd')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(c('6m.saknas')).toEqual({ total: 1, kvinna: 1, man: 0 });
    expect(c('6m.ej_aktuell')).toEqual({ total: 0, kvinna: 0, man: 0 });
    expect(c('6m.svarsfrekvens')).toEqual({ total: 0.6, kvinna: 1 / 3, man: 1 });
    expect(c('6m.arbete')).toEqual({ total: 3, kvinna: 1, man: 2 });
    expect(c('12m.ej_aktuell')).toEqual({ total: 1, kvinna: 0, man: 1 });
    expect(c('12m.aktuell')).toEqual({ total: 4, kvinna: 3, man: 1 });
    expect(c('12m.nadd')).toEqual({ total: 3, kvinna: 2, man: 1 });
    expect(c('12m.svarsfrekvens')).toEqual({ total: 0.75, kvinna: 2 / 3, man: 1 });
    expect(c('12m.offentlig')).toEqual({ total: 2, kvinna: 1, man: 1 });
    expect(c('12m.kvar_bas')).toEqual({ total: 2, kvinna: 2, man: 0 });
    expect(c('12m.kvar_andel')).toEqual({ total: 0.5, kvinna: 0.5, man: null });
  });

  it('answers in JSON, CSV and Excel with number cells, and protects the figures for a reader', async () => {
    const query = 'from=2024-01-01&to=2024-12-31&groupBy=intervention';
    const json = await call(ctx, admin, 'GET', `/api/v1/reports/follow-up?${query}`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json<{ suppressed: boolean; groups: { cells: Record<string, { total: number }> }[] }>()).toMatchObject({
      report: 'follow-up',
      suppressed: false,
      groups: [{ cells: { 'exit.antal': { total: 5 }, '6m.saknas': { total: 1 } } }],
    });
    const csv = await call(ctx, admin, 'GET', `/api/v1/reports/follow-up?${query}&format=csv`);
    // Judged today, the 12-month window of the exit on 2024-12-20 has closed too: 3 reached of 5 due.
    expect(csv.body).toContain('12 månader efter avslut: Svarsfrekvens;60 %;67 %;50 %');
    const xlsx = await call(ctx, admin, 'GET', `/api/v1/reports/follow-up?${query}&format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues() as unknown[][];
    const rate = sheet.getRow(
      rows.findIndex((r) => String(r?.[1]).endsWith('Svarsfrekvens') && String(r?.[1]).startsWith('12')),
    );
    expect(rate.getCell(2).value).toBe(0.6);
    expect(rate.getCell(2).numFmt).toBe('0 %');
    // A reader gets protected figures only, and for whole calendar periods.
    const forReader = await call(ctx, reader, 'GET', `/api/v1/reports/follow-up?${query}`);
    const protectedReport = forReader.json<{
      suppressed: boolean;
      groups: { cells: Record<string, { kvinna: number | null }> }[];
    }>();
    expect(protectedReport.suppressed).toBe(true);
    expect(protectedReport.groups[0]!.cells['exit.antal']!.kvinna).toBeNull();
    const free = await call(ctx, reader, 'GET', '/api/v1/reports/follow-up?from=2024-01-01&to=2024-11-30');
    expect(free.statusCode).toBe(400);
    // One insats only as a column of the per-insats report, never under the förbund's name.
    const oneUnderForbund = await call(
      ctx,
      reader,
      'GET',
      `/api/v1/reports/follow-up?from=2024-01-01&to=2024-12-31&groupBy=association&interventionId=${insats}`,
    );
    expect(oneUnderForbund.statusCode).toBe(400);
  });
});
