import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, participations } from '../src/db/schema';
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

interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  errors: { row: number; column: string; value: string; message: string }[];
  errorCount: number;
  interventions: { name: string; isNew: boolean; rows: number }[];
}

function upload(session: Session | null, body: Buffer | string, fileName: string, query = '') {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/imports/participants?fileName=${encodeURIComponent(fileName)}${query}`,
    headers,
    payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  });
}
const countRows = async () =>
  (
    await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(participations)
      .where(eq(participations.associationId, A))
  )[0]!.n;

const header =
  'Förbund;Insats;Deltagar_ID;Kön;Födelseår;Startdatum;Slutdatum;Avslutsorsak;Utbildning;Offentlig_försörjning_före;Försörjning_före;Försörjning_efter;Arbete_timmar_före;Arbete_timmar_efter;Samtycke;Kommentar';
const line = (n: number, patch: Partial<Record<string, string>> = {}) => {
  const v = {
    forbund: name,
    insats: 'Jobbstudion',
    id: `P-${n}`,
    kon: n % 2 ? 'K' : 'M',
    ar: '1990',
    start: '2024-01-15',
    slut: '2024-11-30',
    orsak: 'arbete',
    utb: 'gymnasial',
    off: 'over_3_ar',
    fore: 'sjukpenning',
    efter: '"lon;studiemedel"',
    hf: '0',
    he: '12,5',
    samtycke: 'ja',
    kommentar: '',
    ...patch,
  };
  return [
    v.forbund,
    v.insats,
    v.id,
    v.kon,
    v.ar,
    v.start,
    v.slut,
    v.orsak,
    v.utb,
    v.off,
    v.fore,
    v.efter,
    v.hf,
    v.he,
    v.samtycke,
    v.kommentar,
  ].join(';');
};
const csv = (lines: string[], withBom = true) => `${withBom ? '\uFEFF' : ''}${[header, ...lines].join('\r\n')}\r\n`;

beforeAll(async () => {
  ctx = await startTestApp();
  name = unique('Importförbundet');
  A = (await seedAssociation(ctx, name)).id;
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', A)).email);
});
afterAll(() => ctx.close());

describe('importing participants', () => {
  it('imports a semicolon CSV with Swedish headers and decimal comma, creating the insats when asked', async () => {
    const file = csv([line(1), line(2), line(3, { slut: '', orsak: '' })]);
    const without = (await upload(admin, file, 'deltagare.csv')).json<ImportResult>();
    expect(without.errorCount).toBe(3);
    expect(without.errors[0]).toMatchObject({ row: 2, column: 'insats', value: 'Jobbstudion' });
    expect(await countRows()).toBe(0);

    const preview = (
      await upload(admin, file, 'deltagare.csv', '&createInterventions=true&dryRun=true')
    ).json<ImportResult>();
    expect(preview).toMatchObject({ dryRun: true, rows: 3, created: 3, updated: 0, errorCount: 0 });
    expect(preview.interventions).toEqual([expect.objectContaining({ name: 'Jobbstudion', isNew: true, rows: 3 })]);
    expect(await countRows()).toBe(0);
    // The preview read the file's personal data: the audit log says who did, and what it would write.
    const [entry] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import.dry_run'), eq(auditLog.associationId, A)));
    expect(entry?.details).toMatchObject({ file: 'deltagare.csv', rows: 3, created: 3 });

    const result = (await upload(admin, file, 'deltagare.csv', '&createInterventions=true')).json<ImportResult>();
    expect(result).toMatchObject({ dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0 });
    const [row] = await ctx.database.db.select().from(participations).where(eq(participations.workHoursAfter, 12.5));
    expect(row?.supportAfter).toEqual(['lon', 'studiemedel']);
  });

  it('changes nothing when the same file is imported again, and updates only what changed', async () => {
    const before = await ctx.database.db.select().from(participations).where(eq(participations.associationId, A));
    const again = (
      await upload(admin, csv([line(1), line(2), line(3, { slut: '', orsak: '' })]), 'deltagare.csv')
    ).json<ImportResult>();
    expect(again).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    const after = await ctx.database.db.select().from(participations).where(eq(participations.associationId, A));
    expect(after).toEqual(before);
    const changed = (
      await upload(admin, csv([line(1), line(2), line(3, { slut: '2024-12-15', orsak: 'studier' })]), 'deltagare.csv')
    ).json<ImportResult>();
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('reads Windows-1252 (Excel’s Swedish default) and a comma-separated file without BOM', async () => {
    // 0x96 is the en dash in Windows-1252 (not in Latin-1).
    const [before, after] = csv([line(10, { insats: 'Steg för steg DASH Värnamo' })], false).split('DASH');
    const latin = Buffer.concat([Buffer.from(before!, 'latin1'), Buffer.from([0x96]), Buffer.from(after!, 'latin1')]);
    const result = (await upload(admin, latin, 'ansi.csv', '&createInterventions=true')).json<ImportResult>();
    expect(result.interventions[0]?.name).toBe('Steg för steg – Värnamo');
    const comma = [
      'forbund,insats,deltagar_id,kon,fodelsear,startdatum,samtycke',
      `${name},Jobbstudion,P-20,kvinna,1985,20240301,ja`,
    ].join('\n');
    expect((await upload(admin, comma, 'komma.csv')).json<ImportResult>()).toMatchObject({ created: 1, errorCount: 0 });
  });

  it('lists every error with row, column, value and a Swedish message, and writes nothing', async () => {
    const count = await countRows();
    const result = (
      await upload(
        admin,
        csv([
          line(30),
          line(31, { orsak: 'jobb' }),
          line(32, { start: '2024-02-30' }),
          line(33, { slut: '2023-01-01' }),
          line(34, { he: 'tolv' }),
          line(35, { kon: 'X' }),
          line(36, { samtycke: '' }),
          line(30),
          line(37, { id: '010101-1237' }),
          line(38, { kommentar: 'Ringde 19121212 1212 om tiden' }),
        ]),
        'fel.csv',
      )
    ).json<ImportResult>();
    expect(result.errors).toEqual([
      { row: 3, column: 'avslutsorsak', value: 'jobb', message: expect.stringMatching(/Okänd kod/) },
      { row: 4, column: 'startdatum', value: '2024-02-30', message: expect.stringMatching(/Ogiltigt datum/) },
      { row: 5, column: 'slutdatum', value: '2023-01-01', message: 'Slutdatum kan inte vara före startdatum.' },
      { row: 6, column: 'arbete_timmar_efter', value: 'tolv', message: 'Ogiltigt tal.' },
      { row: 7, column: 'kon', value: 'X', message: expect.stringMatching(/kvinna eller man/) },
      { row: 8, column: 'samtycke', value: '', message: expect.stringMatching(/samtycke/) },
      {
        row: 9,
        column: 'startdatum',
        value: '2024-01-15',
        message: 'Samma deltagare, insats och startdatum finns redan på rad 2.',
      },
      // A personnummer outside its column is refused, and not repeated in the error list.
      { row: 10, column: 'deltagar_id', value: '••••••-••••', message: expect.stringMatching(/personnummer/) },
      {
        row: 11,
        column: 'kommentar',
        value: 'Ringde ••••••-•••• om tiden',
        message: expect.stringMatching(/personnummer/),
      },
    ]);
    expect(await countRows()).toBe(count);
  });

  it('rolls back batches already written and the insats it created when a late row is invalid; imports it fixed', async () => {
    // The file is read once and written while it is read; more than one batch (2 000 rows) is
    // written before the error on the last row, and none of it may remain.
    const count = await countRows();
    const lines = Array.from({ length: 2100 }, (_, i) => line(1000 + i, { insats: 'Sen insats' }));
    lines.push(line(4000, { insats: 'Sen insats', kon: 'okänt' }));
    const result = (await upload(admin, csv(lines), 'sent-fel.csv', '&createInterventions=true')).json<ImportResult>();
    expect(result).toMatchObject({ rows: 2101, created: 0, errorCount: 1 });
    expect(result.errors[0]).toMatchObject({ row: 2102, column: 'kon', value: 'okänt' });
    expect(result.interventions).toEqual([expect.objectContaining({ name: 'Sen insats', isNew: true, rows: 2100 })]);
    expect(await countRows()).toBe(count);
    const leftovers = await ctx.database.db.execute(
      sql`select 1 from interventions where name = 'Sen insats' union all
          select 1 from audit_log where details->>'name' = 'Sen insats' or details->>'file' = 'sent-fel.csv'`,
    );
    expect((leftovers as unknown as { rows: unknown[] }).rows).toEqual([]);

    // Without the invalid row the file imports; after this many rows the tables are vacuumed and
    // analysed, so the report can read the new rows from its index alone.
    const valid = (
      await upload(admin, csv(lines.slice(0, 2100)), 'sent-fel.csv', '&createInterventions=true')
    ).json<ImportResult>();
    expect(valid).toMatchObject({ rows: 2100, created: 2100, errorCount: 0 });
    const tidied = await ctx.database.db.execute(
      sql`select last_vacuum is not null and last_analyze is not null as done
          from pg_stat_user_tables where relname = 'participations'`,
    );
    expect((tidied as unknown as { rows: { done: boolean }[] }).rows).toEqual([{ done: true }]);
  });

  it('validates personnummer and stores only its hash', async () => {
    const file = [
      'forbund;insats;personnummer;startdatum;samtycke',
      `${name};Jobbstudion;19121212-1213;2024-01-01;ja`,
      `${name};Jobbstudion;199001012385;2024-01-01;ja`,
    ].join('\n');
    const bad = (await upload(admin, file, 'pnr.csv')).json<ImportResult>();
    expect(bad.errors).toEqual([
      { row: 2, column: 'personnummer', value: '19121212-1213', message: expect.stringMatching(/inte giltigt/) },
    ]);
    const ok = (
      await upload(
        admin,
        file
          .split('\n')
          .filter((_, i) => i !== 1)
          .join('\n'),
        'pnr.csv',
      )
    ).json<ImportResult>();
    expect(ok.created).toBe(1);
    const dump = JSON.stringify(await ctx.database.db.execute(sql`select * from persons`));
    expect(dump).not.toContain('199001012385');
  });

  it('links rows of one batch naming a new person by pseudonym, and by pseudonym and personnummer, to one person', async () => {
    // The second row's identity is inserted after the first's and conflicts on the pseudonym;
    // it must still be linked to the person the first row created.
    const file = [
      'forbund;insats;deltagar_id;personnummer;kon;fodelsear;startdatum;samtycke',
      `${name};Jobbstudion;P-90;;kvinna;1985;2023-05-01;ja`,
      `${name};Jobbstudion;P-90;198503152384;;;2023-06-01;ja`,
    ].join('\n');
    expect((await upload(admin, file, 'samma.csv')).json<ImportResult>()).toMatchObject({ created: 2, errorCount: 0 });
    const people = await ctx.database.db.execute(
      sql`select distinct person_id from participations
          where association_id = ${A} and start_date in ('2023-05-01', '2023-06-01')`,
    );
    expect((people as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });

  it('offers the format as a template whose example row imports once made a real row', async () => {
    const csvTemplate = await call(ctx, admin, 'GET', '/api/v1/imports/template?format=csv');
    expect(csvTemplate.headers['content-disposition']).toContain('insikt-importmall.csv');
    const edited = csvTemplate.body.replace('Samordningsförbundet Exempel', name).replace(';EXEMPEL;', ';JS-0001;');
    const result = (
      await upload(admin, edited, 'mall.csv', '&createInterventions=true&dryRun=true')
    ).json<ImportResult>();
    expect(result).toMatchObject({ rows: 1, errorCount: 0, created: 1 });
    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports/template?format=xlsx',
      headers: { cookie: admin.cookie },
    });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('forbund');
  });

  it('answers a JSON body with a clear 400', async () => {
    const response = await call(ctx, admin, 'POST', '/api/v1/imports/participants?fileName=x.csv', { rows: [] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/begärans kropp/);
  });

  it('stores lists and text exactly, whatever characters they hold', async () => {
    const file = [
      'forbund;insats;deltagar_id;kon;fodelsear;startdatum;samtycke;arbetshinder;kommentar',
      `${name};Jobbstudion;P-tecken;K;1980;2024-02-01;ja;"Svårt att ""läsa"", {ja}\\back";"Citat: ""x"", {y} \\ z"`,
    ].join('\n');
    const result = (await upload(admin, file, 'tecken.csv')).json<ImportResult>();
    expect(result).toMatchObject({ created: 1, errorCount: 0 });
    const [stored] = await ctx.database.db
      .select({ obstacles: participations.obstacles, comment: participations.comment })
      .from(participations)
      .where(eq(participations.startDate, '2024-02-01'));
    expect(stored).toEqual({ obstacles: ['Svårt att "läsa"', '{ja}\\back'], comment: 'Citat: "x", {y} \\ z' });
  });

  it('reports missing required columns', async () => {
    const response = await upload(admin, 'namn;ålder\nAnna;30\n', 'fel.csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(
      /Kolumner saknas: forbund, insats, startdatum, deltagar_id, samtycke/,
    );
  });

  it('refuses 10 MB of garbage with a clear error, never a 500', async () => {
    const garbage = randomBytes(10 * 1024 * 1024);
    const asCsv = await upload(admin, garbage, 'skräp.csv');
    expect(asCsv.statusCode).toBe(400);
    const asXlsx = await upload(admin, garbage, 'skräp.xlsx');
    expect(asXlsx.statusCode).toBe(400);
    expect(asXlsx.json().error.issues[0].message).toMatch(/inte en giltig Excel-fil/);
  });

  it('imports the first sheet of an XLSX file with real dates and numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Deltagare');
    sheet.addRow([
      'forbund',
      'insats',
      'deltagar_id',
      'kön',
      'födelseår',
      'startdatum',
      'slutdatum',
      'avslutsorsak',
      'arbete_timmar_efter',
      'samtycke',
    ]);
    sheet.addRow([
      name,
      'Jobbstudion',
      'X-1',
      'kvinna',
      1988,
      new Date(Date.UTC(2024, 2, 1)),
      new Date(Date.UTC(2024, 9, 1)),
      'arbete',
      20,
      'ja',
    ]);
    workbook.addWorksheet('Annat').addRow(['ignoreras']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-')), 'd.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = (await upload(admin, fs.readFileSync(file), 'd.xlsx')).json<ImportResult>();
    expect(result).toMatchObject({ rows: 1, created: 1, errorCount: 0 });
  });

  it('keeps a spreadsheet formula as text, and neutralises it when exported again', async () => {
    const formula = "=cmd|' /C calc'!A0";
    const result = (
      await upload(
        admin,
        csv([line(50, { insats: `"${formula}"`, kommentar: '"=1+1"' })]),
        'formel.csv',
        '&createInterventions=true',
      )
    ).json<ImportResult>();
    expect(result.errorCount).toBe(0);
    const [row] = await ctx.database.db.select().from(participations).where(eq(participations.comment, '=1+1'));
    expect(row).toBeDefined();
    const report = await call(
      ctx,
      admin,
      'GET',
      '/api/v1/reports/outcome?from=2024-01-01&to=2024-12-31&groupBy=intervention&format=csv',
    );
    expect(report.body).toContain(`'${formula}`);
    expect(report.body).not.toMatch(/;=cmd/);
  });

  it('lets a deltagaransvarig import only into assigned insatser, and refuses readers', async () => {
    const coach = await login(ctx, (await seedUser(ctx, 'participant_officer', A)).email);
    const result = (await upload(coach, csv([line(60)]), 'coach.csv')).json<ImportResult>();
    expect(result.errors[0]).toMatchObject({ column: 'insats', message: expect.stringMatching(/behörighet/) });
    const reader = await login(ctx, (await seedUser(ctx, 'reader', A)).email);
    expect((await upload(reader, csv([line(61)]), 'r.csv')).statusCode).toBe(403);
    const other = await login(ctx, (await seedUser(ctx, 'association_admin', (await seedAssociation(ctx)).id)).email);
    const foreign = (await upload(other, csv([line(62)]), 'x.csv')).json<ImportResult>();
    expect(foreign.errors[0]).toMatchObject({
      column: 'forbund',
      message: expect.stringMatching(/saknar du behörighet/),
    });
  });

  it('recognises anonymous rows (no consent) on re-import without storing who they are', async () => {
    const file = csv([line(70, { samtycke: 'nej' }), line(71, { samtycke: 'nej' })]);
    expect((await upload(admin, file, 'anon.csv')).json<ImportResult>()).toMatchObject({ created: 2 });
    expect((await upload(admin, file, 'anon.csv')).json<ImportResult>()).toMatchObject({ created: 0, unchanged: 2 });
    const dump = JSON.stringify(await ctx.database.db.execute(sql`select * from participations where consent = false`));
    expect(dump).not.toContain('P-70');
  });
});
