// `order.create` on one hot product: stock 100, 200 buyers tapping "buy" at the same moment, each
// for one piece. Prints the throughput and what the race left behind: pieces sold beyond the stock
// (the oversell, which must be 0), the lowest stock seen while it ran, and any answer other than an
// order or OUT_OF_STOCK. Three rounds, each on a fresh product. The host runs in this process; the buyers in a
// separate one (bench/platform-load.ts); the oversell and stock checks read the database from here, during and after.
import type { Product } from '../types/product';
import { DEV_IDENTITIES } from '../types/functions';
import type { Queryable } from '../cloud/db/types';
import type { ApiResult } from '../types/errors';
import { ms, percentile, perSec, runStandalone, startBenchHost, type BenchHost, type EngineBench, type Figure } from './lib';
import { runLoad } from './platform-load';

const STOCK = 100;
const BUYERS = 200;
const ROUNDS = 3;

/**
 * The statements one order.create sends, counted on the host's own database object (every action reaches the
 * database through it), with the transaction's BEGIN and COMMIT: on PostgreSQL each is a round trip.
 */
async function statementsPerOrder(host: BenchHost, shopId: string): Promise<number> {
  const product = await host.ok<Product>('catalog', { action: 'create', title: '计数核桃', priceFen: 100, stock: 10, story: '数一单的语句。' }, DEV_IDENTITIES.seller);
  const db = host.db;
  const { query, transaction } = db;
  let count = 0;
  const counted = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      count += 1;
      return q.query(sql, params);
    },
    exec: (sql) => {
      count += 1;
      return q.exec(sql);
    },
  });
  db.query = (sql, params) => counted({ query, exec: db.exec }).query(sql, params);
  db.transaction = (fn) => {
    count += 2;
    return transaction((tx) => fn(counted(tx)));
  };
  try {
    await host.ok('order', { action: 'create', shopId, items: [{ productId: product.id, qty: 1 }], address: { name: '计数', phone: '13800000000', detail: '陕西省西安市雁塔区某小区 1 号楼' }, idempotencyKey: `bench-count-${Date.now()}` }, 'bench-counter');
  } finally {
    db.query = query;
    db.transaction = transaction;
  }
  return count;
}

export const orderRace: EngineBench = {
  title: `order.create: one product with stock ${STOCK}, ${BUYERS} concurrent buyers`,
  async run(target, log) {
    const host = await startBenchHost(target, { seed: true });
    try {
      const shopId = host.demoShopId;
      if (!shopId) throw new Error('the demo shop was not seeded');
      const seller = DEV_IDENTITIES.seller;
      let oversell = 0;
      let negative = 0;
      let unexpected = 0;
      let sold = 0;
      let minSeen = Number.POSITIVE_INFINITY;
      const rates: number[] = [];
      const orderRates: number[] = [];
      const latencies: number[] = [];
      const statements = await statementsPerOrder(host, shopId);

      for (let round = 1; round <= ROUNDS; round++) {
        // A product of its own per round; the demo shop has room under its cap of 30.
        const product = await host.ok<Product>(
          'catalog',
          { action: 'create', title: `抢购核桃 第${round}轮`, priceFen: 100, stock: STOCK, story: '压测用的热门商品。' },
          seller,
        );
        let racing = true;
        // Watch the stock while the race runs: it must never go below zero.
        const watcher = (async () => {
          while (racing) {
            const [row] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [product.id]);
            minSeen = Math.min(minSeen, row.stock);
            if (row.stock < 0) negative += 1;
            await new Promise((r) => setTimeout(r, 5));
          }
        })();

        // The buyers are a separate process (bench/platform-load.ts), one keep-alive connection each, opened by a
        // shop.get first (they are on the shop page when the product goes on sale), so the host never shares its
        // event loop and CPU time with the clients that load it.
        const cpu0 = process.cpuUsage();
        const res = await runLoad({
          url: host.url,
          concurrency: BUYERS,
          warmup: Array.from({ length: BUYERS }, () => ({ path: '/api/fn/shop', body: { action: 'get', shopId } })),
          requests: Array.from({ length: BUYERS }, (_, i) => ({
            path: '/api/fn/order',
            body: {
              action: 'create',
              shopId,
              items: [{ productId: product.id, qty: 1 }],
              address: { name: `买家${i}`, phone: '13800000000', detail: '陕西省西安市雁塔区某小区 1 号楼' },
              idempotencyKey: `bench-r${round}-b${i}-${Date.now()}`,
            },
            as: `bench-buyer-${round}-${i}`,
          })),
          answers: true,
        });
        const cpu = process.cpuUsage(cpu0);
        racing = false;
        await watcher;
        const elapsed = res.elapsedMs;
        latencies.push(...res.durations);
        const answers = (res.answers ?? []) as Array<ApiResult<unknown>>;

        const created = answers.filter((a) => a.ok).length;
        const outOfStock = answers.filter((a) => !a.ok && a.error.code === 'OUT_OF_STOCK').length;
        unexpected += BUYERS - created - outOfStock;
        const [{ qty }] = await host.db.query<{ qty: number }>('SELECT coalesce(sum(qty), 0)::int AS qty FROM order_items WHERE product_id = $1', [product.id]);
        const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [product.id]);
        minSeen = Math.min(minSeen, stock);
        if (stock < 0) negative += 1;
        sold += qty;
        oversell += Math.max(0, qty - STOCK);
        // Stock left plus stock sold must be what there was: nothing taken without an order line.
        if (stock + qty !== STOCK) unexpected += 1;
        rates.push((BUYERS * 1000) / elapsed);
        orderRates.push((created * 1000) / elapsed);
        log(`round ${round}: ${created} orders, ${outOfStock} OUT_OF_STOCK in ${ms(elapsed)} (${perSec(BUYERS, elapsed)} requests); sold ${qty}, stock left ${stock}; host CPU ${((cpu.user + cpu.system) / 1000 / (2 * BUYERS)).toFixed(2)} ms/request (shop.get warm-up included)`);
      }

      const median = (xs: number[]) => percentile(xs, 50);
      const figures: Figure[] = [
        { name: `order.create throughput (${BUYERS} buyers, median of ${ROUNDS} rounds)`, value: `${Math.round(median(rates))} requests/s, ${Math.round(median(orderRates))} orders/s` },
        { name: 'statements per order.create (one order alone, BEGIN and COMMIT included)', value: String(statements) },
        { name: 'order.create latency p50 / p99 under the race', value: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}` },
        { name: `pieces sold (${ROUNDS} rounds × stock ${STOCK})`, value: String(sold) },
        { name: 'oversell (sold − stock, if positive)', value: String(oversell), zero: true },
        { name: 'stock below zero (observations)', value: `${negative} (lowest seen ${minSeen})`, zero: true },
        { name: 'answers other than an order or OUT_OF_STOCK, or stock not adding up', value: String(unexpected), zero: true },
      ];
      return figures;
    } finally {
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(orderRace);
