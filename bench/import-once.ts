/**
 * One timed import of a benchmark file into the database Insikt is configured for, in its own
 * process so its peak memory is its own: prints { seconds, rows, peakMb } as JSON.
 *   node --import tsx bench/import-once.ts FILE
 */
import { openDatabase } from '../apps/server/src/db/open-db';
import { importParticipants } from '../apps/server/src/modules/import/import-participants';
import { openTable } from '../apps/server/src/modules/import/read-table';
import { cliActor } from '../apps/server/src/platform/actor';
import { loadConfig } from '../apps/server/src/platform/config';
import { personHasher } from '../apps/server/src/platform/person-key';
import { resolveSecret } from '../apps/server/src/platform/secret';
import { setupAssociations } from './setup-associations';

const file = process.argv[2]!;
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await setupAssociations(database);
  // The fault test aims its kills at the import itself, after this line.
  console.log('import:start');
  const started = process.hrtime.bigint();
  const result = await importParticipants(
    database.db,
    cliActor(),
    await openTable(file, file),
    { createInterventions: true, dryRun: false, fileName: file },
    personHasher(resolveSecret(config)),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.errorCount > 0)
    throw new Error(`${result.errorCount} fel i filen, t.ex. ${JSON.stringify(result.errors[0])}`);
  console.log(
    JSON.stringify({
      seconds,
      rows: result.rows,
      created: result.created,
      peakMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} finally {
  await database.close();
}
