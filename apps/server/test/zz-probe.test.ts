import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { openDatabase } from '../src/db/open-db';
import { pgliteSnapshot } from './database-template';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'insikt-probe-'));
async function time(label: string, f: () => Promise<unknown>) {
  const t = performance.now(); const c0 = process.cpuUsage();
  await f();
  const c = process.cpuUsage(c0);
  console.log(label, Math.round(performance.now() - t), 'cpu', Math.round((c.user + c.system) / 1000));
}
it('probe', async () => {
  const a = tmp();
  await time('fresh folder (initdb+migrate)', async () => (await openDatabase({ dataDir: a })).close());
  await time('existing folder', async () => (await openDatabase({ dataDir: a })).close());
  const b = tmp();
  await time('folder from snapshot', async () => (await openDatabase({ dataDir: b, loadDataDir: pgliteSnapshot() })).close());
  const c = tmp();
  await time('copy folder', async () => fs.cpSync(a, c, { recursive: true }));
  await time('copied folder open', async () => (await openDatabase({ dataDir: c })).close());
}, 300000);
