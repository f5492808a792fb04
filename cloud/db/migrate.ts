import fs from 'node:fs';
import path from 'node:path';
import type { Database, Queryable } from './types';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The bundled cloud functions ship their migrations beside index.js; elsewhere they sit next to this file. */
export function migrationsDir(): string {
  const beside = path.join(__dirname, 'migrations');
  return process.env.MIGRATIONS_DIR ?? beside;
}

/** The migrations this code expects, by file name only (a cold start reads no SQL). */
export function listMigrations(dir = migrationsDir()): Omit<Migration, 'sql'>[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file.replace(/\.sql$/, '') }));
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return listMigrations(dir).map((m) => ({ ...m, sql: fs.readFileSync(path.join(dir, `${m.name}.sql`), 'utf8') }));
}

/**
 * The expected migrations the database has not applied, in one cheap query — what a cloud function's cold
 * start checks instead of migrating (migrations run once per deploy: the migrate function or `npm run migrate`).
 * Every version is compared, not just the newest, so one that arrived out of order is noticed too.
 */
export async function pendingMigrations(db: Queryable, expected = listMigrations()): Promise<Omit<Migration, 'sql'>[]> {
  let applied: Set<number>;
  try {
    applied = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  } catch (err) {
    // 42P01 undefined_table: a database nothing was ever applied to.
    if ((err as { code?: string }).code !== '42P01') throw err;
    applied = new Set();
  }
  return expected.filter((m) => !applied.has(m.version));
}

/** A cold start found the database behind the code: the deploy skipped its migrate step. */
export class SchemaBehindError extends Error {
  constructor(readonly pending: Omit<Migration, 'sql'>[]) {
    super(
      `the database schema is behind this code (${pending.map((m) => m.name).join(', ')} not applied): ` +
        'run the migrate function (or DATABASE_URL=… npm run migrate) before this function serves',
    );
    this.name = 'SchemaBehindError';
  }
}

/**
 * Applies the migrations not yet recorded, in order, each in its own transaction together with
 * its record. The table lock makes two processes starting at once (two cold cloud functions)
 * apply each migration exactly once. Returns the names it applied.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}
