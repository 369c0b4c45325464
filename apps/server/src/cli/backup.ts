import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open-db';
import type { Config } from '../platform/config';

function requireEmbedded(config: Config, verb: string): void {
  if (config.databaseUrl) {
    throw new Error(
      `insikt db ${verb} gäller den inbäddade databasen. För PostgreSQL: använd pg_dump/pg_restore (se docs/operations.md).`,
    );
  }
}

/** Writes a consistent, compressed copy of the embedded database (a tar.gz of its data folder). */
export async function backupDatabase(config: Config, file: string): Promise<void> {
  requireEmbedded(config, 'backup');
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    const archive = await database.pglite!.dumpDataDir('gzip');
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } finally {
    await database.close();
  }
}

/**
 * Restores a backup into the embedded data folder. Existing data is never overwritten unless
 * `force` is given, and even then it is moved aside (pgdata.before-restore-…) rather than deleted.
 */
export async function restoreDatabase(config: Config, file: string, force: boolean): Promise<void> {
  requireEmbedded(config, 'restore');
  if (!fs.existsSync(file)) throw new Error(`Filen ${file} finns inte.`);
  const pgdata = path.join(config.dataDir, 'pgdata');
  if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
    if (!force) {
      throw new Error(
        `${config.dataDir} innehåller redan en databas. Använd --force för att ersätta den (den gamla flyttas undan).`,
      );
    }
    if (fs.existsSync(path.join(config.dataDir, 'insikt.lock'))) {
      // Opening takes the lock and fails clearly if a server is running on the folder.
      const check = await openDatabase({ dataDir: config.dataDir, migrate: false });
      await check.close();
    }
    fs.renameSync(pgdata, `${pgdata}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  }
  const archive = new Blob([fs.readFileSync(file)]);
  const database = await openDatabase({ dataDir: config.dataDir, loadDataDir: archive });
  await database.close();
}
