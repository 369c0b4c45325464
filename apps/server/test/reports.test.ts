import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregateRecords,
  EDUCATION_LEVELS,
  EXIT_REASONS,
  inOutcomePeriod,
  OUTCOME_COLUMNS,
  OUTCOME_INDICATORS,
  outcomeCells,
  protectionOfRecords,
  protectOutcomeCells,
  PUBLIC_SUPPORT_DURATIONS,
  type OutcomeRecord,
} from '@insikt/core';
import { finnveden2019, published } from '../../../packages/core/src/outcome/finnveden-2019.fixture';
import {
  call,
  grantRole,
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

let ctx: TestContext;
let finnveden: string;
let other: string;
let admin: Session;

async function createIntervention(associationId: string, session: Session, name = unique('Insats')) {
  const response = await call(ctx, session, 'POST', `/api/v1/associations/${associationId}/interventions`, {
    name,
    kind: 'individual',
    startDate: '2015-01-01',
  });
  return response.json<{ id: string }>().id;
}

interface Report {
  suppressed: boolean;
  protection?: { method: string; threshold: number; maxNoise: number; period: string };
  groups: {
    key: string;
    label: string;
    protected: boolean;
    scope: {
      level: string;
      associations: { count: number; ids: string[] };
      interventions: 'all' | { ids: string[]; of: number };
      complete: boolean;
    };
    cells: Record<string, Record<string, number | null>>;
    suppressedCells?: string[];
  }[];
}
const outcome = (session: Session, query: string) => call(ctx, session, 'GET', `/api/v1/reports/outcome?${query}`);

beforeAll(async () => {
  ctx = await startTestApp();
  finnveden = (await seedAssociation(ctx, unique('Finnveden'))).id;
  other = (await seedAssociation(ctx, unique('Höglandet'))).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', finnveden)).email);
  await insertRecords(ctx, finnveden, await createIntervention(finnveden, admin, 'Finnveden 2019'), finnveden2019);
  const otherAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', other)).email);
  await insertRecords(ctx, other, await createIntervention(other, otherAdmin), finnveden2019.slice(0, 3));
});
afterAll(() => ctx.close());

describe('the outcome report through the API', () => {
  it('prints the published Finnveden 2019 figures in the CSV table', async () => {
    const response = await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=association&format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      // A decimal comma is quoted (a comma-separating Excel must not split it); no cell holds a quote.
      .map((l) => l.split(';').map((c) => c.replace(/^"(.*)"$/, '$1')));
    expect(lines[0]!.slice(1, 4)).toEqual([
      expect.stringMatching(/Totalt$/),
      expect.stringMatching(/Kvinnor$/),
      expect.stringMatching(/Män$/),
    ]);
    const printed = Object.fromEntries(OUTCOME_INDICATORS.map(({ id }, i) => [id, lines[i + 1]!.slice(1, 4)]));
    expect(printed).toEqual(published);
  });

  it('returns the contract’s JSON: unrounded values, the actor’s own förbund only', async () => {
    const report = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=association')).json<
      Report & { report: string; period: unknown; groupBy: string }
    >();
    expect(report).toMatchObject({
      report: 'outcome',
      period: { from: '2019-01-01', to: '2019-12-31' },
      groupBy: 'association',
      suppressed: false,
    });
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.key).toBe(finnveden);
    expect(report.groups[0]!.cells.antal).toEqual({ total: 49, kvinna: 23, man: 26 });
    expect(report.groups[0]!.cells.andel_forvarvsarbete!.total).toBeCloseTo(0.5714, 4);
  });

  it('exports a formatted Excel workbook with one sheet per grouping and the published figures', async () => {
    const response = await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=association&format=xlsx');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Per förbund', 'Per insats', 'Per län', 'Riket']);
    const sheet = workbook.worksheets[0]!;
    const row = (label: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(1).value === label) found = r;
      });
      return found!;
    };
    expect([2, 3, 4].map((c) => row('Antal').getCell(c).value)).toEqual([49, 23, 26]);
    const share = row('Andel i förvärvsarbete').getCell(2);
    expect(share.value).toBe(0.57);
    expect(share.numFmt).toBe('0 %');
    expect(row('Förvärvsarbete motsvarande antal heltidsarbeten').getCell(3).value).toBe(8.5);
  });

  it('exports a PDF for the board that opens and shows the figures, charts and before/after tables', async () => {
    const response = await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=association&format=pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('utfall-2019-01-01-2019-12-31.pdf');
    const { pages, title } = await pdfText(new Uint8Array(response.rawPayload));
    expect(title).toBe('Utfallsrapport');
    const text = pages.join(' ');
    expect(text).toContain('Andel i förvärvsarbete efter avslut, kvinnor och män');
    const group = pages.find((p) => p.includes('Avslutade deltagare Totalt Kvinnor Män'))!;
    expect(group).toContain('Antal 49 23 26');
    expect(group).toContain('Andel i förvärvsarbete 57 % 39 % 73 %');
    // The gender-equality flags name the gap in work.
    expect(group).toContain('Jämställdhet');
  });

  it('groups by insats, and sets the förbund beside the real län and riket over all förbund (issue 12 §1)', async () => {
    const byIntervention = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=intervention')).json<Report>();
    expect(byIntervention.groups.map((g) => g.label)).toEqual([expect.stringContaining('Finnveden 2019')]);
    const byCounty = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=county')).json<Report>();
    const [own, county] = byCounty.groups;
    // The förbundschef's own förbund, exact, as its own column.
    expect(own).toMatchObject({ key: finnveden, protected: false, scope: { level: 'association', complete: true } });
    expect(own!.cells.antal).toEqual({ total: 49, kvinna: 23, man: 26 });
    // The län holds every förbund's exits (Finnveden's 49 and the other förbund's 3), protected: never
    // Finnveden's figures under the län's name.
    expect(county).toMatchObject({ key: '06', protected: true, scope: { level: 'county', complete: true } });
    expect(county!.label).toMatch(/^Jönköpings län \(\d+ förbund\)$/);
    expect(county!.scope.associations.count).toBeGreaterThanOrEqual(2);
    expect(county!.scope.associations.ids).toEqual([finnveden]);
    expect(Math.abs(county!.cells.antal!.total! - 52)).toBeLessThanOrEqual(2);
    expect(county!.cells.antal!.total).toBeGreaterThan(49);
    expect(byCounty.suppressed).toBe(true);
    // The same record keys: the län shows the same figures to the förbundschef as to the national reader.
    const national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
    const nationalCounty = (await outcome(national, 'from=2019-01-01&to=2019-12-31&groupBy=county')).json<Report>();
    expect(nationalCounty.groups.find((g) => g.key === '06')!.cells).toEqual(county!.cells);
    // Riket: the förbund, its län and riket, over all förbund.
    const riket = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=national')).json<Report>();
    expect(riket.groups.map((g) => [g.key, g.protected])).toEqual([
      [finnveden, false],
      ['06', true],
      ['riket', true],
    ]);
    expect(riket.groups[2]!.label).toMatch(/^Riket \(\d+ förbund\)$/);
    expect(riket.groups[2]!.cells.antal!.total).toBeGreaterThan(49);
    // Other förbund's figures only for whole calendar periods, even for a role with free dates of its own.
    const freeDates = await outcome(admin, 'from=2019-01-01&to=2019-04-12&groupBy=county');
    expect(freeDates.statusCode).toBe(400);
    expect(freeDates.json<{ error: { message: string } }>().error.message).toContain('Jämförelser med län och riket');
    expect((await outcome(admin, 'from=2019-01-01&to=2019-04-12&groupBy=association')).statusCode).toBe(200);
    // Excel for free dates: the sheets without other förbund.
    const freeBook = new ExcelJS.Workbook();
    await freeBook.xlsx.load(
      (await outcome(admin, 'from=2019-01-01&to=2019-04-12&format=xlsx')).rawPayload as unknown as ArrayBuffer,
    );
    expect(freeBook.worksheets.map((w) => w.name)).toEqual(['Per förbund', 'Per insats']);
    // The exports carry the same columns: CSV and the Excel sheets of län and riket.
    const csv = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=county&format=csv')).body;
    expect(csv).toContain(`${county!.label} – Totalt`);
    expect(csv).toContain(`Antal;49;23;26;${county!.cells.antal!.total}`);
    const xlsx = await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=county&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const heading = (name: string) => {
      const texts: string[] = [];
      workbook.getWorksheet(name)!.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
      return texts;
    };
    expect(heading('Per län')).toContain(county!.label);
    expect(heading('Riket')).toContain(riket.groups[2]!.label);
    const pdf = await pdfText(
      new Uint8Array((await outcome(admin, 'from=2019-01-01&to=2019-12-31&groupBy=county&format=pdf')).rawPayload),
    );
    expect(pdf.pages.join(' ')).toContain(county!.label);
    // The before/after report has the same columns, with the län's protected antal.
    const beforeAfter = (
      await call(ctx, admin, 'GET', '/api/v1/reports/before-after?from=2019-01-01&to=2019-12-31&groupBy=county')
    ).json<{ groups: { key: string; label: string; protected: boolean; antal: unknown }[] }>();
    expect(beforeAfter.groups.map((g) => [g.key, g.label, g.protected])).toEqual([
      [finnveden, own!.label, false],
      ['06', county!.label, true],
    ]);
    expect(beforeAfter.groups[1]!.antal).toEqual(county!.cells.antal);
  });

  it('names a column of assigned insatser as such, with counts, in the JSON and every export (issue 12 §2)', async () => {
    const second = await createIntervention(finnveden, admin, 'Finnveden andra');
    const coach = await seedUser(ctx, 'participant_officer', finnveden);
    const list = (await call(ctx, admin, 'GET', `/api/v1/associations/${finnveden}/interventions`)).json<
      { id: string; name: string }[]
    >();
    const first = list.find((i) => i.name === 'Finnveden 2019')!.id;
    await call(ctx, admin, 'POST', `/api/v1/associations/${finnveden}/interventions/${first}/staff`, {
      userId: coach.id,
      role: 'participant_officer',
    });
    const session = await login(ctx, coach.email);
    const report = (await outcome(session, 'from=2019-01-01&to=2019-12-31&groupBy=association')).json<Report>();
    const name = (await call(ctx, admin, 'GET', `/api/v1/associations/${finnveden}`)).json<{ name: string }>().name;
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({
      key: finnveden,
      label: `Dina insatser i ${name} (1 av 2)`,
      protected: false,
      scope: { level: 'association', complete: false, interventions: { ids: [first], of: 2 } },
    });
    expect(report.groups[0]!.cells.antal).toEqual({ total: 49, kvinna: 23, man: 26 });
    const csv = (await outcome(session, 'from=2019-01-01&to=2019-12-31&groupBy=association&format=csv')).body;
    expect(csv).toContain(`Dina insatser i ${name} (1 av 2) – Totalt`);
    const pdf = await pdfText(
      new Uint8Array((await outcome(session, 'from=2019-01-01&to=2019-12-31&format=pdf')).rawPayload),
    );
    expect(pdf.pages.join(' ')).toContain(`Dina insatser i ${name} (1 av 2)`);
    // The förbund's own administrator sees the whole förbund under its name.
    const whole = (await outcome(admin, 'from=2019-01-01&to=2019-12-31')).json<Report>();
    expect(whole.groups[0]).toMatchObject({ label: name, scope: { complete: true, interventions: 'all' } });
    expect(second).toBeTruthy();
  });

  it('suppresses small counts for readers and for publication, never for the förbund’s own administrator', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', finnveden)).email);
    const forReader = (await outcome(reader, 'from=2019-01-01&to=2019-12-31')).json<Report>();
    expect(forReader.suppressed).toBe(true);
    expect(forReader.protection).toEqual({ method: 'cell_key', threshold: 5, maxNoise: 2, period: 'year' });
    // Counts from 5 up are moved by at most 2 (cell key method), never below 5.
    const exact = { total: 49, kvinna: 23, man: 26 };
    for (const column of OUTCOME_COLUMNS) {
      const shown = forReader.groups[0]!.cells.antal![column]!;
      expect(Math.abs(shown - exact[column])).toBeLessThanOrEqual(2);
    }
    // The same cell gives the same value in every export: the CSV has the JSON's figures.
    const readerCsv = (await outcome(reader, 'from=2019-01-01&to=2019-12-31&format=csv')).body;
    const antal = forReader.groups[0]!.cells.antal!;
    expect(readerCsv).toContain(`Antal;${antal.total};${antal.kvinna};${antal.man}`);
    // 0 eftergymnasial women shows; 5 men is not small.
    expect(forReader.groups[0]!.suppressedCells ?? []).not.toContain('antal.kvinna');
    const national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
    const riket = (await outcome(national, 'from=2019-01-01&to=2019-12-31&groupBy=association')).json<Report>();
    expect(riket.groups).toHaveLength(2);
    expect(riket.suppressed).toBe(true);
    const small = riket.groups.find((g) => g.key === other)!;
    expect(small.cells.antal).toEqual({ total: null, kvinna: null, man: 0 });
    expect(small.suppressedCells).toContain('antal.total');
    const csv = (await outcome(national, 'from=2019-01-01&to=2019-12-31&groupBy=association&format=csv')).body;
    expect(csv).toMatch(/<5/);
    const published2 = (await outcome(admin, 'from=2019-01-01&to=2019-12-31&suppress=true')).json<Report>();
    expect(published2.suppressed).toBe(true);
  });

  it('gives an insats-bound role only the insatser it is assigned to', async () => {
    const evaluator = await login(ctx, (await seedUser(ctx, 'evaluator', finnveden)).email);
    const report = (await outcome(evaluator, 'from=2019-01-01&to=2019-12-31')).json<Report>();
    expect(report.groups).toEqual([]);
  });

  it('gives roles without personal-data access whole calendar periods only', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', finnveden)).email);
    const dayApart = await outcome(reader, 'from=2019-01-01&to=2019-04-12');
    expect(dayApart.statusCode).toBe(400);
    expect(dayApart.json<{ error: { message: string } }>().error.message).toContain('hela kalenderperioder');
    expect((await outcome(admin, 'from=2019-01-01&to=2019-04-12&suppress=true')).statusCode).toBe(400);
    for (const period of [
      'from=2019-05-01&to=2019-08-31',
      'from=2019-07-01&to=2019-12-31',
      'from=2019-02-01&to=2019-02-28',
    ])
      expect((await outcome(reader, period)).statusCode, period).toBe(200);
    // The förbund's own administrator keeps free dates and exact figures.
    expect((await outcome(admin, 'from=2019-01-01&to=2019-04-12')).statusCode).toBe(200);
  });

  it('keeps protecting a reader who is also a coach: one coach role does not lift it in the whole förbund', async () => {
    const board = await seedUser(ctx, 'reader', finnveden);
    await grantRole(ctx, board.id, 'participant_officer', finnveden);
    const session = await login(ctx, board.email);
    // The coach role sees no participant (no insats assigned), so every figure is one of a reader.
    expect((await outcome(session, 'from=2019-03-12&to=2019-03-12&groupBy=intervention')).statusCode).toBe(400);
    const year = (await outcome(session, 'from=2019-01-01&to=2019-12-31&groupBy=intervention')).json<Report>();
    expect(year.suppressed).toBe(true);
    expect(year.groups.every((g) => g.protected)).toBe(true);
  });

  it('refuses a period that ends before it starts, unknown groupings and years outside 1900–2100', async () => {
    expect((await outcome(admin, 'from=0000-01-01&to=2019-12-31')).statusCode).toBe(400);
    expect((await outcome(admin, 'from=2019-01-01&to=9999-12-31')).statusCode).toBe(400);
    expect((await outcome(admin, 'from=2019-12-31&to=2019-01-01')).statusCode).toBe(400);
    expect((await outcome(admin, 'groupBy=kommun')).statusCode).toBe(400);
  });
});

describe('goal fulfilment', () => {
  it('compares each goal with the actual value per year', async () => {
    const list = (await call(ctx, admin, 'GET', `/api/v1/associations/${finnveden}/interventions`)).json<
      { id: string; name: string; version: number; startDate: string }[]
    >();
    const intervention = list.find((i) => i.name === 'Finnveden 2019')!;
    const goals = [
      {
        description: 'Minst 60 % i arbete',
        indicatorId: 'andel_forvarvsarbete',
        column: 'total',
        comparison: 'at_least',
        target: 0.6,
      },
      {
        description: 'Jämn könsfördelning',
        indicatorId: 'fordelning',
        column: 'kvinna',
        comparison: 'between',
        target: 0.4,
        targetMax: 0.6,
      },
      {
        description: 'Fler än 20 män i arbete',
        indicatorId: 'antal_forvarvsarbete',
        column: 'man',
        comparison: 'at_least',
        target: 20,
      },
    ];
    const saved = await call(ctx, admin, 'PUT', `/api/v1/associations/${finnveden}/interventions/${intervention.id}`, {
      name: intervention.name,
      kind: 'individual',
      startDate: intervention.startDate,
      goals,
      version: intervention.version,
    });
    expect(saved.statusCode).toBe(200);
    const result = (
      await call(ctx, admin, 'GET', `/api/v1/associations/${finnveden}/interventions/${intervention.id}/goals`)
    ).json<{
      years: number[];
      goals: {
        description: string;
        results: { year: number; actual: number | null; met: boolean | null; exits: number }[];
      }[];
    }>();
    expect(result.years).toContain(2019);
    const in2019 = result.goals.map((g) => g.results.find((r) => r.year === 2019)!);
    expect(in2019[0]).toMatchObject({ met: false, exits: 49 });
    expect(in2019[0]!.actual).toBeCloseTo(28 / 49, 6);
    expect(in2019[1]).toMatchObject({ met: true });
    expect(in2019[1]!.actual).toBeCloseTo(23 / 49, 6);
    // Not measured by a survey, by deviations or by hand: no coverage of theirs.
    const none = { survey: null, deviations: null, manual: null };
    expect(in2019[2]).toEqual({ year: 2019, actual: 19, met: false, exits: 49, ...none });
    // A year without exits has no value and no verdict.
    expect(result.goals[0]!.results.find((r) => r.year === 2020)).toEqual({
      year: 2020,
      actual: null,
      met: null,
      exits: 0,
      ...none,
    });
  });
});

describe('the SQL aggregation equals the definitions in packages/core', () => {
  it('on a random dataset with duplicates, anonymous rows, unknowns, registration errors and exits outside the period', async () => {
    const next = random(20191231);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const hours = () => (next() < 0.15 ? null : next() < 0.5 ? 0 : Math.round(next() * 45 * 2) / 2);
    const records: OutcomeRecord[] = Array.from({ length: 600 }, (_, i) => {
      const start = new Date(
        Date.UTC(2017 + Math.floor(next() * 3), Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
      );
      const exit = new Date(start.getTime() + Math.floor(next() * 900) * 86_400_000);
      const birthYear = 1955 + Math.floor(next() * 50);
      return {
        personKey: next() < 0.2 ? null : `p${Math.floor(next() * 400)}-${i % 7}`,
        gender: next() < 0.55 ? 'kvinna' : 'man',
        birthYear,
        birthDate: next() < 0.5 ? `${birthYear}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15` : null,
        startDate: start.toISOString().slice(0, 10),
        exitDate: exit.toISOString().slice(0, 10),
        exitReason: pick(EXIT_REASONS),
        education: next() < 0.1 ? null : pick(EDUCATION_LEVELS),
        publicSupportBefore: next() < 0.1 ? null : pick(PUBLIC_SUPPORT_DURATIONS),
        workHoursBefore: hours(),
        studyHoursBefore: hours(),
        workHoursAfter: hours(),
        studyHoursAfter: hours(),
      };
    });
    // One person, one insats, one start date: drop accidental repeats like the database would.
    const seen = new Set<string>();
    const unique = records.filter(
      (r) => !r.personKey || (!seen.has(`${r.personKey}|${r.startDate}`) && seen.add(`${r.personKey}|${r.startDate}`)),
    );
    const association = (await seedAssociation(ctx)).id;
    const owner = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
    // Two insatser, with persons in both: unique persons per insats differ from those per förbund.
    const insatser = [await createIntervention(association, owner), await createIntervention(association, owner)];
    const keyed = await insertRecords(ctx, association, insatser, unique);
    const inPeriod = (r: OutcomeRecord) => inOutcomePeriod(r, '2018-01-01', '2019-12-31');
    const expectCells = (cells: Report['groups'][number]['cells'], records: OutcomeRecord[]) => {
      const expected = outcomeCells(aggregateRecords(records));
      expect(expected.antal.total).toBeGreaterThan(40);
      for (const { id } of OUTCOME_INDICATORS) {
        for (const column of OUTCOME_COLUMNS) {
          const want = expected[id][column];
          if (want === null) expect(cells[id]![column], `${id}.${column}`).toBeNull();
          else expect(cells[id]![column], `${id}.${column}`).toBeCloseTo(want, 9);
        }
      }
    };
    const byAssociation = (await outcome(owner, 'from=2018-01-01&to=2019-12-31&groupBy=association')).json<Report>();
    expect(byAssociation.groups).toHaveLength(1);
    expectCells(byAssociation.groups[0]!.cells, unique.filter(inPeriod));
    const byInsats = (await outcome(owner, 'from=2018-01-01&to=2019-12-31&groupBy=intervention')).json<Report>();
    expect(byInsats.groups.map((g) => g.key).sort()).toEqual([...insatser].sort());
    for (const group of byInsats.groups) {
      const index = insatser.indexOf(group.key);
      expectCells(
        group.cells,
        unique.filter((r, i) => i % 2 === index && inPeriod(r)),
      );
    }
    // Protected, the SQL gives exactly what core's cell key method gives on the same records and keys.
    const reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
    for (const groupBy of ['association', 'intervention']) {
      const report = (await outcome(reader, `from=2019-01-01&to=2019-12-31&groupBy=${groupBy}`)).json<Report>();
      expect(report.suppressed).toBe(true);
      for (const group of report.groups) {
        const inGroup = keyed.filter(
          (r, i) =>
            inOutcomePeriod(r, '2019-01-01', '2019-12-31') &&
            (groupBy === 'association' || insatser[i % 2] === group.key),
        );
        const want = protectOutcomeCells(aggregateRecords(inGroup), protectionOfRecords(inGroup)).cells;
        for (const { id } of OUTCOME_INDICATORS)
          for (const column of OUTCOME_COLUMNS) {
            if (want[id][column] === null) expect(group.cells[id]![column], `${id}.${column}`).toBeNull();
            else expect(group.cells[id]![column], `${groupBy} ${id}.${column}`).toBeCloseTo(want[id][column]!, 9);
          }
      }
    }
    const spanning = new Set(unique.filter((r, i) => i % 2 === 0).map((r) => r.personKey));
    expect(unique.some((r, i) => i % 2 === 1 && r.personKey && spanning.has(r.personKey))).toBe(true);
  });
});

describe('the trend: the outcome report per year (issue 12 §9)', () => {
  type Trend = {
    years: number[];
    suppressed: boolean;
    groups: (Omit<Report['groups'][number], 'cells' | 'suppressedCells'> & {
      years: { year: number; cells: Report['groups'][number]['cells']; suppressionReasons?: unknown }[];
    })[];
  };
  const trend = (session: Session, query: string) => call(ctx, session, 'GET', `/api/v1/reports/trend?${query}`);

  it('gives each year exactly that year’s report, exact and protected, beside the län and riket', async () => {
    const reader = await login(ctx, (await seedUser(ctx, 'reader', finnveden)).email);
    for (const [session, groupBy] of [
      [admin, 'national'],
      [reader, 'intervention'],
    ] as const) {
      const response = await trend(session, `fromYear=2017&toYear=2020&groupBy=${groupBy}`);
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json<Trend>();
      expect(result.years).toEqual([2017, 2018, 2019, 2020]);
      expect(result.groups.length).toBeGreaterThan(0);
      for (const year of result.years) {
        const single = (
          await outcome(session, `from=${year}-01-01&to=${year}-12-31&groupBy=${groupBy}`)
        ).json<Report>();
        for (const group of result.groups) {
          const same = single.groups.find((g) => g.key === group.key);
          const inTrend = group.years.find((y) => y.year === year)!;
          if (!same) {
            // No exits that year: zero, not missing.
            expect(inTrend.cells.antal).toEqual({ total: 0, kvinna: 0, man: 0 });
            continue;
          }
          expect([group.label, group.protected]).toEqual([same.label, same.protected]);
          expect(inTrend.cells, `${groupBy} ${group.label} ${year}`).toEqual(same.cells);
          expect(inTrend.suppressionReasons ?? {}).toEqual(
            (same as { suppressionReasons?: unknown }).suppressionReasons ?? {},
          );
        }
      }
    }
    // The förbundschef's own förbund is exact, the län and riket protected.
    const chef = (await trend(admin, 'fromYear=2019&toYear=2019&groupBy=national')).json<Trend>();
    expect(chef.groups.map((g) => [g.key, g.protected])).toEqual([
      [finnveden, false],
      ['06', true],
      ['riket', true],
    ]);
    expect(chef.groups[0]!.years[0]!.cells.antal).toEqual({ total: 49, kvinna: 23, man: 26 });
  });

  it('exports the years as CSV and Excel, and refuses upside-down and overlong spans', async () => {
    const csv = await trend(admin, 'fromYear=2018&toYear=2019&groupBy=association&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('2019 – Totalt');
    expect(csv.body).toContain(';49;23;26');
    const xlsx = await trend(admin, 'fromYear=2018&toYear=2019&groupBy=county&format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(2);
    expect(workbook.worksheets[1]!.name).toMatch(/^Jönköpings län/);
    expect((await trend(admin, 'fromYear=2020&toYear=2019')).statusCode).toBe(400);
    expect((await trend(admin, 'fromYear=2000&toYear=2020')).statusCode).toBe(400);
  });
});

describe('one insats of the per-insats report', () => {
  it('narrows the report to one insats with the same protected figures, and only when grouped per insats', async () => {
    const association = (await seedAssociation(ctx)).id;
    const ownAdmin = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
    const first = await createIntervention(association, ownAdmin);
    const second = await createIntervention(association, ownAdmin);
    await insertRecords(ctx, association, first, finnveden2019.slice(0, 20));
    await insertRecords(ctx, association, second, finnveden2019.slice(20, 40));
    const reader = await login(ctx, (await seedUser(ctx, 'reader', association)).email);
    const period = 'from=2019-01-01&to=2019-12-31&groupBy=intervention';
    const all = (await outcome(reader, period)).json<Report>();
    expect(all.groups.map((g) => g.key).sort()).toEqual([first, second].sort());
    const one = (await outcome(reader, `${period}&interventionId=${second}`)).json<Report>();
    expect(one.suppressed).toBe(true);
    expect(one.groups).toEqual(all.groups.filter((g) => g.key === second));
    // The workbook of one insats holds its sheet only: no län or riket sheet of one insats (issue 12 attack).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await outcome(ownAdmin, `${period}&interventionId=${second}&format=xlsx`)).rawPayload as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toHaveLength(1);
    // One insats under a förbund label would hand its figures to a role that may not group by insats.
    const national = await login(ctx, (await seedUser(ctx, 'national_reader', null)).email);
    expect(
      (await outcome(national, `from=2019-01-01&to=2019-12-31&groupBy=association&interventionId=${second}`))
        .statusCode,
    ).toBe(400);
  });
});
