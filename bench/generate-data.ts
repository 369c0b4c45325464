/**
 * Writes a deterministic synthetic file in the import format (participant-data.md §2):
 *   npm run bench:data -- [N] [--out FILE]
 * N participations (default 1 000 000) over 80 förbund and 20 years, with the demo's
 * distributions, a fixed seed, and streamed to disk so any N fits in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { SUPPORT_CODES } from '@insikt/core';
import {
  DURATION_WEIGHTS,
  EDUCATION_WEIGHTS,
  EXIT_WEIGHTS,
  SUPPORT_BEFORE_WEIGHTS,
} from '../apps/server/src/modules/demo/demo-data';
import { randomSource } from '../apps/server/src/modules/demo/random';
import type { ImportColumn } from '../apps/server/src/modules/import/columns';
import { benchAssociations } from './associations';

// Typed as import columns, so a header the importer does not know fails the type check.
export const HEADER: ImportColumn[] = [
  'forbund',
  'insats',
  'deltagar_id',
  'kon',
  'fodelsear',
  'startdatum',
  'slutdatum',
  'avslutsorsak',
  'utbildning',
  'offentlig_forsorjning_fore',
  'forsorjning_fore',
  'forsorjning_efter',
  'arbete_timmar_fore',
  'arbete_timmar_efter',
  'studier_timmar_fore',
  'studier_timmar_efter',
  'samtycke',
];

const FIRST_YEAR = 2006;
const YEARS = 20;
const INTERVENTIONS_PER_ASSOCIATION = 8;
const SEED = 20_061_231;

export function* benchRows(count: number): Generator<string[]> {
  const r = randomSource(SEED);
  const associations = benchAssociations();
  const lastDay = `${FIRST_YEAR + YEARS - 1}-12-31`;
  for (let i = 0; i < count; i++) {
    const association = associations[i % associations.length]!;
    // About one participation in six is a person's second: the id repeats within the förbund.
    const serial = Math.floor(i / associations.length);
    const repeat = serial > 10 && r.chance(0.16);
    const person = repeat ? r.int(0, serial - 1) : serial;
    // First participations start on even days (counted from 1970), repeats on odd days, so a repeat
    // never has the same start date as the person's first participation (a duplicate in the file).
    const drawn = r.dateBetween(`${FIRST_YEAR}-01-01`, lastDay);
    const odd = (Date.parse(drawn) / 86_400_000) % 2 === 1;
    const start = odd === repeat ? drawn : r.addDays(drawn, 1);
    const gender = r.chance(0.56) ? 'K' : 'M';
    const ongoing = start > `${FIRST_YEAR + YEARS - 1}-06-30` && r.chance(0.6);
    const exit = ongoing ? '' : r.addDays(start, r.int(30, 720));
    const exitDate = exit > lastDay ? lastDay : exit;
    const reason = ongoing ? '' : r.weighted(EXIT_WEIGHTS);
    const working = reason === 'arbete' || (reason !== '' && r.chance(0.1));
    const studying = reason === 'studier';
    const supportBefore = r.weighted(SUPPORT_BEFORE_WEIGHTS);
    const supportAfter = ongoing ? '' : working ? 'lon' : studying ? 'studiemedel' : r.pick(SUPPORT_CODES);
    const hoursBefore = r.chance(0.1) ? r.int(5, 20) : 0;
    yield [
      association.name,
      `Insats ${(i >> 3) % INTERVENTIONS_PER_ASSOCIATION}`,
      `P${person}`,
      gender,
      String(Number(start.slice(0, 4)) - r.int(18, 64)),
      start,
      exitDate,
      reason,
      r.weighted(EDUCATION_WEIGHTS),
      r.weighted(DURATION_WEIGHTS),
      supportBefore,
      supportAfter,
      String(hoursBefore),
      ongoing ? '' : working ? String(r.int(10, 40)) : '0',
      r.chance(0.05) ? '10' : '0',
      ongoing ? '' : studying ? String(r.int(20, 40)) : '0',
      r.chance(0.93) ? 'ja' : 'nej',
    ];
  }
}

export async function writeBenchFile(count: number, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  out.write(`${HEADER.join(';')}\n`);
  let buffer = '';
  for (const row of benchRows(count)) {
    buffer += `${row.join(';')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

// Part of the file name, so a changed generator never reuses a file written by an older one.
const GENERATOR_VERSION = 2;

export const defaultBenchFile = (count: number) =>
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'data', `deltagare-v${GENERATOR_VERSION}-${count}.csv`);

/** The benchmark file with this many rows, written first when missing. */
export async function ensureBenchFile(rows: number): Promise<string> {
  const file = defaultBenchFile(rows);
  if (!fs.existsSync(file)) await writeBenchFile(rows, file);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const count = Number(args.find((a, i) => /^\d+$/.test(a) && (outAt < 0 || i !== outAt + 1)) ?? 1_000_000);
  const file = outAt >= 0 ? path.resolve(args[outAt + 1]!) : defaultBenchFile(count);
  const started = Date.now();
  await writeBenchFile(count, file);
  console.log(`${count} inskrivningar skrivna till ${file} på ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
