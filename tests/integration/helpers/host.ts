import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startHost, type RunningHost } from '../../../cloud/host/start';
import { silentLogger } from '../../../cloud/core/runtime/logger';
import type { Clock } from '../../../cloud/core/runtime/context';
import type { ApiResult } from '../../../types/errors';

/**
 * Integration tests (and the benchmarks in bench/) talk to the same HTTP host that `npm start` runs,
 * on a real database: PGlite in memory by default, or — when DATABASE_URL is set — a fresh database
 * created on that PostgreSQL server for this test file and dropped afterwards.
 */
export interface TestHost extends RunningHost {
  /** POST /api/fn/<fn> with the event; `as` is the dev identity (X-Dev-OpenId), omitted = anonymous */
  call<T = unknown>(fn: string, event: unknown, as?: string): Promise<{ status: number; body: ApiResult<T> }>;
  /** the data of an ok result; throws with the error body otherwise */
  ok<T = unknown>(fn: string, event: unknown, as?: string): Promise<T>;
}

export interface TestHostOptions {
  dev?: boolean;
  seed?: boolean;
  clock?: Clock;
  h5Dir?: string;
  /** a PGlite directory instead of memory (restart tests) */
  dataDir?: string;
  uploadsDir?: string;
  /** the PostgreSQL server to make the scratch database on; default DATABASE_URL; null = PGlite */
  postgres?: string | null;
}

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** A fresh database on the PostgreSQL server at `serverUrl`; drop() removes it once its clients are gone. */
export async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `shuren_test_${randomBytes(6).toString('hex')}`;
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

export async function startTestHost(opts: TestHostOptions = {}): Promise<TestHost> {
  const server = opts.postgres === undefined ? process.env.DATABASE_URL : opts.postgres;
  const scratch = server && !opts.dataDir ? await createScratchDatabase(server) : null;
  const running = await startHost({
    port: 0,
    host: '127.0.0.1',
    dataDir: opts.dataDir ?? 'memory',
    databaseUrl: scratch?.url,
    dev: opts.dev ?? true,
    seed: opts.seed ?? false,
    h5Dir: opts.h5Dir,
    uploadsDir: opts.uploadsDir,
    timerMs: 0,
    clock: opts.clock,
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
 * Something this test file shares (a host, a browser), started before its tests and stopped after them. The
 * object returned stands for it once beforeAll has started it, so a file says `const host = hostPerFile()`.
 */
export function perFile<T extends object>(start: () => Promise<T>, stop: (it: T) => Promise<void>): T {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(async () => {
    if (running) await stop(running);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!running) throw new Error('started in beforeAll: use it inside a test or hook');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/** This test file's host (see perFile). */
export function hostPerFile(opts: TestHostOptions = {}): TestHost {
  return perFile(
    () => startTestHost(opts),
    (host) => host.close(),
  );
}

/** A clock the test moves by hand (`clock.t += ms`), starting at `iso`. */
export function handClock(iso: string): Clock & { t: number } {
  return {
    t: Date.parse(iso),
    now() {
      return new Date(this.t);
    },
  };
}
