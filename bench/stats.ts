// The seller's console on a busy shop: 10,000 orders (inserted with SQL, with their lines), then
// stats.summary, crm.list and export.csv through the same dispatch the host uses. Prints p50/p99
// of 20 calls each; the budget is "well under a second" for stats.summary on PGlite.
import { functions } from '../cloud/core/functions';
import { dispatch } from '../cloud/core/runtime/dispatch';
import { systemClock, type Deps } from '../cloud/core/runtime/context';
import { silentLogger } from '../cloud/core/runtime/logger';
import { sandboxPayments } from '../cloud/core/payments/provider';
import { sandboxSender } from '../cloud/core/delivery';
import { localShareCodes } from '../cloud/core/share/codes';
import { DEFAULT_POLICY } from '../types/shop';
import { ms, openBenchDatabase, percentile, runStandalone, type EngineBench, type Figure, type Target } from './lib';
import { localContentSecurity } from '../cloud/core/content/local';
import { localFileStore } from '../cloud/core/files';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ORDERS = 10_000;
const BUYERS = 800;
const CALLS = 20;
const OWNER = 'stats-owner';

async function timeCalls(deps: Deps, fn: string, event: Record<string, unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    const res = await dispatch({ fn: functions[fn], event, caller: { openId: OWNER }, deps });
    samples.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${fn}.${String(event.action)}: ${res.error.code} ${res.error.message}`);
  }
  return samples;
}

export const statsBench: EngineBench = {
  title: `Console on a shop with ${ORDERS.toLocaleString('en')} orders`,
  async run(target: Target, log) {
    const { db, close } = await openBenchDatabase(target);
    const exportsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-bench-exports-'));
    try {
      const now = new Date();
      await db.query(
        `INSERT INTO shops (id, owner_openid, name, intro, product_cap, policy, created_at, updated_at) VALUES ('sstats', $1, '压测小店', '', 30, $2, $3, $3)`,
        [OWNER, JSON.stringify(DEFAULT_POLICY), now],
      );
      await db.query(
        `INSERT INTO products (id, shop_id, title, price_fen, stock, story, status, position, created_at, updated_at)
         SELECT 'pstats' || g, 'sstats', '商品 ' || g, 1000 * g, 9999, '故事', 'active', g, $1, $1 FROM generate_series(1, 20) g`,
        [now],
      );
      // Orders spread over the last 120 days, most of them sold, some cancelled or refunded.
      await db.query(
        `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, completed_at, created_at, updated_at)
         SELECT 'ostats' || g, 'sstats', 'buyer-' || (g % ${BUYERS}),
           (ARRAY['completed','completed','completed','shipped','paid','cancelled','refunded'])[1 + g % 7],
           1000 * (1 + g % 20) * (1 + g % 3), jsonb_build_object('name', '顾客' || (g % ${BUYERS}), 'phone', '13800000000', 'detail', '某地'), '', 'k' || g,
           $1::timestamptz - (g % 120) * interval '1 day', $1::timestamptz - (g % 120) * interval '1 day' - interval '3 days', $1
         FROM generate_series(1, ${ORDERS}) g`,
        [now],
      );
      await db.query(
        `INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty)
         SELECT 'ostats' || g, 1, 'pstats' || (1 + g % 20), '商品 ' || (1 + g % 20), 1000 * (1 + g % 20), 1 + g % 3 FROM generate_series(1, ${ORDERS}) g`,
      );
      await db.query('ANALYZE');
      log(`seeded ${ORDERS} orders from ${BUYERS} buyers`);
      const deps: Deps = { db, clock: systemClock, log: silentLogger, payments: sandboxPayments(db), sender: sandboxSender, codes: localShareCodes(() => 'http://127.0.0.1'), content: localContentSecurity(), files: localFileStore(exportsDir) };
      const figures: Figure[] = [];
      for (const [fn, event, label] of [
        ['stats', { action: 'summary' }, 'stats.summary (30 days)'],
        ['crm', { action: 'list' }, 'crm.list (first page of 800 customers)'],
        ['crm', { action: 'followups' }, 'crm.followups'],
        ['export', { action: 'csv', kind: 'orders' }, 'export.csv of 10,000 orders'],
      ] as const) {
        const samples = await timeCalls(deps, fn, event);
        const value = `p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}`;
        log(`${label}: ${value}`);
        figures.push({ name: label, value });
      }
      return figures;
    } finally {
      await close();
      fs.rmSync(exportsDir, { recursive: true, force: true });
    }
  },
};

if (require.main === module) void runStandalone(statsBench);
