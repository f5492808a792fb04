// Shared pieces of the benchmarks: the two databases (PGlite in memory, a scratch database on a
// throwaway PostgreSQL server), a host started in this process, statistics and formatting.
// Benchmarks print figures; nothing here asserts a time.
import path from 'node:path';
import { postgresBinDir, startPostgres, type PgServer } from '../scripts/pg-server.mjs';
import { openDatabase } from '../cloud/db/open';
import type { Database } from '../cloud/db/types';
import { createScratchDatabase, startTestHost, type TestHost } from '../tests/integration/helpers/host';

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
// The integration tests' host and scratch databases (tests/integration/helpers/host.ts), so that a
// benchmark measures exactly what the tests exercise.
export { createScratchDatabase };
export type BenchHost = TestHost;

/** The same host `npm start` runs (dev mode, timer off), in this process, on the target database. */
export function startBenchHost(target: Target, opts: { seed?: boolean; h5Dir?: string } = {}): Promise<BenchHost> {
  return startTestHost({ seed: opts.seed ?? true, h5Dir: opts.h5Dir, postgres: target.engine === 'postgres' ? target.serverUrl : null });
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
