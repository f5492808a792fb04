// Latency of the two public reads a friend's first tap costs: `shop.get` (the shop page) and
// `catalog.get` (a product page, with its reviews), through the local host over loopback HTTP,
// at 1 and at 50 concurrent clients. The host runs in this process, the clients in a separate Node
// process with keep-alive connections (bench/platform-load.ts), so the figures are what a caller
// waits for, not the host competing with its own clients; the host's CPU time per request beside them. A bounded number of requests; figures are
// printed, not asserted.
import type { ShopWithProducts } from '../types/shop';
import { ms, percentile, perSec, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';
import { runLoad, type LoadRequest } from './platform-load';

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

      const calls: Array<[string, (i: number) => LoadRequest]> = [
        ['shop.get', () => ({ path: '/api/fn/shop', body: { action: 'get', shopId } })],
        ['catalog.get', (i) => ({ path: '/api/fn/catalog', body: { action: 'get', productId: productIds[i % productIds.length] } })],
      ];
      const figures: Figure[] = [];
      for (const [name, request] of calls) {
        for (const c of CONCURRENCY) {
          const times = (n: number) => Array.from({ length: n }, (_, i) => request(i));
          const cpu0 = process.cpuUsage();
          const res = await runLoad({ url: host.url, concurrency: c, warmup: times(WARMUP), requests: times(REQUESTS) });
          // The host's own CPU time per request (warm-up included; the process is idle otherwise): on a shared machine
          // a steadier measure of what a change saved than the round trips, which other processes' load stretches.
          const { user, system } = process.cpuUsage(cpu0);
          const cpu = `${((user + system) / 1000 / (WARMUP + REQUESTS)).toFixed(2)} ms host CPU/request`;
          if (res.failed) throw new Error(`${name}: ${res.failed} answers were not ok: ${res.failures.join(' | ')}`);
          const p50 = percentile(res.durations, 50);
          const p99 = percentile(res.durations, 99);
          log(`${name} × ${REQUESTS} at ${c} concurrent: p50 ${ms(p50)}, p99 ${ms(p99)}, ${perSec(REQUESTS, res.elapsedMs)}, ${cpu}`);
          figures.push({ name: `${name} p50 / p99, ${c} client${c > 1 ? 's' : ''}`, value: `${ms(p50)} / ${ms(p99)} (${perSec(REQUESTS, res.elapsedMs)}; ${cpu})` });
        }
      }
      return figures;
    } finally {
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(hostLatency);
