/**
 * Creates the benchmark's 80 förbund in the database Insikt is configured for (INSIKT_DATA_DIR
 * or DATABASE_URL), skipping those that exist, so that the generated file can be imported:
 *   node --import tsx bench/setup-associations.ts
 */
import { fileURLToPath } from 'node:url';
import { openDatabase, runMigrations, type Database } from '../apps/server/src/db/open-db';
import { seedReferenceData } from '../apps/server/src/db/seed-reference';
import { findAssociationByName } from '../apps/server/src/modules/organisation/organisation.repository';
import { createAssociation } from '../apps/server/src/modules/organisation/create-association';
import { cliActor } from '../apps/server/src/platform/actor';
import { loadConfig } from '../apps/server/src/platform/config';
import { benchAssociations } from './associations';

export async function setupAssociations(database: Database): Promise<void> {
  for (const a of benchAssociations()) {
    await database.db.transaction(async (tx) => {
      if (await findAssociationByName(tx, a.name)) return;
      await createAssociation(tx, cliActor(), {
        name: a.name,
        countyCode: a.countyCode,
        municipalityCodes: [a.municipalityCode],
      });
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(database);
    await seedReferenceData(database.db);
    await setupAssociations(database);
    console.log('De 80 testförbunden finns i databasen.');
  } finally {
    await database.close();
  }
}
