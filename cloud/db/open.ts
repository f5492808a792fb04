import { openPglite } from './pglite';
import { migrate, pendingMigrations, SchemaBehindError } from './migrate';
import type { Database } from './types';

export interface OpenOptions {
  /** postgres://… — a PostgreSQL server; wins over dataDir */
  databaseUrl?: string;
  /** a PGlite data directory; undefined or 'memory' for an in-memory database */
  dataDir?: string;
  /**
   * `migrate` (default): apply what is pending — the local host, the tests and `npm run migrate`; PGlite
   * in memory starts empty. `check`: only verify that nothing is pending (one query) and refuse to open
   * otherwise — a cloud function's cold start: migrations are a deploy step, not something every cold
   * instance does under a lock (cloud/functions/migrate).
   */
  schema?: 'migrate' | 'check';
}

/** Opens the configured database and brings its schema up to date, or (schema: 'check') insists that it is. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  let db: Database;
  if (opts.databaseUrl) {
    // Loaded lazily so a cloud function bundle that only uses PostgreSQL never pulls in PGlite and vice versa.
    const { openPostgres } = await import('./postgres');
    db = await openPostgres(opts.databaseUrl);
  } else {
    db = await openPglite(opts.dataDir && opts.dataDir !== 'memory' ? opts.dataDir : undefined);
  }
  try {
    if (opts.schema === 'check') {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) throw new SchemaBehindError(pending);
    } else {
      await migrate(db);
    }
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
