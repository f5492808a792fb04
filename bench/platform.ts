// A platform-sized database (issue 18): 10,000 shops, 300,000 products, 1,000,000 orders with their lines, 200,000
// posts, 2,000,000 follows, suppliers and drops in proportion (bench/platform-data.ts), on the throwaway PostgreSQL
// server. The host runs in this process; the clients run in a separate Node process (bench/platform-load.ts), so
// the figures are the round trips a phone would wait for, not the host competing with its own clients.
// Every statement the measured actions issue is recorded (the host's database wrapped) and EXPLAINed with its real
// parameters: a sequential scan of a table over 10,000 rows is listed. Migrations from 024 on are this bench's
// indexes: when there are any, the bench measures once without them (dropped) and once with them, before/after.
// PLATFORM_SCALE (default 1) multiplies the number of shops; PLATFORM_REQUESTS (default 300) the requests per action;
// PLATFORM_WRITE=0 prints the section without writing it into bench/results.md.
import fs from 'node:fs';
import path from 'node:path';
import type { Database, Queryable } from '../cloud/db/types';
import { openDatabase } from '../cloud/db/open';
import { migrationsDir } from '../cloud/db/migrate';
import { startHost } from '../cloud/host/start';
import { silentLogger } from '../cloud/core/runtime/logger';
import { createScratchDatabase, ms, percentile, perSec, postgresTarget, print, ROOT, stopPostgres, type Log, type Target } from './lib';
import { dueForTheTick, duePerSweep, generatePlatform, ids, PER_SHOP, platformSize, resetDueReminders, type PlatformSize } from './platform-data';
import { runLoad, type LoadRequest } from './platform-load';
import type { TickReport } from '../cloud/core/timer';

const SCALE = Number(process.env.PLATFORM_SCALE ?? '1');
const REQUESTS = Number(process.env.PLATFORM_REQUESTS ?? '300');
const WARMUP = 30;
const CLIENTS = 8;
/** A sequential scan of a table with more rows than this is listed (the issue's threshold). */
const BIG_TABLE = 10_000;
/** The first migration that is this bench's (missing indexes found here). */
const FIRST_INDEX_MIGRATION = 24;

/**
 * Sequential scans looked at and judged fine, by table and a piece of the statement: why each one is.
 * (Empty when none over 10,000 rows is left.)
 */
const FINE: Array<{ table: string; sqlIncludes: string; why: string }> = [];

/** Sequential scans that stay listed (not fine) with what would remove them, when no index can. */
const NOT_AN_INDEX: Array<{ table: string; sqlIncludes: string; note: string }> = [];

// ---- the actions ------------------------------------------------------------------------------------
interface Scenario {
  name: string;
  requests(phase: number, n: number, next: () => number): LoadRequest[];
  clients?: number;
  warmup?: boolean;
  /** log the answers (the timer's report: what each job handled, or its error) */
  answers?: boolean;
}

const fn = (name: string, body: Record<string, unknown>, as?: string): LoadRequest => ({ path: `/api/fn/${name}`, body, as });

function scenarios(size: PlatformSize, now: Date): Scenario[] {
  const S = size.shops;
  const pick = (next: () => number, n: number) => 1 + (next() % n);
  const owner = (next: () => number) => ids.owner(pick(next, S));
  const buyerCount = S * 20;
  // three days ahead at 10:00 in Shanghai: inside every default rule (no post of the shop's within a day of it)
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now.getTime() + 3 * 86_400_000));
  const postAt = `${day}T10:00:00+08:00`;
  const times = (n: number, f: (i: number) => LoadRequest) => Array.from({ length: n }, (_, i) => f(i));
  return [
    { name: 'shop.get', requests: (_, n, next) => times(n, () => fn('shop', { action: 'get', shopId: ids.shop(pick(next, S)) })) },
    { name: 'catalog.get', requests: (_, n, next) => times(n, () => fn('catalog', { action: 'get', productId: ids.product(pick(next, S), pick(next, PER_SHOP.products)) })) },
    {
      name: 'order.create',
      requests: (phase, n, next) =>
        times(n, (i) => {
          const s = pick(next, S);
          return fn(
            'order',
            {
              action: 'create',
              shopId: ids.shop(s),
              items: [{ productId: ids.product(s, pick(next, PER_SHOP.products - PER_SHOP.carried)), qty: 1 }],
              address: { name: '小林', phone: '13800000000', detail: '某某路 1 号' },
              idempotencyKey: `platform-${phase}-${i}-${now.getTime()}`,
            },
            ids.buyer(next() % buyerCount),
          );
        }),
    },
    { name: 'order.listMine', requests: (_, n, next) => times(n, () => fn('order', { action: 'listMine' }, ids.buyer(next() % buyerCount))) },
    { name: 'order.listShop', requests: (_, n, next) => times(n, () => fn('order', { action: 'listShop' }, owner(next))) },
    {
      // one post per shop (a seller schedules one at a time); each phase its own shops
      name: 'post.schedule',
      warmup: false,
      requests: (phase, n) => times(Math.min(n, Math.floor(S / 2)), (i) => fn('post', { action: 'schedule', at: postAt, text: '明天上午十点，新一批核桃到货' }, ids.owner(1 + phase * Math.floor(S / 2) + i))),
    },
    { name: 'post.policy', requests: (_, n, next) => times(n, () => fn('post', { action: 'policy' }, owner(next))) },
    { name: 'crm.list', requests: (_, n, next) => times(n, () => fn('crm', { action: 'list' }, owner(next))) },
    { name: 'stats.summary', requests: (_, n, next) => times(n, () => fn('stats', { action: 'summary' }, owner(next))) },
    { name: 'crm.followups', requests: (_, n, next) => times(n, () => fn('crm', { action: 'followups' }, owner(next))) },
    // beyond the issue's list: what every shop page open also asks (the shop's open drops), and a supplier's two
    // views over the supplier-fulfilled orders (its order list, its statement of what each seller owes)
    { name: 'drop.listShop', requests: (_, n, next) => times(n, () => fn('drop', { action: 'listShop', shopId: ids.shop(pick(next, S)) })) },
    { name: 'supply.orders', requests: (_, n, next) => times(n, () => fn('supply', { action: 'orders' }, ids.supplierOwner(pick(next, size.suppliers)))) },
    { name: 'supply.statement', requests: (_, n, next) => times(n, () => fn('supply', { action: 'statement' }, ids.supplierOwner(pick(next, size.suppliers)))) },
    {
      name: `timer tick (${S.toLocaleString('en')} due reminders, ${duePerSweep(size)} due in each other sweep)`,
      clients: 1,
      warmup: false,
      answers: true,
      requests: () => [{ path: '/api/dev/timer', body: {} }],
    },
  ];
}

/** A small deterministic generator, so both phases send the same mix. */
function numbers(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % 1_000_000_007;
  };
}

// ---- recording and explaining the statements ---------------------------------------------------------
interface Statement {
  sql: string;
  params: unknown[];
  actions: Set<string>;
}

/** Wraps the host's database (the handlers' deps.db is the same object) so every statement is recorded once, with the first params seen. */
function record(db: Database, current: () => string | null): Map<string, Statement> {
  const seen = new Map<string, Statement>();
  const note = (sql: string, params: unknown[] | undefined) => {
    const action = current();
    if (!action || /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|LOCK)\b/i.test(sql)) return;
    const key = sql.replace(/\s+/g, ' ').trim();
    const s = seen.get(key) ?? { sql, params: params ?? [], actions: new Set<string>() };
    s.actions.add(action);
    seen.set(key, s);
  };
  const query = db.query.bind(db);
  const transaction = db.transaction.bind(db);
  const wrap = (q: Queryable): Queryable => ({
    query: ((sql: string, params?: unknown[]) => {
      note(sql, params);
      return q.query(sql, params);
    }) as Queryable['query'],
    exec: (sql: string) => q.exec(sql),
  });
  Object.assign(db, {
    query: wrap({ query, exec: (sql: string) => db.exec(sql) }).query,
    transaction: ((f: (tx: Queryable) => Promise<unknown>) => transaction((tx) => f(wrap(tx)))) as Database['transaction'],
  });
  return seen;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) out.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

interface ScanFinding {
  table: string;
  rows: number;
  actions: string[];
  sql: string;
  fine?: string;
  note?: string;
}

async function explainAll(db: Database, statements: Map<string, Statement>, rows: Map<string, number>): Promise<{ explained: number; failed: string[]; scans: ScanFinding[] }> {
  const scans: ScanFinding[] = [];
  const failed: string[] = [];
  let explained = 0;
  for (const [key, s] of statements) {
    let plan: PlanNode;
    try {
      const [row] = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
      plan = row['QUERY PLAN'][0].Plan;
      explained++;
    } catch (err) {
      failed.push(`${key.slice(0, 120)}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    for (const table of new Set(seqScans(plan))) {
      const n = rows.get(table) ?? 0;
      if (n <= BIG_TABLE) continue;
      const fine = FINE.find((f) => f.table === table && key.includes(f.sqlIncludes))?.why;
      const note = NOT_AN_INDEX.find((f) => f.table === table && key.includes(f.sqlIncludes))?.note;
      scans.push({ table, rows: n, actions: [...s.actions], sql: key, fine, note });
    }
  }
  return { explained, failed, scans };
}

async function tableRows(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.query<{ relname: string; n: number }>(
    `SELECT c.relname, greatest(c.reltuples, 0)::bigint AS n FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' AND c.relkind = 'r'`,
  );
  return new Map(rows.map((r) => [r.relname, r.n]));
}

// ---- the bench's own indexes (migrations 024…) -------------------------------------------------------
function indexMigrations(): Array<{ name: string; sql: string; indexes: string[] }> {
  const dir = migrationsDir();
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f) && Number(f.slice(0, 3)) >= FIRST_INDEX_MIGRATION)
    .sort()
    .map((f) => {
      const sql = fs.readFileSync(path.join(dir, f), 'utf8');
      const indexes = [...sql.matchAll(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map((m) => m[1]);
      return { name: f.replace(/\.sql$/, ''), sql, indexes };
    })
    .filter((m) => m.indexes.length > 0);
}

// ---- one phase ----------------------------------------------------------------------------------------
interface ActionFigure {
  name: string;
  p50: number;
  p99: number;
  rate: string;
  count: number;
  failed: number;
  failures: string[];
}

interface PhaseResult {
  figures: ActionFigure[];
  explained: number;
  statements: number;
  explainFailed: string[];
  scans: ScanFinding[];
  reminded: number;
  /** a timer job that failed in the tick (its error): the tick's figure would not be the real work */
  tickErrors: string[];
}

async function phase(url: string, db: Database, statements: Map<string, Statement>, setAction: (a: string | null) => void, size: PlatformSize, now: Date, index: number, log: Log): Promise<PhaseResult> {
  const figures: ActionFigure[] = [];
  const tickErrors: string[] = [];
  await dueForTheTick(db, size, now, index);
  await db.query('ANALYZE');
  for (const sc of scenarios(size, now)) {
    const next = numbers(1000 + figures.length);
    const all = sc.requests(index, REQUESTS + WARMUP, next);
    const warmup = sc.warmup === false ? [] : all.slice(0, WARMUP);
    const requests = sc.warmup === false ? all.slice(0, REQUESTS) : all.slice(WARMUP);
    setAction(sc.name);
    const res = await runLoad({ url, concurrency: sc.clients ?? CLIENTS, warmup, requests, answers: sc.answers });
    for (const a of res.answers ?? []) {
      const jobs = (a as { data?: TickReport }).data?.jobs ?? [];
      log(`${sc.name}: ${jobs.map((j) => `${j.name} ${j.handled}${j.error ? ` ✖ ${j.error}` : ''}`).join(', ')}`);
      for (const j of jobs) if (j.error) tickErrors.push(`${j.name}: ${j.error}`);
    }
    setAction(null);
    const f: ActionFigure = {
      name: sc.name,
      p50: percentile(res.durations, 50),
      p99: percentile(res.durations, 99),
      rate: perSec(res.durations.length, res.elapsedMs),
      count: res.durations.length,
      failed: res.failed,
      failures: res.failures,
    };
    figures.push(f);
    log(`${f.name} × ${f.count}, ${sc.clients ?? CLIENTS} clients: p50 ${ms(f.p50)}, p99 ${ms(f.p99)}, ${f.rate}${f.failed ? `; ${f.failed} failed: ${f.failures.join(' | ')}` : ''}`);
  }
  const [{ reminded }] = await db.query<{ reminded: number }>(`SELECT count(*)::int AS reminded FROM posts WHERE id LIKE 'ppost%' AND status = 'scheduled' AND reminder <> 'pending'`);
  log(`timer: ${reminded} of ${size.shops} due posts reminded by the tick`);
  const { explained, failed, scans } = await explainAll(db, statements, await tableRows(db));
  log(`EXPLAIN: ${explained} distinct statements${failed.length ? `, ${failed.length} could not be explained` : ''}`);
  for (const e of failed) log(`  not explained: ${e}`);
  for (const s of scans) log(`  Seq Scan on ${s.table} (${s.rows.toLocaleString('en')} rows) in ${s.actions.join(', ')}${s.fine ? ` — fine: ${s.fine}` : ''}: ${s.sql.slice(0, 240)}`);
  if (scans.length === 0) log('  sequential scans over 10,000 rows: none');
  return { figures, explained, statements: statements.size, explainFailed: failed, scans, reminded, tickErrors };
}

// ---- the whole bench ----------------------------------------------------------------------------------
const mib = (b: number) => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : `${(b / 1024 ** 2).toFixed(1)} MB`);

/** The bench on PostgreSQL; returns the markdown section for bench/results.md. */
export async function platformBench(target: Target, log: Log): Promise<string[]> {
  if (target.engine !== 'postgres') throw new Error('the platform-sized bench runs on PostgreSQL only');
  const size = platformSize(SCALE);
  const scratch = await createScratchDatabase(target.serverUrl);
  try {
    const now = new Date();
    const seedDb = await openDatabase({ databaseUrl: scratch.url });
    let genMs: number;
    try {
      genMs = await generatePlatform(seedDb, size, now, log);
    } finally {
      await seedDb.close();
    }
    log(`generated in ${(genMs / 1000).toFixed(1)} s`);

    const host = await startHost({ port: 0, host: '127.0.0.1', dataDir: 'memory', databaseUrl: scratch.url, dev: true, seed: false, timerMs: 0, log: silentLogger });
    try {
      const db = host.db;
      let action: string | null = null;
      const statements = record(db, () => action);
      const setAction = (a: string | null) => (action = a);
      const added = indexMigrations();
      const phases: Array<{ label: string; result: PhaseResult }> = [];
      if (added.length > 0) {
        for (const m of added) for (const i of m.indexes) await db.query(`DROP INDEX IF EXISTS ${i}`);
        await db.query('ANALYZE');
        log(`▷ without ${added.map((m) => m.name).join(', ')} (${added.flatMap((m) => m.indexes).join(', ')} dropped)`);
        phases.push({ label: `without ${added.map((m) => m.name.slice(0, 3)).join(', ')}`, result: await phase(host.url, db, statements, setAction, size, now, 0, log) });
        for (const m of added) await db.exec(m.sql);
        await resetDueReminders(db, now);
        await db.query('ANALYZE');
        statements.clear();
      }
      log('▷ with every migration');
      phases.push({ label: added.length ? `with ${added.map((m) => m.name.slice(0, 3)).join(', ')}` : 'every migration', result: await phase(host.url, db, statements, setAction, size, now, 1, log) });

      const sizes = await db.query<{ relname: string; total: number; heap: number; indexes: number }>(
        `SELECT c.relname, pg_total_relation_size(c.oid)::bigint AS total, pg_relation_size(c.oid)::bigint AS heap, pg_indexes_size(c.oid)::bigint AS indexes
         FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC`,
      );
      const counts = new Map<string, number>();
      for (const s of sizes) if (s.total > 64 * 1024) counts.set(s.relname, (await db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM ${s.relname}`))[0].n);
      for (const s of sizes.filter((x) => counts.has(x.relname))) log(`${s.relname}: ${counts.get(s.relname)!.toLocaleString('en')} rows, ${mib(s.total)} (table ${mib(s.heap)}, indexes ${mib(s.indexes)})`);
      return markdown(size, genMs, phases, sizes, counts, added.map((m) => m.name));
    } finally {
      await host.close();
    }
  } finally {
    await scratch.drop();
  }
}

function markdown(
  size: PlatformSize,
  genMs: number,
  phases: Array<{ label: string; result: PhaseResult }>,
  sizes: Array<{ relname: string; total: number; heap: number; indexes: number }>,
  counts: Map<string, number>,
  added: string[],
): string[] {
  const S = size.shops;
  const last = phases[phases.length - 1].result;
  const lines = [
    `PLATFORM_SCALE=${SCALE}: ${S.toLocaleString('en')} shops, ${(S * PER_SHOP.products).toLocaleString('en')} products, ${(S * PER_SHOP.orders).toLocaleString('en')} orders with their lines,`,
    `${(S * PER_SHOP.posts).toLocaleString('en')} posts, ${(S * PER_SHOP.follows).toLocaleString('en')} follows, ${size.suppliers} suppliers, ${size.supplyProducts.toLocaleString('en')} supply products, ${(S / 10).toLocaleString('en')} drops, generated with SQL in ${(genMs / 1000).toFixed(0)} s.`,
    'Around them, in proportion: one shipping order in twenty is a carried product fulfilled by its supplier, after-sales on 2% of orders (refunds for the refunded),',
    'an order event per status change, follow-ups on a third of completed orders, a passed image check per image, monthly supplier settlements, a delivered',
    'outbox message per paid order and posted post (row counts in the last table).',
    `${REQUESTS} requests per action (after ${WARMUP} unmeasured) from a separate Node process with ${CLIENTS} clients; the timer tick is one request (p50 = p99 = its time).`,
    ...(phases.length > 1
      ? ['The first column ran first, on a colder cache, and the new indexes serve only the statements named below: compare it with the second for those, not for every action.']
      : []),
    '',
    `| action | ${phases.map((p) => `p50 / p99 ${p.label}`).join(' | ')} | requests/s (${phases[phases.length - 1].label}) |`,
    `|---|${phases.map(() => '---|').join('')}---:|`,
  ];
  for (let i = 0; i < last.figures.length; i++) {
    const f = last.figures[i];
    const cells = phases.map((p) => {
      const x = p.result.figures[i];
      return `${ms(x.p50)} / ${ms(x.p99)}${x.failed ? ` (**${x.failed} failed** ✖)` : ''}`;
    });
    lines.push(`| ${f.name} | ${cells.join(' | ')} | ${f.rate} |`);
  }
  lines.push(
    '',
    `Timer: ${last.reminded.toLocaleString('en')} of ${S.toLocaleString('en')} due reminders handled by the tick, which also ran every other sweep with ${duePerSweep(size)} rows due in each ` +
      `(unpaid orders expiring, shipped orders auto-completing, overdue after-sales, returns not sent back or not confirmed, drops closing with an unpaid join, unsent image checks)` +
      `${last.tickErrors.length ? `; **failed jobs**: ${last.tickErrors.join('; ')}` : ''}.`,
    '',
  );
  for (const p of phases) {
    const r = p.result;
    const over = r.scans.filter((s) => !s.fine);
    lines.push(`**${p.label}**: EXPLAIN of the ${r.explained} distinct statements these actions issued${r.explainFailed.length ? ` (${r.explainFailed.length} not explainable: ${r.explainFailed.join('; ')})` : ''}; sequential scans over 10,000 rows: ${over.length === 0 ? 'none' : over.length}.`);
    for (const s of r.scans) lines.push(`- Seq Scan on \`${s.table}\` (${s.rows.toLocaleString('en')} rows) in ${s.actions.join(', ')}${s.fine ? ` — fine: ${s.fine}` : ''}: \`${s.sql.slice(0, 200).replace(/`/g, "'")}${s.sql.length > 200 ? '…' : ''}\`${s.note ? ` — ${s.note}` : ''}`);
    lines.push('');
  }
  const left = last.scans.filter((s) => !s.fine);
  lines.push(
    left.length === 0
      ? `**Sequential scans over 10,000 rows: none** (every statement above, with every migration${last.scans.length ? `; ${last.scans.length} judged fine, named above` : ''}).`
      : `**Sequential scans over 10,000 rows: ${left.length}** (named above).`,
    '',
  );
  if (added.length) lines.push(`Indexes added for this: ${added.map((a) => `\`cloud/db/migrations/${a}.sql\``).join(', ')}.`, '');
  lines.push('| table | rows | total | table | indexes |', '|---|---:|---:|---:|---:|');
  for (const s of sizes) if (counts.has(s.relname)) lines.push(`| ${s.relname} | ${counts.get(s.relname)!.toLocaleString('en')} | ${mib(s.total)} | ${mib(s.heap)} | ${mib(s.indexes)} |`);
  return lines;
}

const HEADING = '## A platform-sized database (PostgreSQL)';

/**
 * `tsx bench/platform.ts` alone: its section of bench/results.md replaced by this run's (bench/run.ts writes the
 * whole file, this section included, from the same markdown()), the rest of the file left as the last full run wrote it.
 */
function writeSection(md: string[]): void {
  const file = path.join(ROOT, 'bench', 'results.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const section = [HEADING, '', `Section written by \`tsx bench/platform.ts\` on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.`, '', ...md, ''].join('\n');
  const start = text.indexOf(HEADING);
  let next: number;
  if (start >= 0) {
    const after = text.indexOf('\n## ', start + HEADING.length);
    next = after >= 0 ? after + 1 : text.length;
    fs.writeFileSync(file, text.slice(0, start) + section + '\n' + text.slice(next));
  } else {
    const meanings = text.indexOf('## What the figures mean');
    next = meanings >= 0 ? meanings : text.length;
    fs.writeFileSync(file, text.slice(0, next) + section + '\n' + text.slice(next));
  }
  print(`wrote its section into ${path.relative(ROOT, file)}`);
}

if (require.main === module) {
  (async () => {
    const pg = await postgresTarget();
    if (!pg.target) return print(pg.reason);
    try {
      const md = await platformBench(pg.target, (l) => print(`  ${l}`));
      print(`\n${md.join('\n')}`);
      // PLATFORM_WRITE=0: print only (a trial run leaves bench/results.md as it is)
      if (process.env.PLATFORM_WRITE !== '0') writeSection(md);
    } finally {
      stopPostgres();
    }
  })().then(
    () => process.exit(0),
    (err: unknown) => {
      stopPostgres();
      process.stderr.write(`platform bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
