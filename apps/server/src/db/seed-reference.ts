import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import {
  EXAMPLE_PRICE_LIST_ROWS,
  EXAMPLE_PRICE_LIST_YEAR,
  KNOWN_GUIDELINE_2013,
  type County,
  type Municipality,
} from '@insikt/core';
import type { Db } from './open-db';
import { counties, equityGuidelines, municipalities, priceLists } from './schema';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed-data');

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(seedDir, file), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

/** SCB counties and municipalities as shipped in seed-data/ (CC0, codes as of 2024). */
export function loadReferenceData(): { counties: County[]; municipalities: Municipality[] } {
  return {
    counties: readCsv('lan.csv').map(([code, name]) => ({ code: code!, name: name! })),
    municipalities: readCsv('kommuner.csv').map(([code, name, countyCode]) => ({
      code: code!,
      name: name!,
      countyCode: countyCode!,
    })),
  };
}

/** Upserts the reference data at every start, so a new SCB file reaches existing installations. */
export async function seedReferenceData(db: Db): Promise<void> {
  // The national default price list, once: a system administrator's later edits are kept.
  await db
    .insert(priceLists)
    .values({
      associationId: null,
      year: EXAMPLE_PRICE_LIST_YEAR,
      name: 'Nationell standard (exempelvärden)',
      rows: EXAMPLE_PRICE_LIST_ROWS,
      isExample: true,
    })
    .onConflictDoNothing();
  // The guideline's known step (20 % up to 7 Mkr, decided 2013-10-02) is a fact, not demo data: present
  // from the first start; a system administrator's later versions and edits are kept (decision 0053).
  await db
    .insert(equityGuidelines)
    .values({
      decidedOn: KNOWN_GUIDELINE_2013.decided,
      steps: KNOWN_GUIDELINE_2013.steps,
      note: 'Nationella rådets rekommendation (Översyn av samordningsförbunden i Jönköpings län, avsnitt 2.7): 20 % av alla intäkter vid en omslutning upp till 7 miljoner kronor. Övriga steg läggs in av systemadministratören.',
    })
    .onConflictDoNothing();
  const data = loadReferenceData();
  await db.transaction(async (tx) => {
    await tx
      .insert(counties)
      .values(data.counties)
      .onConflictDoUpdate({ target: counties.code, set: { name: sql`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(data.municipalities)
      .onConflictDoUpdate({
        target: municipalities.code,
        set: { name: sql`excluded.name`, countyCode: sql`excluded.county_code` },
      });
  });
}
