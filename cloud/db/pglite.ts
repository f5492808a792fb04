import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { INT8_OID, parseInt8 } from './int8';
import type { Database, Queryable } from './types';

/**
 * PGlite is a single connection: two requests' transactions must never interleave on it, or one
 * request's statements would run inside the other's transaction. Every statement and every
 * transaction therefore goes through one queue.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite: PGliteCtor } = await import('@electric-sql/pglite');
  // PGlite makes its own folder but not the ones above it (a fresh clone has no .data/ yet).
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  // bigint as an exact number or an error (./int8.ts); PGlite's own parser would answer a BigInt past 2^53.
  const parsers = { [INT8_OID]: parseInt8 };
  const db: PGlite = dataDir ? new PGliteCtor(dataDir, { parsers }) : new PGliteCtor({ parsers });
  await db.waitReady;

  let tail: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  }

  const direct: Queryable = {
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await db.query<T>(sql, params);
      return res.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };

  let closed = false;
  return {
    kind: 'pglite',
    query: (sql, params) => exclusive(() => direct.query(sql, params)),
    exec: (sql) => exclusive(() => direct.exec(sql)),
    transaction: (fn) =>
      exclusive(async () => {
        await db.exec('BEGIN');
        try {
          const result = await fn(direct);
          await db.exec('COMMIT');
          return result;
        } catch (err) {
          await db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      exclusive(async () => {
        if (closed) return;
        closed = true;
        await db.close();
      }),
  };
}
