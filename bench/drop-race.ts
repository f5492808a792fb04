// Group drops (issue 17): one drop of a product with stock 50, at most 2 per friend; 200 friends join at the
// same moment, every fourth sending two joins of 2 at once (a double tap with two keys, two phones). Prints the
// throughput and what the race left behind: pieces sold (must be 50 a round), friends over the limit (must be 0),
// and any answer other than an order, CONFLICT (over the limit) or OUT_OF_STOCK. Three rounds, each a fresh shop.
import type { Product } from '../types/product';
import { ms, percentile, perSec, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';

const STOCK = 50;
const LIMIT = 2;
const FRIENDS = 200;
const ROUNDS = 3;

export const dropRace: EngineBench = {
  title: `order.create with dropId: one drop (stock ${STOCK}, limit ${LIMIT} per friend), ${FRIENDS} concurrent friends`,
  async run(target, log) {
    const host = await startBenchHost(target, { seed: false });
    try {
      let overLimit = 0;
      let oversell = 0;
      let unexpected = 0;
      let sold = 0;
      const times: number[] = [];
      const rates: number[] = [];
      const latencies: number[] = [];

      for (let round = 1; round <= ROUNDS; round++) {
        const owner = `bench-drop-seller-${round}`;
        const shop = await host.ok<{ id: string }>('shop', { action: 'open', name: `压测接龙店${round}` }, owner);
        await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 bench' } }, owner);
        const product = await host.ok<Product>('catalog', { action: 'create', title: `压测草莓 第${round}轮`, priceFen: 3000, stock: STOCK, story: '压测用的货品。' }, owner);
        const drop = await host.ok<{ id: string }>(
          'drop',
          {
            action: 'open',
            title: `压测接龙 第${round}轮`,
            items: [{ productId: product.id, limitPerBuyer: LIMIT }],
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            fulfilment: { pickup: [{ name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' }], delivery: false, shipping: false },
          },
          owner,
        );
        const join = async (friend: string, key: string, qty: number) => {
          const s = performance.now();
          const res = await host.call(
            'order',
            {
              action: 'create',
              shopId: shop.id,
              dropId: drop.id,
              items: [{ productId: product.id, qty }],
              address: { name: '朋友', phone: '13800000000' },
              fulfilment: { kind: 'pickup', pickupIndex: 0 },
              idempotencyKey: `${key}-${Date.now()}`,
            },
            friend,
          );
          latencies.push(performance.now() - s);
          return res;
        };

        const t0 = performance.now();
        const answers = await Promise.all(
          Array.from({ length: FRIENDS }, (_, i) => {
            const friend = `bench-drop-friend-${round}-${i}`;
            if (i % 4 === 0) return [join(friend, `bench-drop-r${round}-f${i}-a`, 2), join(friend, `bench-drop-r${round}-f${i}-b`, 2)];
            return [join(friend, `bench-drop-r${round}-f${i}`, 1 + (i % 2))];
          }).flat(),
        );
        const elapsed = performance.now() - t0;

        const created = answers.filter((a) => a.body.ok).length;
        const refused = answers.filter((a) => !a.body.ok && (a.body.error.code === 'OUT_OF_STOCK' || a.body.error.code === 'CONFLICT')).length;
        unexpected += answers.length - created - refused;
        const per = await host.db.query<{ pieces: number }>(
          `SELECT sum(i.qty)::int AS pieces FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.drop_id = $1 GROUP BY o.buyer_openid`,
          [drop.id],
        );
        const qty = per.reduce((n, r) => n + r.pieces, 0);
        const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [product.id]);
        sold += qty;
        oversell += Math.max(0, qty - STOCK);
        overLimit += per.filter((r) => r.pieces > LIMIT).length;
        if (stock + qty !== STOCK || stock < 0) unexpected += 1;
        times.push(elapsed);
        rates.push((answers.length * 1000) / elapsed);
        log(`round ${round}: ${created} joins, ${refused} refused in ${ms(elapsed)} (${perSec(answers.length, elapsed)} requests); sold ${qty}, stock left ${stock}`);
      }

      const median = (xs: number[]) => percentile(xs, 50);
      const figures: Figure[] = [
        { name: `drop race time (${FRIENDS} friends, ${FRIENDS / 4} of them joining twice at once, median of ${ROUNDS} rounds)`, value: ms(median(times)) },
        { name: 'drop race throughput', value: `${Math.round(median(rates))} requests/s` },
        { name: 'order.create (join) latency p50 / p99 under the drop race', value: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}` },
        { name: `pieces sold (${ROUNDS} rounds × stock ${STOCK})`, value: String(sold) },
        { name: 'oversell (sold − stock, if positive)', value: String(oversell), zero: true },
        { name: `friends holding more than the limit of ${LIMIT}`, value: String(overLimit), zero: true },
        { name: 'answers other than an order, CONFLICT or OUT_OF_STOCK, or stock not adding up', value: String(unexpected), zero: true },
      ];
      return figures;
    } finally {
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(dropRace);
