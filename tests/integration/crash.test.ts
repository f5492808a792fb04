import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { createScratchDatabase } from './helpers/host';
import { spawnHost } from './helpers/spawn-host';

/**
 * The real host process, killed with SIGKILL in the middle of work, then started again on the same
 * data: what it had committed is whole, what it had not is gone, and nothing is half done or doubled.
 */
const server = process.env.DATABASE_URL;

interface Running {
  url: string;
  child: ChildProcess;
}

const alive = new Set<ChildProcess>();

async function start(env: Record<string, string>): Promise<Running> {
  const { url, child } = await spawnHost({ SEED_DEMO: '0', ...env });
  alive.add(child);
  child.on('exit', () => alive.delete(child));
  return { url, child };
}

const kill = (r: Running) => new Promise<void>((resolve) => {
  r.child.removeAllListeners('exit');
  r.child.on('exit', () => resolve());
  r.child.kill('SIGKILL');
});

async function call<T>(r: Running, fn: string, event: unknown, as?: string): Promise<{ ok: boolean; data?: T; error?: { code: string } }> {
  const res = await fetch(`${r.url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(as ? { 'x-dev-openid': as } : {}) }, body: JSON.stringify(event) });
  return (await res.json()) as { ok: boolean; data?: T; error?: { code: string } };
}
async function ok<T>(r: Running, fn: string, event: unknown, as?: string): Promise<T> {
  const res = await call<T>(r, fn, event, as);
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data as T;
}

let dir: string;
let env: Record<string, string>;
let drop: (() => Promise<void>) | null = null;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-crash-'));
  if (server) {
    const scratch = await createScratchDatabase(server);
    drop = scratch.drop;
    env = { DATABASE_URL: scratch.url, DATA_DIR: dir };
  } else {
    env = { DATABASE_URL: '', DATA_DIR: dir };
  }
});
afterEach(async () => {
  // a failed test must not leave a host running (jest would wait for it forever)
  for (const child of alive) child.kill('SIGKILL');
  if (drop) await drop();
  drop = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`a host killed mid-work (${server ? 'PostgreSQL' : 'PGlite on disk'})`, () => {
  it('an order race cut short leaves stock and orders consistent', async () => {
    let host = await start(env);
    const shop = await ok<Shop>(host, 'shop', { action: 'open', name: '断电测试店' }, 'crash-owner');
    await ok(host, 'shop', { action: 'update', payment: { transferNote: '转账到微信号 crash' } }, 'crash-owner');
    const product = await ok<Product>(host, 'catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 60, story: '故事' }, 'crash-owner');
    const address = { name: '赵六', phone: '13600136000', detail: '成都' };
    const racing = Array.from({ length: 120 }, (_, i) =>
      call(host, 'order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: `crash-${i}-key` }, `crash-buyer-${i}`).catch(() => null),
    );
    await new Promise((r) => setTimeout(r, 150));
    await kill(host);
    await Promise.all(racing);

    host = await start(env);
    try {
      const page = await ok<{ shop: Shop; products: Product[] }>(host, 'shop', { action: 'get', shopId: shop.id });
      const stock = page.products[0].stock;
      // every order that exists holds exactly its stock, and has its line
      let held = 0;
      for (let i = 0; i < 120; i++) {
        const mine = await ok<{ orders: Order[] }>(host, 'order', { action: 'listMine' }, `crash-buyer-${i}`);
        for (const o of mine.orders) {
          expect(o.items).toHaveLength(1);
          held += o.items[0].qty;
        }
      }
      expect(stock).toBeGreaterThanOrEqual(0);
      expect(stock + held).toBe(60);
      // a retried checkout after the crash finds its order or makes exactly one
      const retry = await call<Order>(host, 'order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: 'crash-0-key' }, 'crash-buyer-0');
      expect(retry.ok || retry.error?.code === 'OUT_OF_STOCK').toBe(true);
      const again = await ok<{ orders: Order[] }>(host, 'order', { action: 'listMine' }, 'crash-buyer-0');
      expect(again.orders.length).toBeLessThanOrEqual(1);
    } finally {
      await kill(host);
    }
  });

  it('a timer run cut short never sends a reminder twice and loses none', async () => {
    let host = await start(env);
    const owners = Array.from({ length: 30 }, (_, i) => `crash-seller-${i}`);
    let first = '';
    for (const owner of owners) {
      await ok(host, 'shop', { action: 'open', name: `店 ${owner}` }, owner);
      await ok(host, 'post', { action: 'consent', accepted: true }, owner);
      // the first time the policy allows (the real clock may be in quiet hours)
      const { nextAllowedAt } = await ok<{ nextAllowedAt: string }>(host, 'post', { action: 'policy' }, owner);
      first = nextAllowedAt;
      await ok(host, 'post', { action: 'schedule', at: nextAllowedAt, text: '到点提醒' }, owner);
    }
    const later = new Date(Date.parse(first) + 3_600_000).toISOString();
    const tick = (r: Running) => fetch(`${r.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: later }) }).catch(() => null);
    void tick(host);
    await new Promise((r) => setTimeout(r, 30));
    await kill(host);

    host = await start(env);
    try {
      await tick(host);
      await tick(host);
      const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: { kind: string; toOpenId: string; payload: { postId?: string } }[] };
      const reminders = messages.filter((m) => m.kind === 'subscribeMessage' && m.payload.postId);
      const perPost = new Map<string, number>();
      for (const m of reminders) perPost.set(m.payload.postId!, (perPost.get(m.payload.postId!) ?? 0) + 1);
      expect([...perPost.values()].every((n) => n === 1)).toBe(true);
      // every post was reminded exactly once: by message (each seller had one consent)
      expect(perPost.size).toBe(owners.length);
      for (const owner of owners.slice(0, 5)) {
        const posts = await ok<{ reminder: string }[]>(host, 'post', { action: 'list' }, owner);
        expect(posts.map((p) => p.reminder)).toEqual(['sent']);
      }
    } finally {
      await kill(host);
    }
  });
});
