import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_REASONS, OCCUPATIONS, SUPPORT_CODES } from '@insikt/core';
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
let A: string;
let name: string;
let admin: Session;
let coach: Session;

interface ImportResult {
  rows: number;
  created: number;
  exampleRows: number[];
  errorCount: number;
  errors: { row: number; column: string; value: string; message: string }[];
}

function upload(session: Session, body: Buffer | string, fileName: string, query = '') {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/imports/participants?fileName=${encodeURIComponent(fileName)}${query}`,
    headers: { 'content-type': 'application/octet-stream', cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  });
}

const HEADER = 'forbund;insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;samtycke;kommentar';
type Patch = { forbund?: string; insats?: string; kon?: string; slut?: string; kommentar?: string };
const row = (id: string, p: Patch = {}) =>
  [
    p.forbund ?? name,
    p.insats ?? 'Mina',
    id,
    p.kon ?? 'K',
    '1990',
    '2024-03-01',
    p.slut ?? '',
    'ja',
    p.kommentar ?? '',
  ].join(';');

beforeAll(async () => {
  ctx = await startTestApp();
  name = unique('Filförbundet');
  A = (await seedAssociation(ctx, name)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
  const create = async (insats: string) =>
    (
      await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions`, {
        name: insats,
        kind: 'individual',
        startDate: '2024-01-01',
        status: 'active',
      })
    ).json<{ id: string }>().id;
  const mine = await create('Mina');
  await create('Andras');
  const coachUser = await seedUser(ctx, 'participant_officer', A);
  await call(ctx, admin, 'POST', `/api/v1/associations/${A}/interventions/${mine}/staff`, {
    userId: coachUser.id,
    role: 'participant_officer',
  });
  coach = await login(ctx, coachUser.email);
});
afterAll(() => ctx.close());

describe('reading the rows of a CSV file', () => {
  it('reads every row when the header ends in CRLF and the rows in LF (issue 12 §3)', async () => {
    const file = `${HEADER}\r\n${row('L-1')}\n${row('L-2')}\n`;
    const result = (await upload(admin, file, 'blandat.csv', '&dryRun=true')).json<ImportResult>();
    expect(result).toMatchObject({ rows: 2, created: 2, errorCount: 0 });
  });
});

describe('listing every error of a file in one run (issue 12 §4)', () => {
  it('reports an unknown förbund, an unassigned insats, a missing insats and bad values together', async () => {
    const file = [
      HEADER,
      row('E-1', { forbund: 'Förbundet som inte finns', slut: '2023-01-01' }),
      row('E-2', { insats: 'Andras' }),
      row('E-3', { insats: 'Finns inte', kon: 'X', slut: '2023-01-01' }),
      row('E-4', { kon: 'X' }),
      row('E-5'),
    ].join('\n');
    const result = (await upload(coach, file, 'fel.csv', '&dryRun=true')).json<ImportResult>();
    const before = 'Slutdatum kan inte vara före startdatum.';
    expect(result.errors).toEqual([
      { row: 2, column: 'forbund', value: 'Förbundet som inte finns', message: expect.stringMatching(/finns inte/) },
      // Also the rules about the row's other cells, though its förbund or insats is unknown.
      { row: 2, column: 'slutdatum', value: '2023-01-01', message: before },
      { row: 2, column: 'avslutsorsak', value: '', message: expect.stringMatching(/avslutsorsak/) },
      { row: 3, column: 'insats', value: 'Andras', message: expect.stringMatching(/behörighet/) },
      { row: 4, column: 'kon', value: 'X', message: expect.stringMatching(/kvinna eller man/) },
      // A deltagaransvarig may not create insatser: the message does not offer it.
      { row: 4, column: 'insats', value: 'Finns inte', message: expect.stringMatching(/be förbundsadministratören/) },
      { row: 4, column: 'slutdatum', value: '2023-01-01', message: before },
      { row: 4, column: 'avslutsorsak', value: '', message: expect.stringMatching(/avslutsorsak/) },
      { row: 5, column: 'kon', value: 'X', message: expect.stringMatching(/kvinna eller man/) },
    ]);
    expect(result.errorCount).toBe(9);
  });
});

describe('the import template (issue 12 §12)', () => {
  const template = async (format: 'csv' | 'xlsx') =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/imports/template?format=${format}`,
        headers: { cookie: admin.cookie },
      })
    ).rawPayload;

  it('imports unchanged: the marked example row is skipped and listed, nothing else happens', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const response = await upload(admin, await template(format), `mall.${format}`, '&dryRun=true');
      expect(response.statusCode, `${format}: ${response.body}`).toBe(200);
      expect(response.json<ImportResult>()).toMatchObject({ rows: 0, created: 0, errorCount: 0, exampleRows: [2] });
    }
  });

  it('offers the code lists as drop-downs on the coded columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template('xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Deltagare')!;
    const codes = workbook.getWorksheet('Kodlistor')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const validation = (column: string, row = 2) => {
      const letter = sheet.getColumn(header.indexOf(column) + 1).letter;
      return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
        .dataValidations.model[`${letter}${row}`];
    };
    const listOf = (rule: ExcelJS.DataValidation | undefined) => {
      const [, column, from, to] = /^Kodlistor!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(rule!.formulae[0] as string)!;
      return Array.from(
        { length: Number(to) - Number(from) + 1 },
        (_, i) => codes.getCell(`${column}${Number(from) + i}`).value,
      );
    };
    expect(validation('avslutsorsak')).toMatchObject({ type: 'list', errorStyle: 'stop' });
    expect(listOf(validation('avslutsorsak', 500))).toEqual([...EXIT_REASONS]);
    expect(listOf(validation('kon'))).toEqual(['kvinna', 'man']);
    // Several support codes may share a cell: the list helps, and Excel lets other text through.
    expect(validation('forsorjning_efter')).toMatchObject({ type: 'list', errorStyle: 'information' });
    expect(listOf(validation('uppfoljning_12m'))).toEqual([...SUPPORT_CODES]);
    expect(listOf(validation('uppfoljning_6m_nadd'))).toEqual(['ja', 'nej']);
    expect(listOf(validation('uppfoljning_12m_sysselsattning'))).toEqual([...OCCUPATIONS]);
    expect(validation('deltagar_id')).toBeUndefined();
  });

  it('refuses to create insatser for a role that may not', async () => {
    const response = await upload(
      coach,
      [HEADER, row('N-1', { insats: 'Ny' })].join('\n'),
      'ny.csv',
      '&createInterventions=true',
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/Bara förbundsadministratören kan skapa insatser/);
    const allowed = await upload(
      admin,
      [HEADER, row('N-1', { insats: 'Ny' })].join('\n'),
      'ny.csv',
      '&createInterventions=true&dryRun=true',
    );
    expect(allowed.json<ImportResult>()).toMatchObject({ created: 1, errorCount: 0 });
  });
});
