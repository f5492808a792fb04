// Shared stock (issue 16): one supplier's product with stock 50, carried by three shops; 200 buyers spread
// over the three shops tap "buy" at the same moment, one piece each. Prints the throughput and what the race
// left behind: pieces sold (must be 50 a round), the oversell (must be 0), and any answer other than an order
// or OUT_OF_STOCK. Three rounds, each on a fresh supply product and fresh shops.
import type { Product } from '../types/product';
import type { SupplyProduct } from '../types/supply';
import { ms, percentile, perSec, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';

const STOCK = 50;
const BUYERS = 200;
const SHOPS = 3;
const ROUNDS = 3;

export const sharedStockRace: EngineBench = {
  title: `order.create: one supply product with stock ${STOCK} carried by ${SHOPS} shops, ${BUYERS} concurrent buyers`,
  async run(target, log) {
    const host = await startBenchHost(target, { seed: false });
    try {
      let oversell = 0;
      let unexpected = 0;
      let sold = 0;
      const times: number[] = [];
      const rates: number[] = [];
      const orderRates: number[] = [];
      const latencies: number[] = [];

      for (let round = 1; round <= ROUNDS; round++) {
        const supplier = `bench-supplier-${round}`;
        await host.ok('supply', { action: 'open', name: `压测蜂场${round}` }, supplier);
        const supply = await host.ok<SupplyProduct>(
          'supply',
          { action: 'create', title: `压测蜂蜜 第${round}轮`, story: '压测用的货品。', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: STOCK },
          supplier,
        );
        const shops: { shopId: string; productId: string }[] = [];
        for (let s = 0; s < SHOPS; s++) {
          const owner = `bench-seller-${round}-${s}`;
          const shop = await host.ok<{ id: string }>('shop', { action: 'open', name: `压测小店${round}-${s}` }, owner);
          await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 bench' } }, owner);
          const product = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.id, priceFen: 5200 + s * 500 }, owner);
          shops.push({ shopId: shop.id, productId: product.id });
        }

        const t0 = performance.now();
        const answers = await Promise.all(
          Array.from({ length: BUYERS }, async (_, i) => {
            const { shopId, productId } = shops[i % SHOPS];
            const s = performance.now();
            const res = await host.call(
              'order',
              {
                action: 'create',
                shopId,
                items: [{ productId, qty: 1 }],
                address: { name: `买家${i}`, phone: '13800000000', detail: '陕西省西安市雁塔区某小区 1 号楼' },
                idempotencyKey: `bench-shared-r${round}-b${i}-${Date.now()}`,
              },
              `bench-shared-buyer-${round}-${i}`,
            );
            latencies.push(performance.now() - s);
            return res;
          }),
        );
        const elapsed = performance.now() - t0;

        const created = answers.filter((a) => a.body.ok).length;
        const outOfStock = answers.filter((a) => !a.body.ok && a.body.error.code === 'OUT_OF_STOCK').length;
        unexpected += BUYERS - created - outOfStock;
        const [{ qty }] = await host.db.query<{ qty: number }>('SELECT coalesce(sum(qty), 0)::int AS qty FROM order_items WHERE product_id = ANY($1)', [
          shops.map((s) => s.productId),
        ]);
        const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM supply_products WHERE id = $1', [supply.id]);
        sold += qty;
        oversell += Math.max(0, qty - STOCK);
        // Stock left plus stock sold must be what there was: nothing taken without an order line.
        if (stock + qty !== STOCK || stock < 0) unexpected += 1;
        times.push(elapsed);
        rates.push((BUYERS * 1000) / elapsed);
        orderRates.push((created * 1000) / elapsed);
        log(`round ${round}: ${created} orders, ${outOfStock} OUT_OF_STOCK in ${ms(elapsed)} (${perSec(BUYERS, elapsed)} requests); sold ${qty}, supply stock left ${stock}`);
      }

      const median = (xs: number[]) => percentile(xs, 50);
      const figures: Figure[] = [
        { name: `shared-stock race time (${BUYERS} buyers over ${SHOPS} shops, median of ${ROUNDS} rounds)`, value: ms(median(times)) },
        { name: 'shared-stock race throughput', value: `${Math.round(median(rates))} requests/s, ${Math.round(median(orderRates))} orders/s` },
        { name: 'order.create latency p50 / p99 under the shared-stock race', value: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}` },
        { name: `pieces sold (${ROUNDS} rounds × supply stock ${STOCK})`, value: String(sold) },
        { name: 'oversell across the carrying shops (sold − stock, if positive)', value: String(oversell), zero: true },
        { name: 'answers other than an order or OUT_OF_STOCK, or stock not adding up', value: String(unexpected), zero: true },
      ];
      return figures;
    } finally {
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(sharedStockRace);
