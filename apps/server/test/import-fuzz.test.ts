import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../src/modules/import/read-table';
import { AppError } from '../src/platform/errors';
import { login, seedAssociation, seedUser, startTestApp, type Session, type TestContext } from './harness';

/**
 * Fuzzing of the import (issue 5): whatever bytes arrive, the parser either reads rows or refuses
 * the file with a clear 400 – it never throws anything else – and the API never answers 500.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-fuzz-'));
let n = 0;
const file = (bytes: Uint8Array | string, ext: string) => {
  const target = path.join(dir, `f${n++}.${ext}`);
  fs.writeFileSync(target, bytes);
  return target;
};

async function readAll(target: string, name: string): Promise<'rows' | 'refused'> {
  try {
    const table = await openTable(target, name);
    for await (const _row of table.rows()) {
      // Reading every row is the point: errors surface while streaming.
    }
    return 'rows';
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return 'refused';
    throw error;
  }
}

const HEADER = 'forbund;insats;deltagar_id;kon;fodelsear;startdatum;slutdatum;avslutsorsak;samtycke;kommentar';
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '=cmd|calc',
    '"',
    '""',
    ';',
    '\n',
    '\r\n',
    '\u0000',
    '\uFEFF',
    '2024-02-30',
    '-1',
    '1e309',
    'ja',
    'K',
  ),
);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('import fuzzing', () => {
  it('reads or refuses random bytes as CSV, never crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        expect(['rows', 'refused']).toContain(await readAll(file(bytes, 'csv'), 'fil.csv'));
      }),
      { numRuns: 150 },
    );
  });

  it('reads or refuses random bytes as XLSX (also zip-like ones), never crashes', async () => {
    const zipLike = fc.uint8Array({ maxLength: 3000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 3000 }), zipLike), async (bytes) => {
        expect(['rows', 'refused']).toContain(await readAll(file(bytes, 'xlsx'), 'fil.xlsx'));
      }),
      { numRuns: 100 },
    );
  });

  it('reads CSV rows of arbitrary quoted text exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 20,
        }),
        async (rows) => {
          const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
          const text = ['a;b;c', ...rows.map((r) => r.map(quote).join(';'))].join('\n');
          const table = await openTable(file(text, 'csv'), 'fil.csv');
          const read: string[][] = [];
          for await (const { cells } of table.rows()) read.push(cells);
          // Rows where every cell is blank are skipped by design.
          expect(read).toEqual(rows.filter((r) => r.some((c) => c.trim() !== '')));
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Line endings, quoting and column counts (issue 12 §3, decision 0018), against a model of the
 * file built here without the parser: what the user put in each line, and how the file spells it.
 * Every line ending (CRLF, LF, CR) ends a record outside quotes, line by line; inside quotes it is
 * part of the value. A line with cells not lining up with the header is refused, never merged.
 */
describe('CSV records against a reference model', () => {
  const ENDINGS = ['\r\n', '\n', '\r'] as const;
  const value = fc.string({
    unit: fc.constantFrom('a', 'B', 'å', ' ', '1', ';', ',', '"', '""', '\n', '\r', '\r\n'),
    maxLength: 6,
  });
  const needsQuotes = (v: string) => /[;"\r\n]/.test(v);
  const spell = (v: string, quote: boolean) => (quote || needsQuotes(v) ? `"${v.replace(/"/g, '""')}"` : v);
  interface Line {
    cells: string[];
    quote: boolean[];
    ending: string;
  }
  /** A line: as many cells as the header, or one fewer, or extra cells (trailing separators or values). */
  const lineOf = (columns: number) =>
    fc
      .record({
        shape: fc.constantFrom('same', 'same', 'same', 'fewer', 'trailing', 'more', 'blank'),
        cells: fc.array(value, { minLength: columns + 2, maxLength: columns + 2 }),
        quote: fc.array(fc.boolean(), { minLength: columns + 2, maxLength: columns + 2 }),
        ending: fc.constantFrom(...ENDINGS),
      })
      .map(({ shape, cells, quote, ending }): Line => {
        const width = { same: columns, fewer: columns - 1, trailing: columns + 1, more: columns + 2, blank: 1 }[shape];
        const line = cells.slice(0, width);
        if (shape === 'trailing') line[columns] = '';
        if (shape === 'blank') line[0] = '';
        return { cells: line, quote: quote.slice(0, width), ending };
      });
  const fileOf = fc.integer({ min: 2, max: 5 }).chain((columns) =>
    fc.record({
      columns: fc.constant(columns),
      headerEnding: fc.constantFrom(...ENDINGS),
      lines: fc.array(lineOf(columns), { maxLength: 12 }),
      bom: fc.boolean(),
      finalEnding: fc.boolean(),
    }),
  );

  function spellFile(file: {
    columns: number;
    headerEnding: string;
    lines: Line[];
    bom: boolean;
    finalEnding: boolean;
  }) {
    const header = Array.from({ length: file.columns }, (_, i) => `h${i + 1}`).join(';');
    let text = (file.bom ? '\uFEFF' : '') + header;
    let previous = file.headerEnding;
    file.lines.forEach((line, i) => {
      const spelt = line.cells.map((c, j) => spell(c, line.quote[j]!)).join(';');
      // A lone CR directly followed by LF is one CRLF ending: an empty line after a CR ends in CR.
      text += previous + spelt;
      previous = previous === '\r' && spelt === '' && line.ending === '\n' ? '\r' : line.ending;
      if (i === file.lines.length - 1 && !file.finalEnding) previous = '';
    });
    return text + previous;
  }

  /** What the reader must give: every line but the blank ones, numbered as Excel numbers them. */
  function expected(file: { columns: number; lines: Line[] }) {
    return file.lines.flatMap((line, i) => {
      if (line.cells.every((c) => c.trim() === '')) return [];
      const row = i + 2;
      return line.cells.length === file.columns
        ? [{ row, cells: line.cells, refused: false }]
        : [{ row, cells: [], refused: true, counts: [line.cells.length, file.columns] }];
    });
  }

  async function read(target: string) {
    const table = await openTable(target, 'fil.csv');
    const rows: { row: number; cells: string[]; refused: boolean; counts?: number[] }[] = [];
    for await (const { row, cells, problem } of table.rows()) {
      if (!problem) rows.push({ row, cells, refused: false });
      else {
        const [, got, of] = /Raden har (\d+) värden men rubrikraden har (\d+) kolumner/.exec(problem.message) ?? [];
        rows.push({ row, cells: [], refused: true, counts: [Number(got), Number(of)] });
      }
    }
    return rows;
  }

  it('reads every line of mixed CRLF/LF/CR files exactly, and refuses lines of another width', async () => {
    await fc.assert(
      fc.asyncProperty(fileOf, async (model) => {
        expect(await read(file(spellFile(model), 'csv'))).toEqual(expected(model));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a large file of mixed endings whose CRLF and quoted values straddle the reading chunks', async () => {
    const lines: Line[] = Array.from({ length: 40_000 }, (_, i) => ({
      cells: [`r${i}`, i % 7 === 0 ? 'två\r\nrader' : 'x'.repeat(i % 13)],
      quote: [false, i % 5 === 0],
      ending: ENDINGS[i % 3]!,
    }));
    const model = { columns: 2, headerEnding: '\r\n', lines, bom: true, finalEnding: true };
    const text = spellFile(model);
    expect(text.length).toBeGreaterThan(2 * 256 * 1024);
    expect(await read(file(text, 'csv'))).toEqual(expected(model));
  });
});

describe('the import API under hostile files', () => {
  let ctx: TestContext;
  let session: Session;
  let name: string;
  beforeAll(async () => {
    ctx = await startTestApp();
    name = 'Fuzzförbundet';
    const association = (await seedAssociation(ctx, name)).id;
    session = await login(ctx, (await seedUser(ctx, 'association_admin', association)).email);
  });
  afterAll(() => ctx.close());

  it('answers every file with 200 or a clear 4xx, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { maxLength: 8 }), async (rows) => {
        const body = [HEADER, ...rows.map((r) => [name, ...r.slice(1)].join(';'))].join('\n');
        const response = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/imports/participants?fileName=fuzz.csv&dryRun=true&createInterventions=true',
          payload: Buffer.from(body),
          headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrf },
        });
        expect(response.statusCode, response.body.slice(0, 200)).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
