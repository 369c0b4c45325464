import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { EXAMPLE_PRICE_LIST_ROWS, EXAMPLE_PRICE_LIST_YEAR, type County, type Municipality } from '@insikt/core';
import type { Db } from './open-db';
import { counties, municipalities, priceLists } from './schema';

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
