import pg from 'pg';
import { INT8_OID, parseInt8 } from './int8';
import type { Database, Queryable } from './types';

// bigint (money totals, sums, counts) as an exact JS number or an error, never a string (./int8.ts);
// per pool rather than pg's global table, so nothing else in the process is changed.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * An error the server answered for one statement, after which the connection is idle and sound. Judged by SQLSTATE,
 * not by `severity`, which the server localises (lc_messages=zh_CN says 错误, not ERROR): connection exceptions (08),
 * operator intervention such as a shutdown (57P) and internal errors (XX) leave the connection suspect, as does any
 * error that is not the server's (a timeout, a parser throwing) — pg-pool also drops a client that is ending.
 */
function statementError(err: unknown): boolean {
  return err instanceof pg.DatabaseError && typeof err.code === 'string' && !/^(08|57P|XX)/.test(err.code);
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle connection the server closes (restart, failover, a dropped test database) must not crash
  // the process: the pool replaces it on the next query.
  pool.on('error', (err) => process.stderr.write(`postgres pool: ${err.message}\n`));
  // Surface a bad URL at start-up rather than on the first request.
  const probe = await pool.connect();
  probe.release();

  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      // Not pool.query: it closes the connection on ANY error, so each refused autocommit statement (order.create's
      // stock CHECK, issue 18) cost a new backend (fork, login, cold caches): ~100 per 200-buyer race round.
      // A statement's ERROR leaves the connection idle and sound; only a broken connection is thrown away.
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const res = await client.query(sql, params);
        return res.rows as T[];
      } catch (err) {
        if (!statementError(err)) broken = err instanceof Error ? err : new Error(String(err));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      const tx: Queryable = {
        async query<R>(sql: string, params: unknown[] = []) {
          const res = await client.query(sql, params);
          return res.rows as R[];
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
