import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { Worker } from 'node:worker_threads';
import { checkZipSizes, limitMessages, NOT_XLSX, unreadable, XLSX_LIMITS, type XlsxLimits } from './xlsx-limits';
import type { XlsxWorkerData, XlsxWorkerMessage } from './xlsx-worker';
import { columnProblem } from './column-count';
import type { ImportIssue } from './parse-row';

export interface TableRow {
  /** The row number a user sees in Excel: the header is row 1. */
  row: number;
  cells: string[];
  /** Set when the row's cells do not line up with the header: the row is refused, not read. */
  problem?: ImportIssue;
}

export interface Table {
  headers: string[];
  /** Streams the data rows (after the header), reading the file afresh on each call. */
  rows: () => AsyncIterable<TableRow>;
}

type Records = () => AsyncIterable<{ row: number; cells: string[] }>;

const SNIFF_BYTES = 64 * 1024;

function readHead(path: string): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, Excel's Swedish default. */
export function detectEncoding(head: Buffer): 'utf-8' | 'windows-1252' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  // A multi-byte character may be cut at the end of a full sample; leave out its last bytes.
  const sample = head.length === SNIFF_BYTES ? head.subarray(0, head.length - 3) : head;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

async function* decode(path: string, encoding: 'utf-8' | 'windows-1252'): AsyncIterable<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 256 * 1024 })) {
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) {
      throw unreadable(
        'Filen har ogiltiga tecken. Spara den som "CSV UTF-8" eller "CSV (semikolonavgränsad)" från Excel.',
      );
    }
    throw error;
  }
}

/** Waits until the parser wants more input (or is gone), leaving no listener behind. */
function drainOrClose(parser: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

function csvRecords(path: string): Records {
  const head = readHead(path);
  const encoding = detectEncoding(head);
  const firstLine =
    new TextDecoder(encoding)
      .decode(head)
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)[0] ?? '';
  // The separator is whichever of ; and , the header line uses more (participant-data.md §2).
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return async function* () {
    // Every line ending ends a record outside quotes, line by line: a file whose header ends in
    // CRLF and whose rows end in LF (rows added in another editor) must not become one record,
    // which csv-parse's detection from the first line would make it (issue 12 §3, decision 0018).
    // CRLF is listed first so that it is one ending, not CR followed by an empty line.
    const parser = parse({
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      bom: true,
      max_record_size: 1024 * 1024,
    });
    const feeding = (async () => {
      try {
        for await (const text of decode(path, encoding)) {
          if (parser.destroyed) return;
          if (!parser.write(text)) await drainOrClose(parser);
        }
        parser.end();
      } catch (error) {
        parser.destroy(error as Error);
      }
    })();
    let row = 0;
    try {
      for await (const cells of parser) yield { row: ++row, cells: cells as string[] };
    } catch (error) {
      if (error instanceof CsvError) {
        throw unreadable(`Filen kunde inte läsas som CSV (rad ${row + 1}): ${(error as Error).message}`);
      }
      throw error;
    } finally {
      parser.destroy();
      await feeding;
    }
  };
}

const XLSX_WORKER = new URL('./xlsx-worker.mjs', import.meta.url);
const XLSX_BATCH_ROWS = 1_000;

/**
 * Reads the XLSX file in a worker thread with a memory limit, which posts the rows in batches: a
 * hostile file can use up the worker, never the server's heap or event loop (decision 0017).
 */
export async function* xlsxInWorker(path: string, limits: XlsxLimits): AsyncGenerator<TableRow> {
  const data: XlsxWorkerData = { path, limits, batchSize: XLSX_BATCH_ROWS };
  const worker = new Worker(XLSX_WORKER, {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb },
  });
  const queue: (XlsxWorkerMessage | { type: 'exit' })[] = [];
  let notify: (() => void) | undefined;
  const push = (message: XlsxWorkerMessage | { type: 'exit' }) => {
    queue.push(message);
    notify?.();
    notify = undefined;
  };
  worker.on('message', push);
  worker.on('error', (error: Error & { code?: string }) =>
    push({
      type: 'error',
      message: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? limitMessages.memory(limits.workerMemoryMb) : NOT_XLSX,
    }),
  );
  worker.on('exit', () => push({ type: 'exit' }));
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (notify = resolve));
      const message = queue.shift()!;
      if (message.type === 'rows') {
        worker.postMessage('more');
        yield* message.rows;
      } else if (message.type === 'done') return;
      else if (message.type === 'error') throw unreadable(message.message);
      else throw unreadable(NOT_XLSX);
    }
  } finally {
    await worker.terminate();
  }
}

function xlsxRecords(path: string): Records {
  checkZipSizes(path);
  const limits = { ...XLSX_LIMITS };
  return () => xlsxInWorker(path, limits);
}

/** Opens a CSV or XLSX file in the import format for streaming: reads the header now, the rows on demand. */
export async function openTable(path: string, fileName: string): Promise<Table> {
  if (/\.xls$/i.test(fileName))
    throw unreadable('Det gamla Excel-formatet .xls stöds inte. Spara filen som .xlsx eller CSV.');
  const isXlsx = /\.xlsx$/i.test(fileName);
  const records = isXlsx ? xlsxRecords(path) : csvRecords(path);
  let headers: string[] | undefined;
  for await (const first of records()) {
    headers = first.cells;
    break;
  }
  if (!headers || headers.every((h) => h.trim() === '')) throw unreadable('Filen är tom eller saknar rubrikrad.');
  const header = headers;
  return {
    headers: header,
    rows: async function* () {
      let skippedHeader = false;
      for await (const record of records()) {
        if (!skippedHeader) {
          skippedHeader = true;
          continue;
        }
        if (record.cells.every((c) => c.trim() === '')) continue;
        // A CSV row has exactly as many cells as the header; an XLSX row places each cell itself.
        const problem = columnProblem(header, record.row, record.cells, { exactCount: !isXlsx });
        yield problem ? { ...record, problem } : record;
      }
    },
  };
}
