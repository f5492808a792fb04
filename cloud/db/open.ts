import { openPglite } from './pglite';
import { migrate } from './migrate';
import type { Database } from './types';

export interface OpenOptions {
  /** postgres://… — a PostgreSQL server; wins over dataDir */
  databaseUrl?: string;
  /** a PGlite data directory; undefined or 'memory' for an in-memory database */
  dataDir?: string;
}

/** Opens the configured database and brings its schema up to date. */
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
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
