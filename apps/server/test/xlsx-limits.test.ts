import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_LIMITS } from '../src/modules/import/xlsx-limits';
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

interface Part {
  name: string;
  data: Buffer | string;
  /** Written into the central directory instead of the real unpacked size. */
  declaredSize?: number;
}

/** A zip file, deflated, built by hand so that its sizes can be anything. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const nameBytes = Buffer.from(part.name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(part.declaredSize ?? data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A minimal workbook: the cells are shared strings, or inline strings when `strings` is given. */
function xlsx(rows: string[][], options: { strings?: string[]; sheet?: string; sheetSize?: number } = {}): Buffer {
  const strings = options.strings ?? [...new Set(rows.flat())];
  const index = new Map(strings.map((s, i) => [s, i]));
  const columnName = (c: number) =>
    c < 26
      ? String.fromCharCode(65 + c)
      : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26));
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((cell, c) => `<c r="${columnName(c)}${r + 1}" t="s"><v>${index.get(cell)}</v></c>`).join('')}</row>`,
    )
    .join('');
  const sheet =
    options.sheet ??
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`;
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Deltagare" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet,
      ...(options.sheetSize ? { declaredSize: options.sheetSize } : {}),
    },
  ]);
}

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
