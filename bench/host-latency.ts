// Latency of the two public reads a friend's first tap costs: `shop.get` (the shop page) and
// `catalog.get` (a product page, with its reviews), through the local host over loopback HTTP,
// at 1 and at 50 concurrent clients. A bounded number of requests; figures are printed, not asserted.
import type { ShopWithProducts } from '../types/shop';
import { ms, percentile, perSec, pool, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';

const REQUESTS = 500;
const WARMUP = 50;
const CONCURRENCY = [1, 50];

export const hostLatency: EngineBench = {
  title: 'host latency: shop.get and catalog.get',
  async run(target, log) {
    const host = await startBenchHost(target, { seed: true });
    try {
      if (!host.demoShopId) throw new Error('the demo shop was not seeded');
      const shopId = host.demoShopId;
      const { products } = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId });
      const productIds = products.map((p) => p.id);
      if (productIds.length === 0) throw new Error('the demo shop has no products');

      const calls: Array<[string, (i: number) => Promise<void>]> = [
        ['shop.get', async () => expectOk(await host.call('shop', { action: 'get', shopId }))],
        ['catalog.get', async (i) => expectOk(await host.call('catalog', { action: 'get', productId: productIds[i % productIds.length] }))],
      ];
      const figures: Figure[] = [];
      for (const [name, call] of calls) {
        await pool(WARMUP, 10, call);
        for (const c of CONCURRENCY) {
          const t0 = performance.now();
          const durations = await pool(REQUESTS, c, call);
          const elapsed = performance.now() - t0;
          const p50 = percentile(durations, 50);
          const p99 = percentile(durations, 99);
          log(`${name} × ${REQUESTS} at ${c} concurrent: p50 ${ms(p50)}, p99 ${ms(p99)}, ${perSec(REQUESTS, elapsed)}`);
          figures.push({ name: `${name} p50 / p99, ${c} client${c > 1 ? 's' : ''}`, value: `${ms(p50)} / ${ms(p99)} (${perSec(REQUESTS, elapsed)})` });
        }
      }
      return figures;
    } finally {
      await host.close();
    }
  },
};

function expectOk(res: { status: number; body: { ok: boolean } }): void {
  if (!res.body.ok) throw new Error(`unexpected answer ${res.status}: ${JSON.stringify(res.body)}`);
}

if (require.main === module) void runStandalone(hostLatency);
