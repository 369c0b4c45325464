import { parentPort, workerData } from 'node:worker_threads';
import { NOT_XLSX, type XlsxLimits } from './xlsx-limits';
import { xlsxRows } from './xlsx-rows';

/** What the worker posts to the server's thread; the server answers each batch with 'more'. */
export type XlsxWorkerMessage =
  { type: 'rows'; rows: { row: number; cells: string[] }[] } | { type: 'done' } | { type: 'error'; message: string };

export interface XlsxWorkerData {
  path: string;
  limits: XlsxLimits;
  batchSize: number;
}

const port = parentPort!;
const { path, limits, batchSize } = workerData as XlsxWorkerData;
const post = (message: XlsxWorkerMessage) => port.postMessage(message);

// At most two batches wait in the server's thread: the worker reads ahead, but not the whole file.
let credits = 2;
let wake: (() => void) | undefined;
port.on('message', (message) => {
  if (message !== 'more') return;
  credits++;
  wake?.();
  wake = undefined;
});

async function send(rows: { row: number; cells: string[] }[]) {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
  post({ type: 'rows', rows });
}

try {
  let batch: { row: number; cells: string[] }[] = [];
  for await (const row of xlsxRows(path, limits)) {
    batch.push(row);
    if (batch.length >= batchSize) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await send(batch);
  post({ type: 'done' });
} catch (error) {
  const issues = (error as { issues?: { message: string }[] }).issues;
  post({ type: 'error', message: issues?.[0]?.message ?? NOT_XLSX });
}
port.close();
