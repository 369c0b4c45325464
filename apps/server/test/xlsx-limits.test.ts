import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../src/modules/import/xlsx-limits';
import { xlsx } from './xlsx-builder';
import { login, seedAssociation, seedUser, startTestApp, unique, type Session, type TestContext } from './harness';

const require = createRequire(import.meta.url);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readTable = path.join(serverDir, 'src/modules/import/read-table.ts');
let ctx: TestContext;
let name: string;
let admin: Session;
const defaults = { ...XLSX_LIMITS };

beforeAll(async () => {
  ctx = await startTestApp();
  name = unique('Excelförbundet');
  const association = await seedAssociation(ctx, name);
  admin = await login(ctx, (await seedUser(ctx, 'association_admin', association.id)).email);
});
afterEach(() => Object.assign(XLSX_LIMITS, defaults));
afterAll(() => ctx.close());

const headers = [
  'forbund',
  'insats',
  'deltagar_id',
  'kön',
  'födelseår',
  'startdatum',
  'slutdatum',
  'avslutsorsak',
  'samtycke',
];
const participant = (n: number) => [
  name,
  'Excelstudion',
  `E-${n}`,
  'kvinna',
  '1990',
  '2024-03-01',
  '2024-09-01',
  'arbete',
  'ja',
];

function upload(body: Buffer, fileName = 'deltagare.xlsx') {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/imports/participants?fileName=${encodeURIComponent(fileName)}&createInterventions=true`,
    headers: { 'content-type': 'application/octet-stream', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    payload: body,
  });
}

/** Uploads, and asks for the health check while the upload is read: it must answer first. */
async function uploadWhileServing(body: Buffer) {
  let uploaded = false;
  const response = upload(body).finally(() => (uploaded = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const health = await ctx.app.inject({ method: 'GET', url: '/api/v1/health' });
  const healthAnsweredFirst = !uploaded;
  expect(health.statusCode).toBe(200);
  return { response: await response, healthAnsweredFirst };
}

const issue = (response: { json: () => { error: { issues: { message: string }[] } } }) =>
  response.json().error.issues[0]!.message;

describe('reading XLSX within limits', () => {
  it('imports a normal file', async () => {
    const response = await upload(xlsx([headers, participant(1), participant(2)]));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ rows: 2, created: 2, errorCount: 0 });
  });

  it('refuses a file that declares an oversized sheet before unpacking it', async () => {
    const response = await upload(xlsx([headers, participant(3)], { sheetSize: 300 * 1024 * 1024 }));
    expect(response.statusCode).toBe(400);
    expect(issue(response)).toMatch(/^Filen är för stor uppackad: \d+ MB \(högst 250 MB\)/);
  });

  it('refuses a sheet that unpacks absurdly much', async () => {
    const blank = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${' '.repeat(12 * 1024 * 1024)}</worksheet>`;
    const response = await upload(xlsx([headers], { sheet: blank }));
    expect(response.statusCode).toBe(400);
    expect(issue(response)).toMatch(/^Filen är för stor uppackad: xl\/worksheets\/sheet1\.xml packas upp .* gånger/);
  });

  it('refuses more shared strings than the limit, and serves others meanwhile', async () => {
    XLSX_LIMITS.sharedStrings = 1_000;
    const strings = Array.from({ length: 20_000 }, (_, i) => `text ${i}`);
    const { response, healthAnsweredFirst } = await uploadWhileServing(
      xlsx([headers, participant(4)], { strings: [...headers, ...participant(4), ...strings] }),
    );
    expect(response.statusCode).toBe(400);
    expect(issue(response)).toBe('Filen har för många olika texter (högst 1 000). Spara den som CSV.');
    expect(healthAnsweredFirst).toBe(true);
  });

  it('turns a worker that runs out of memory into a clear error, and the server keeps answering', async () => {
    Object.assign(XLSX_LIMITS, { sharedStrings: 10_000_000, workerMemoryMb: 24 });
    const strings = Array.from({ length: 40_000 }, (_, i) => `${i} ${'å'.repeat(400)}`);
    const { response, healthAnsweredFirst } = await uploadWhileServing(
      xlsx([headers, participant(9)], { strings: [...headers, ...participant(9), ...strings] }),
    );
    expect(response.statusCode).toBe(400);
    expect(issue(response)).toBe(
      'Filen kräver för mycket minne för att läsas (högst 24 MB). Dela upp den eller spara den som CSV.',
    );
    expect(healthAnsweredFirst).toBe(true);
    Object.assign(XLSX_LIMITS, defaults);
    const after = await upload(xlsx([headers, participant(10)]));
    expect(after.json()).toMatchObject({ rows: 1, created: 1, errorCount: 0 });
  });

  it('refuses too many rows and too many columns', async () => {
    XLSX_LIMITS.rows = 3;
    const rows = await upload(xlsx([headers, participant(5), participant(6), participant(7)]));
    expect(rows.statusCode).toBe(400);
    expect(issue(rows)).toBe('Filen har för många rader (högst 3). Dela upp den.');
    Object.assign(XLSX_LIMITS, defaults);
    const wide = await upload(xlsx([headers, [...participant(8), ...Array.from({ length: 200 }, (_, i) => `x${i}`)]]));
    expect(wide.statusCode).toBe(400);
    expect(issue(wide)).toBe('Rad 2 har 209 kolumner (högst 200).');
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/health',
    });
    expect(list.statusCode).toBe(200);
  });

  it('reads in its worker when the server runs the TypeScript through tsx (decision 0002)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-xlsx-'));
    try {
      const file = path.join(dir, 'd.xlsx');
      fs.writeFileSync(file, xlsx([headers, participant(11), participant(12)]));
      // As bin/start.mjs does: register tsx, then import the sources.
      const script = [
        `import { register } from ${JSON.stringify(pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href)};`,
        'register();',
        `const { openTable } = await import(${JSON.stringify(pathToFileURL(readTable).href)});`,
        `const table = await openTable(${JSON.stringify(file)}, 'd.xlsx');`,
        'const ids = [];',
        'for await (const { cells } of table.rows()) ids.push(cells[2]);',
        'console.log(JSON.stringify({ headers: table.headers.length, ids }));',
      ].join('\n');
      // A file, not --eval: a worker inherits the parent's flags, as it does the server's.
      const entry = path.join(dir, 'read.mjs');
      fs.writeFileSync(entry, script);
      const { stdout } = await promisify(execFile)(process.execPath, [entry]);
      expect(JSON.parse(stdout)).toEqual({ headers: headers.length, ids: ['E-11', 'E-12'] });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
