import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './types';

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

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.sql$/, ''),
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
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
