import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { acquireDataDirLock } from './lock';
import { seedReferenceData } from './seed-reference';

/** One database type for both drivers: repositories never know which one runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; inside a transaction always use it, never the outer Db (PGlite deadlocks). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /**
   * False when the embedded database's folder or its lock file has disappeared under the running
   * process: PGlite keeps answering from memory, and every write would be lost (issue 11 §3).
   */
  intact(): boolean;
  /** Only for the embedded database: the raw PGlite instance (backup). */
  pglite?: PGlite;
  /** Only for PostgreSQL: the connection pool. */
  pool?: pg.Pool;
}

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Embedded data folder; `memory://` gives an in-memory database (tests). */
  dataDir?: string;
  /** Restore: load a backup archive into a new, empty data folder. */
  loadDataDir?: Blob;
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
  if (options.migrate !== false) {
    try {
      await runMigrations(database);
      await seedReferenceData(database.db);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (dataDir.startsWith('memory://')) {
    const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
    return {
      db: drizzlePglite({ client, schema }) as unknown as Db,
      kind: 'pglite',
      pglite: client,
      intact: () => true,
      close: () => client.close(),
    };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const { release, held } = acquireDataDirLock(dataDir);
  const pgdata = path.join(dataDir, 'pgdata');
  try {
    const client = await PGlite.create(pgdata, loadDataDir ? { loadDataDir } : {});
    return {
      db: drizzlePglite({ client, schema }) as unknown as Db,
      kind: 'pglite',
      pglite: client,
      intact: () => held() && fs.existsSync(path.join(pgdata, 'PG_VERSION')),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // A dropped server connection must not crash the process; requests fail and recover instead.
  pool.on('error', () => undefined);
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    pool,
    // The server's own health is its connection's concern (503 database_unavailable).
    intact: () => true,
    close: () => pool.end(),
  };
}

// Any 64-bit number unique to Insikt: several app servers starting at once migrate one at a time.
const MIGRATION_LOCK_KEY = 4_711_2003_1210;

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // The lock belongs to one connection, so hold a dedicated client while the pool migrates.
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(database.db as never, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
