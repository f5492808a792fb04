// A cloud function's cold start, as CloudBase would run it: a fresh Node process requires the function's
// bundle (dist/cloud/<name>/index.js, built here into a temporary folder by scripts/build-cloud.ts) with
// wx-server-sdk stubbed, then answers its first and second calls against a warm PostgreSQL (a scratch
// database on the throwaway server, migrated beforehand — the deploy step). Also: what the old cold start
// paid on every new instance (the migrations pass over an up-to-date schema) against what it pays now
// (one query checking the schema version). Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCloud } from '../scripts/build-cloud';
import { migrate, pendingMigrations } from '../cloud/db/migrate';
import { openPostgres } from '../cloud/db/postgres';
import { DEFAULT_POLICY } from '../types/shop';
import { createScratchDatabase, kb, ms, percentile, postgresTarget, print, stopPostgres, type EngineBench, type Figure, type Target } from './lib';

const FUNCTION = 'shop';
const RUNS = 5;
const OWNER = 'cold-start-owner';

/** The part of wx-server-sdk a client-callable function touches at start: init and the caller's context. */
const SDK_STUB = `
exports.DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
exports.init = function () {};
exports.getWXContext = function () { return { OPENID: process.env.BENCH_OPENID, SOURCE: 'wx_client' }; };
`;

/** Runs in the fresh process: require, then two calls; prints one JSON line of timings. */
const CHILD = `
const t0 = performance.now();
const fn = require(process.env.BENCH_BUNDLE);
const t1 = performance.now();
(async () => {
  const first = await fn.main({ action: 'mine' });
  const t2 = performance.now();
  const second = await fn.main({ action: 'mine' });
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, warm: t3 - t2, ok: first.ok && second.ok, error: first.ok ? null : first.error }) + '\\n');
  process.exit(0);
})();
`;

async function timeOpen(url: string, work: (db: Awaited<ReturnType<typeof openPostgres>>) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const db = await openPostgres(url); // a fresh pool, as a new instance has
    const t0 = performance.now();
    await work(db);
    samples.push(performance.now() - t0);
    await db.close();
  }
  return samples;
}

export const coldStartBench: EngineBench = {
  title: `Cloud function cold start (${FUNCTION}.mine in a fresh Node process)`,
  async run(target: Target, log) {
    if (target.engine !== 'postgres') throw new Error('cloud functions run on PostgreSQL only');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-cold-'));
    const scratch = await createScratchDatabase(target.serverUrl);
    try {
      const [built] = await buildCloud(path.join(tmp, 'cloud'), [FUNCTION]);
      const bundle = path.join(tmp, 'cloud', FUNCTION, 'index.js');
      fs.mkdirSync(path.join(tmp, 'node_modules', 'wx-server-sdk'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'node_modules', 'wx-server-sdk', 'index.js'), SDK_STUB);
      fs.writeFileSync(path.join(tmp, 'child.cjs'), CHILD);

      // The deploy step, then a shop for the caller so the call reads a row.
      const db = await openPostgres(scratch.url);
      await migrate(db);
      await db.query(
        `INSERT INTO shops (id, owner_openid, name, intro, product_cap, policy, created_at, updated_at) VALUES ('scold', $1, '冷启动小店', '', 30, $2, now(), now())`,
        [OWNER, JSON.stringify(DEFAULT_POLICY)],
      );
      await db.close();
      log(`bundle ${kb(built.bytes)}; ${RUNS} fresh processes`);

      const runs: { load: number; first: number; warm: number; total: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const child = spawnSync(process.execPath, [path.join(tmp, 'child.cjs')], {
          cwd: tmp,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', DATABASE_URL: scratch.url, BENCH_BUNDLE: bundle, BENCH_OPENID: OWNER },
          timeout: 60_000,
        });
        const total = performance.now() - t0;
        const line = child.stdout.trim().split('\n').find((l) => l.startsWith('{'));
        if (!line) throw new Error(`the function did not answer: ${child.stderr.slice(0, 500)}`);
        const r = JSON.parse(line) as { load: number; first: number; warm: number; ok: boolean; error: unknown };
        if (!r.ok) throw new Error(`the function answered an error: ${JSON.stringify(r.error)}`);
        runs.push({ load: r.load, first: r.first, warm: r.warm, total });
      }
      const med = (k: 'load' | 'first' | 'warm' | 'total') => ms(percentile(runs.map((r) => r[k]), 50));
      const migratePass = await timeOpen(scratch.url, (d) => migrate(d));
      const check = await timeOpen(scratch.url, (d) => pendingMigrations(d));
      const figures: Figure[] = [
        { name: 'bundle size', value: kb(built.bytes) },
        { name: 'bundle load (require, median)', value: med('load') },
        { name: 'first answer: pool, schema check, query (median)', value: med('first') },
        { name: 'second answer, warm (median)', value: med('warm') },
        { name: 'whole process: spawn to exit (median)', value: med('total') },
        { name: 'schema check per cold start now (one query, median)', value: ms(percentile(check, 50)) },
        { name: 'migrations pass per cold start before (up to date, median)', value: ms(percentile(migratePass, 50)) },
      ];
      return figures;
    } finally {
      await scratch.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  },
};

/** `tsx bench/cold-start.ts` alone: on the throwaway PostgreSQL only (cloud functions never use PGlite). */
async function standalone(): Promise<void> {
  try {
    const { target, reason } = await postgresTarget();
    if (!target) return print(reason);
    print(coldStartBench.title);
    for (const f of await coldStartBench.run(target, (l) => print(`  ${l}`))) print(`  ${f.name}: ${f.value}`);
  } finally {
    stopPostgres();
  }
}

if (require.main === module) void standalone();
