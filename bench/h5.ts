// H5: how long a friend who opens the shop link waits for the first product. Headless Chromium
// (Debian's, through playwright-core) opens `/s/<shopId>` of the demo shop on the local host serving
// the production H5 build (dist/h5), and the clock stops when the first `.product-card` is visible.
// Beside it, the floor: a static HTML page with the same content (shop name, intro, the products'
// titles, prices and images, the images from the same host), served by a tiny loopback server.
// 10 runs each, a fresh browser context (no cache) per run; median and p90; the ratio app / static.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { ShopWithProducts } from '../types/shop';
import { ms, percentile, ROOT, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';

// BENCH_H5_DIR: another build (one's own dist/h5-<name>, as the e2e tests' E2E_H5_DIR) instead of dist/h5.
export const H5_DIR = process.env.BENCH_H5_DIR ? path.resolve(ROOT, process.env.BENCH_H5_DIR) : path.join(ROOT, 'dist', 'h5');
const RUNS = 10;
const CHROMIUM = '/usr/bin/chromium';

/** Why the H5 benchmark cannot run here, or null. */
export function h5Missing(): string | null {
  if (!fs.existsSync(CHROMIUM)) return 'Chromium is missing (apt-get install -y chromium)';
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) return 'the H5 build is missing (npm run build:h5)';
  return null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function staticPage(hostUrl: string, { shop, products }: ShopWithProducts): string {
  const abs = (u: string) => (u.startsWith('/') ? hostUrl + u : u);
  const cards = products
    .map(
      (p) => `<div class="product-card"><img src="${escape(abs(p.images[0] ?? ''))}" alt="" width="160" height="160">
  <div class="title">${escape(p.title)}</div><div class="price">¥${(p.priceFen / 100).toFixed(2)}</div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(shop.name)}</title><style>body{font-family:sans-serif;margin:16px;background:#faf6f0}.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.product-card{background:#fff;border-radius:8px;padding:8px}.product-card img{width:100%;height:auto}.price{color:#c0392b}</style></head>
<body><header>${shop.avatarUrl ? `<img src="${escape(abs(shop.avatarUrl))}" alt="" width="48" height="48">` : ''}<h1>${escape(shop.name)}</h1><p>${escape(shop.intro)}</p></header>
<div class="grid">${cards}</div></body></html>`;
}

async function serveStatic(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Recorded in the page: performance.now() when a `.product-card` is first visible by Playwright's own rule (a
 * non-empty box, not `visibility: hidden`), checked on every DOM change and every frame. Playwright's
 * waitForSelector polls from Node with a backoff (0, 20, 50, 100, 100, 500 ms apart in 1.65), so a card shown at
 * 250 ms was reported at ~380 ms and one at 45 ms at ~120 ms: steps larger than the differences measured.
 */
const FIRST_CARD_WATCH = `(() => {
  const seen = () => {
    const card = document.querySelector('.product-card');
    if (!card || window.__firstCardAt !== undefined) return;
    const box = card.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(card).visibility !== 'hidden') window.__firstCardAt = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => { seen(); if (window.__firstCardAt === undefined) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

/** Milliseconds from navigation start (in Node, before goto) to the first visible `.product-card`, per run. */
async function timeToFirstCard(browser: Browser, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    try {
      await context.addInitScript(FIRST_CARD_WATCH);
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(
        () => {
          const at = (window as unknown as { __firstCardAt?: number }).__firstCardAt;
          return at === undefined ? 0 : performance.timeOrigin + at;
        },
        undefined,
        { timeout: 30_000 },
      );
      // Both clocks are the wall clock: the page's origin plus its time, less Node's start.
      times.push((await handle.jsonValue()) - t0);
    } finally {
      await context.close();
    }
  }
  return times;
}

export const h5Bench: EngineBench = {
  title: `H5: \`/s/<shopId>\` to the first visible product, headless Chromium, ${RUNS} runs`,
  async run(target, log) {
    const missing = h5Missing();
    if (missing) throw new Error(missing);
    const host = await startBenchHost(target, { seed: true, h5Dir: H5_DIR });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      if (!host.demoShopId) throw new Error('the demo shop was not seeded');
      const content = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
      const page = await serveStatic(staticPage(host.url, content));
      try {
        // One unmeasured visit each, so both start from a warm host and disk cache of the OS.
        await timeToFirstCard(browser, `${host.url}/s/${host.demoShopId}`, 1);
        await timeToFirstCard(browser, page.url, 1);
        const app = await timeToFirstCard(browser, `${host.url}/s/${host.demoShopId}`, RUNS);
        const plain = await timeToFirstCard(browser, page.url, RUNS);
        const [appMedian, appP90, plainMedian, plainP90] = [percentile(app, 50), percentile(app, 90), percentile(plain, 50), percentile(plain, 90)];
        log(`app    /s/<shopId>: ${app.map((t) => Math.round(t)).join(', ')} ms`);
        log(`static same content: ${plain.map((t) => Math.round(t)).join(', ')} ms`);
        const figures: Figure[] = [
          { name: `H5 first product visible, median / p90 (${RUNS} runs, ${content.products.length} products)`, value: `${ms(appMedian)} / ${ms(appP90)}` },
          { name: 'static HTML page, same content, median / p90', value: `${ms(plainMedian)} / ${ms(plainP90)}` },
          { name: 'ratio H5 app / static page (medians)', value: `${(appMedian / plainMedian).toFixed(1)}×` },
        ];
        return figures;
      } finally {
        await page.close();
      }
    } finally {
      await browser.close();
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(h5Bench);
