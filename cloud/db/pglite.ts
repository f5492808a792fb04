import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { statementName } from './statements';
import { INT8_OID, parseInt8 } from './int8';
import type { Database, Queryable } from './types';

/**
 * PGlite is a single connection: two requests' transactions must never interleave on it, or one
 * request's statements would run inside the other's transaction. Every statement and every
 * transaction therefore goes through one queue.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite: PGliteCtor, parse, protocol } = await import('@electric-sql/pglite');
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

  // A named statement is parsed, planned and described once (its parameter types kept here), then each call is
  // one Bind/Describe/Execute/Sync batch: PGlite's own query() parses and describes the text again every time and
  // enters the WASM server six times per query. A text past the name cap takes PGlite's own path.
  const prepared = new Map<string, number[]>();
  async function prepare(name: string, sql: string): Promise<number[]> {
    const known = prepared.get(name);
    if (known) return known;
    const { messages } = await db.execProtocol(concat(protocol.serialize.parse({ name, text: sql }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()), { syncToFs: false });
    const types = parse.parseDescribeStatementResults(messages);
    prepared.set(name, types);
    return types;
  }

  let inTransaction = false;
  const direct: Queryable = {
    async query<T>(sql: string, params: unknown[] = []) {
      const name = statementName(sql);
      if (!name) return (await db.query<T>(sql, params)).rows;
      const types = await prepare(name, sql);
      // Each value as PGlite's query() would send it: its type's serializer, else its text.
      const values = params.map((v, i) => (v === null || v === undefined ? null : (db.serializers[types[i]] ?? String)(v)));
      const { messages } = await db.execProtocol(
        concat(protocol.serialize.bind({ statement: name, values }), protocol.serialize.describe({ type: 'P' }), protocol.serialize.execute({}), protocol.serialize.sync()),
        // outside a transaction a statement is committed on its own: then a data directory on disk is synced, as query() does
        { syncToFs: !inTransaction },
      );
      return parse.parseResults(messages, db.parsers)[0].rows as T[];
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
        inTransaction = true;
        try {
          const result = await fn(direct);
          await db.exec('COMMIT');
          return result;
        } catch (err) {
          await db.exec('ROLLBACK');
          throw err;
        } finally {
          inTransaction = false;
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

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
