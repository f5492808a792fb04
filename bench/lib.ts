// Shared pieces of the benchmarks: the two databases (PGlite in memory, a scratch database on a
// throwaway PostgreSQL server), a host started in this process, statistics and formatting.
// Benchmarks print figures; nothing here asserts a time.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { postgresBinDir, startPostgres, type PgServer } from '../scripts/pg-server.mjs';
import { startHost, type RunningHost } from '../cloud/host/start';
import { openDatabase } from '../cloud/db/open';
import type { Database } from '../cloud/db/types';
import { silentLogger } from '../cloud/core/runtime/logger';
import type { ApiResult } from '../types/errors';

export const ROOT = path.resolve(__dirname, '..');

export type Engine = 'pglite' | 'postgres';
export const ENGINE_LABEL: Record<Engine, string> = { pglite: 'PGlite (in memory)', postgres: 'PostgreSQL' };

/** Where a benchmark's data lives: PGlite in memory, or a fresh database on a PostgreSQL server. */
export type Target = { engine: 'pglite' } | { engine: 'postgres'; serverUrl: string };

/** One measured figure. `zero` marks counts that must be 0 (oversell, violations, duplicates, lost). */
export interface Figure {
  name: string;
  value: string;
  zero?: boolean;
}

export type Log = (line: string) => void;
export const print: Log = (line) => process.stdout.write(`${line}\n`);

/** A benchmark that runs once per database. */
export interface EngineBench {
  title: string;
  run(target: Target, log: Log): Promise<Figure[]>;
}

// ---- statistics ---------------------------------------------------------------------------------
/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const ms = (v: number): string => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
export const perSec = (count: number, elapsedMs: number): string => `${Math.round((count * 1000) / elapsedMs)}/s`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

// ---- databases ----------------------------------------------------------------------------------
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `shuren_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // Not WITH (FORCE) at once: the pool's last clients may still be disconnecting after its end(),
      // and a forced termination reaching them is an unhandled 'error' event in pg. Wait for them.
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          const [{ n }] = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name])).rows;
          if (n === 0 || attempt >= 50) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export interface BenchHost extends RunningHost {
  /** POST /api/fn/<fn>; `as` is the dev identity (X-Dev-OpenId) */
  call<T = unknown>(fn: string, event: unknown, as?: string): Promise<{ status: number; body: ApiResult<T> }>;
  /** the data of an ok result; throws otherwise */
  ok<T = unknown>(fn: string, event: unknown, as?: string): Promise<T>;
}

/** The same host `npm start` runs (dev mode, timer off), in this process, on the target database. */
export async function startBenchHost(target: Target, opts: { seed?: boolean; h5Dir?: string } = {}): Promise<BenchHost> {
  const scratch = target.engine === 'postgres' ? await createScratchDatabase(target.serverUrl) : null;
  const running = await startHost({
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory',
    databaseUrl: scratch?.url,
    dev: true,
    seed: opts.seed ?? true,
    h5Dir: opts.h5Dir,
    timerMs: 0,
    log: silentLogger,
  });
  async function call<T>(fn: string, event: unknown, as?: string) {
    const res = await fetch(`${running.url}/api/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { 'x-dev-openid': as } : {}) },
      body: JSON.stringify(event),
    });
    return { status: res.status, body: (await res.json()) as ApiResult<T> };
  }
  return {
    ...running,
    call,
    async ok<T>(fn: string, event: unknown, as?: string) {
      const { body } = await call<T>(fn, event, as);
      if (!body.ok) throw new Error(`${fn}.${String((event as { action?: string }).action)} failed: ${JSON.stringify(body.error)}`);
      return body.data;
    },
    async close() {
      await running.close();
      if (scratch) await scratch.drop();
    },
  };
}

/**
 * The target database without a host. On PostgreSQL, `second` is another connection pool to the
 * same database (as a second process would have); PGlite is one connection, so it is the same one.
 */
export async function openBenchDatabase(target: Target): Promise<{ db: Database; second: Database; close(): Promise<void> }> {
  if (target.engine === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory' });
    return { db, second: db, close: () => db.close() };
  }
  const scratch = await createScratchDatabase(target.serverUrl);
  const db = await openDatabase({ databaseUrl: scratch.url });
  const second = await openDatabase({ databaseUrl: scratch.url });
  return {
    db,
    second,
    async close() {
      await db.close();
      await second.close();
      await scratch.drop();
    },
  };
}

// ---- the PostgreSQL server ----------------------------------------------------------------------
let server: PgServer | null = null;

/** Stops the throwaway server if one was started (also on exit and on Ctrl-C). */
export function stopPostgres(): void {
  server?.stop();
  server = null;
}

/** The throwaway PostgreSQL server of scripts/pg-server.mjs, or null (with the reason) when PostgreSQL is not installed. */
export async function postgresTarget(): Promise<{ target: Target | null; reason: string }> {
  if (!postgresBinDir()) return { target: null, reason: 'PostgreSQL is not installed (apt-get install -y postgresql): the PostgreSQL column is "not run".' };
  if (!server) {
    server = await startPostgres();
    process.once('exit', stopPostgres);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        stopPostgres();
        process.exit(130);
      });
    }
  }
  return { target: { engine: 'postgres', serverUrl: server.url }, reason: '' };
}

/** Runs `count` tasks with at most `concurrency` in flight; returns each task's duration in ms. */
export async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      durations.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return durations;
}

/** `tsx bench/<one>.ts` alone: the benchmark on PGlite, then on PostgreSQL when it is installed. */
export async function runStandalone(bench: EngineBench): Promise<void> {
  try {
    for (const engine of ['pglite', 'postgres'] as const) {
      let target: Target | null = { engine: 'pglite' };
      if (engine === 'postgres') {
        const pgTarget = await postgresTarget();
        target = pgTarget.target;
        if (!target) {
          print(pgTarget.reason);
          continue;
        }
      }
      print(`\n${bench.title} — ${ENGINE_LABEL[engine]}`);
      for (const f of await bench.run(target, (l) => print(`  ${l}`))) print(`  ${f.name}: ${f.value}`);
    }
  } finally {
    stopPostgres();
  }
}
