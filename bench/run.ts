// `npm run bench`: every benchmark, then bench/results.md — the machine, the weapp sizes, and each
// backend and browser figure on PGlite (in memory) and on a throwaway PostgreSQL server.
// Figures are printed, never asserted; counts that must be 0 are marked when they are not.
// BENCH_NO_BUILD=1 measures the existing dist/weapp and dist/h5 instead of building them again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENGINE_LABEL, postgresTarget, print, ROOT, stopPostgres, type Engine, type EngineBench, type Figure, type Target } from './lib';
import { measureWeapp, taroBuild, WEAPP_LIMIT, type WeappSizes } from './weapp-size';
import { h5Bench, h5Missing } from './h5';
import { hostLatency } from './host-latency';
import { orderRace } from './order-race';
import { sharedStockRace } from './shared-stock-race';
import { dropRace } from './drop-race';
import { postRace } from './post-race';
import { timerBench } from './timer';
import { statsBench } from './stats';
import { coldStartBench } from './cold-start';
import { outboxBench } from './outbox';
import { platformBench } from './platform';

const RESULTS = path.join(ROOT, 'bench', 'results.md');
const build = process.env.BENCH_NO_BUILD !== '1';

interface Row {
  name: string;
  zero: boolean;
  values: Partial<Record<Engine, string>>;
}

interface Section {
  title: string;
  rows: Row[];
  /** why a column is empty */
  notRun: Partial<Record<Engine, string>>;
}

function git(args: string[]): string {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
}

/** A count that must be 0, marked when it is not (the value's first number). */
function mark(value: string, zero: boolean): string {
  if (!zero) return value;
  const n = Number(value.match(/^-?\d+/)?.[0] ?? Number.NaN);
  return n === 0 ? value : `**${value}** ✖`;
}

async function runEngineBench(bench: EngineBench, targets: Record<Engine, Target | null>, notRun: Record<Engine, string>, skip: string | null): Promise<Section> {
  const section: Section = { title: bench.title, rows: [], notRun: {} };
  for (const engine of ['pglite', 'postgres'] as const) {
    const target = targets[engine];
    const reason = skip ?? (target ? null : notRun[engine]);
    print(`\n▶ ${bench.title} — ${ENGINE_LABEL[engine]}`);
    if (reason || !target) {
      print(`  not run: ${reason}`);
      section.notRun[engine] = reason ?? 'not run';
      continue;
    }
    let figures: Figure[];
    const t0 = performance.now();
    try {
      figures = await bench.run(target, (l) => print(`  ${l}`));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      print(`  failed: ${message}`);
      section.notRun[engine] = `failed: ${message}`;
      continue;
    }
    print(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const f of figures) {
      print(`  ${f.name}: ${f.value}`);
      let row = section.rows.find((r) => r.name === f.name);
      if (!row) section.rows.push((row = { name: f.name, zero: f.zero ?? false, values: {} }));
      row.values[engine] = f.value;
    }
  }
  return section;
}

function weappTable(sizes: WeappSizes | { error: string }): string[] {
  if ('error' in sizes) return [`Not measured: ${sizes.error}.`];
  const lines = [
    '| package | size | of WeChat\'s 2 MB limit | × the floor |',
    '|---|---:|---:|---:|',
    ...sizes.packages.map((p) => `| ${p.name} | ${(p.bytes / 1024).toFixed(1)} KB | ${((100 * p.bytes) / WEAPP_LIMIT).toFixed(1)}% | ${(p.bytes / sizes.floorBytes).toFixed(2)}× |`),
    `| total (limit 30 MB) | ${(sizes.total / 1024).toFixed(1)} KB | — | ${(sizes.total / sizes.floorBytes).toFixed(2)}× |`,
    `| the floor | ${(sizes.floorBytes / 1024).toFixed(1)} KB | ${((100 * sizes.floorBytes) / WEAPP_LIMIT).toFixed(1)}% | 1.00× |`,
    '',
    `The floor: ${sizes.floorSource}.`,
  ];
  if (sizes.problems.length) lines.push('', `check:weapp problems: ${sizes.problems.join('; ')}`);
  return lines;
}

function backendTable(sections: Section[]): string[] {
  const lines = ['| figure | PGlite (in memory) | PostgreSQL |', '|---|---|---|'];
  for (const s of sections) {
    lines.push(`| **${s.title}** | ${s.notRun.pglite ? `not run: ${s.notRun.pglite}` : ''} | ${s.notRun.postgres ? `not run: ${s.notRun.postgres}` : ''} |`);
    for (const r of s.rows) {
      const cell = (e: Engine) => (r.values[e] !== undefined ? mark(r.values[e]!, r.zero) : 'not run');
      lines.push(`| ${r.name} | ${cell('pglite')} | ${cell('postgres')} |`);
    }
  }
  return lines;
}

const MEANINGS = `## What the figures mean

- **weapp sizes**: bytes WeChat DevTools would upload per package of \`taro build --type weapp\`
  (production), without licence notes and source maps, as \`npm run check:weapp\` counts them. WeChat
  allows 2 MB per package. *The floor* is a bare one-page Taro React app (a View and a Text) built with
  this project's own \`config/*.ts\`: what any Taro React mini program costs before it does anything.
- **H5 first product visible**: headless Debian Chromium (playwright-core), a fresh browser context per
  run (no cache, no cookies), phone viewport; from just before \`page.goto('/s/<demo shop id>')\` until
  the first \`.product-card\` is visible — the host's one response (page head, chunk preloads, \`shop.get\`'s
  answer embedded), the production H5 bundle (dist/h5) and the first render; the moment is taken inside the page
  (a MutationObserver and every frame, Playwright's visibility rule), the same way for both pages, because
  Playwright's \`waitForSelector\` polls at 0/20/50/100/100/500 ms steps coarser than the gap being measured
  (it reported a card at ~250 ms as ~380 ms and the static page's ~45 ms as ~120 ms — the 2.2–2.6× of earlier
  runs). *Static page*: one hand-written HTML page with the same shop
  name, intro and product cards (titles, prices, images from the same host), served by a tiny loopback
  server: the time a browser needs anyway. The ratio is of the medians. One unmeasured visit first.
- **host latency**: \`POST /api/fn/shop {action:get}\` (the demo shop, 4 products) and
  \`POST /api/fn/catalog {action:get}\` (one product with its reviews) through the local host (fastify,
  dev mode, the same handlers as the cloud functions), 500 requests after 50 unmeasured ones, with 1
  or 50 clients each sending its next request when the previous answer arrives; p50/p99 of the
  client-side round trip and the requests/s achieved. The clients run in a separate Node process
  (bench/platform-load.ts) over keep-alive connections, one per client, as a gateway would hold them;
  beside them the host process's CPU time per request (steadier than round trips on a shared machine).
- **order.create race**: 3 rounds, each a fresh product with stock 100 and 200 buyers (distinct
  identities) sending \`order.create\` for 1 piece at the same moment. Throughput = answers/s and
  orders/s of the round (median round); *oversell* = pieces in order lines − 100 when positive; stock
  is polled every 5 ms during the race (*below zero* counts observations < 0) and stock left + pieces
  sold must equal 100.
- **post.schedule race**: 3 rounds, each a fresh seller (default policy: 2 a day, 6 in any 7 × 24 h,
  240 min apart, quiet 22:00–08:00 Asia/Shanghai) sending 50 \`post.schedule\` at once for random
  quarter-hours between 08:00 and 21:45 over the next 14 days. The posts in the database afterwards are
  checked by a plain checker (bench/post-race.ts, independent of types/rules/posting): posts beyond
  dailyMax per local day, gaps under minGapMinutes, 7-day windows over weeklyMax, posts in quiet hours.
- **timer**: 3 rounds, each on a fresh database: 1,000 shops and 10,000 scheduled posts already due, inserted with SQL; half of the owners
  hold one \`post_reminder\` consent per post. Two \`runTimer\` ticks start together (on PostgreSQL each
  with its own connection pool, as two processes would; PGlite is one connection, so there they
  interleave on it). *Duplicates* = extra \`post_reminder\` messages for one post in \`outbox\`; *lost* =
  posts still \`pending\`; every message must match a consent spent (5,000 sent, 5,000 shown in the
  app), summed over the rounds; the time is the median round. A timer job failure is reported with its error: the job's transaction rolls back and the next
  tick takes the rest.
- **outbox**: 1,000 messages already queued (8 in 10 subscription messages, 1 refund, 1 shipping upload;
  one recipient each), delivered by \`deliverOutbox\` with the timer's settings (\`DELIVERY\` in
  cloud/core/delivery.ts: 8 sends in flight, rounds of 32 claims, no new round after 30 s) through a fake
  WeChat that answers every call in 100 ms, one tick per simulated minute until none is left. *Sending
  time* sums the ticks; *throughput* = messages sent / sending time. Sent twice and left unsent must be 0.
- **cloud function cold start**: \`shop\` bundled by \`scripts/build-cloud.ts\` into a temporary folder, then 5
  fresh Node processes each \`require\` its index.js (wx-server-sdk stubbed: init, getWXContext) and call
  \`main({ action: 'mine' })\` twice against a scratch database on the warm throwaway server, migrated beforehand
  (the deploy step). *First answer* includes the pool's first connection and the schema check. The last two rows
  compare what each new instance spends on the schema: one query now, the whole migrations pass (every migration's
  transaction and table lock, nothing to apply) before; each on a fresh pool, median of 5. Not CloudBase's own
  start-up (container, runtime, \`npm install\`ed wx-server-sdk), which only a real environment shows.
- **a platform-sized database** (bench/platform.ts): shops, products, orders with lines, posts, follows, suppliers,
  supply and carried products and drops generated with SQL (bench/platform-data.ts) on the throwaway PostgreSQL
  server, keeping the app's invariants; the host (pool of 10) in the bench's process, the clients in a separate Node
  process (bench/platform-load.ts) sending each action's requests as random shops' owners, buyers or anonymous
  friends. Every statement those requests issued is recorded and \`EXPLAIN\`ed with its parameters; a Seq Scan on a
  table over 10,000 rows (planner statistics) is listed. When migrations from 024 on add indexes, the same mix
  runs first without them and then with them. Sizes are \`pg_total_relation_size\`, \`pg_relation_size\` and
  \`pg_indexes_size\`.
- PGlite is PostgreSQL 18 in WebAssembly, in memory, one connection (transactions queue); PostgreSQL is
  a throwaway local server (\`scripts/pg-server.mjs\`, fsync off) with a fresh database per benchmark
  and the host's pool of 10 connections.
`;

async function main(): Promise<void> {
  const started = Date.now();
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src', 'cloud', 'types', 'config']) !== '';
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  print(`bench on ${machine.cores} cores (${machine.cpu}), ${machine.memory}, Node ${machine.node}, ${machine.date}, commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}`);

  print('\n▶ weapp package sizes');
  const sizes = measureWeapp(build);
  if ('error' in sizes) print(`  not measured: ${sizes.error}`);

  let h5Skip: string | null = null;
  if (build) {
    print('\n▶ H5 build (taro build --type h5, production)');
    h5Skip = taroBuild('h5', ROOT, 'h5');
  }
  h5Skip ??= h5Missing();

  const pgTarget = await postgresTarget();
  if (!pgTarget.target) print(`\n${pgTarget.reason}`);
  const targets: Record<Engine, Target | null> = { pglite: { engine: 'pglite' }, postgres: pgTarget.target };
  const notRun: Record<Engine, string> = { pglite: '', postgres: 'PostgreSQL is not installed' };

  const sections: Section[] = [];
  let platform: string[] = [];
  try {
    sections.push(await runEngineBench(h5Bench, targets, notRun, h5Skip));
    for (const bench of [hostLatency, orderRace, sharedStockRace, dropRace, postRace, timerBench, statsBench, outboxBench]) sections.push(await runEngineBench(bench, targets, notRun, null));
    // Cloud functions run on PostgreSQL only: the PGlite column says so.
    sections.push(await runEngineBench(coldStartBench, { pglite: null, postgres: targets.postgres }, { ...notRun, pglite: 'cloud functions use PostgreSQL only' }, null));
    print('\n▶ a platform-sized database — PostgreSQL');
    if (!targets.postgres) platform = ['Not run: PostgreSQL is not installed.'];
    else {
      try {
        platform = await platformBench(targets.postgres, (l) => print(`  ${l}`));
      } catch (err) {
        platform = [`Not run: failed: ${err instanceof Error ? err.message : String(err)}`];
        print(`  ${platform[0]}`);
      }
    }
  } finally {
    stopPostgres();
  }

  const secs = Math.round((Date.now() - started) / 1000);
  const md = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); every figure below was measured by that run. Machines are',
    'noisy: these are figures to compare, not pass/fail thresholds — except the counts that must be 0',
    '(oversell, violations, duplicates, lost), which are marked ✖ when they are not.',
    '',
    '| machine | |',
    '|---|---|',
    `| CPU cores | ${machine.cores} (${machine.cpu}) |`,
    `| memory | ${machine.memory} |`,
    `| Node | ${machine.node} |`,
    `| date | ${machine.date} |`,
    `| commit | ${commit}${dirty ? ' + uncommitted changes in src/cloud/types/config' : ''} |`,
    `| PostgreSQL | ${pgTarget.target ? 'throwaway local server (scripts/pg-server.mjs)' : 'not installed: its column is "not run"'} |`,
    `| whole run | ${secs} s |`,
    '',
    '## WeChat mini program packages',
    '',
    ...weappTable(sizes),
    '',
    '## Browser and backend, on each database',
    '',
    ...backendTable(sections),
    '',
    '## A platform-sized database (PostgreSQL)',
    '',
    ...platform,
    '',
    MEANINGS,
  ].join('\n');
  fs.writeFileSync(RESULTS, md);
  print(`\n${backendTable(sections).join('\n')}`);
  print(`\nwrote ${path.relative(ROOT, RESULTS)} in ${secs} s`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    stopPostgres();
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
