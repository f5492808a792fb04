import { parse } from 'csv-parse/sync';
import type { CsvExport } from '../../types/crm';
import type { Drop, DropView, PickList } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/**
 * Group drops (issue 17), the backend without joining: open, get, listShop, list, close, the timer at the
 * cutoff, the pick list and its CSV. Joins go through order.create (its own rules: tests/integration of joining).
 */
const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

const OWNER = 'drop-owner';
const OTHER = 'drop-other-owner';
const HOUR = 3_600_000;
const inHours = (h: number) => new Date(clock.t + h * HOUR).toISOString();
const ways = {
  pickup: [
    { name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' },
    { name: '公司前台', address: '科技园 A 座', window: '周一 9:00–10:00' },
  ],
  delivery: true,
  shipping: true,
};

let shop: Shop;
let walnut: Product;
let honey: Product;
let archived: Product;
let otherProduct: Product;
let carried: Product;

beforeAll(async () => {
  shop = await host.ok<Shop>('shop', { action: 'open', name: '接龙小店' }, OWNER);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 drop' } }, OWNER);
  const create = (title: string, stock: number) => host.ok<Product>('catalog', { action: 'create', title, priceFen: 1000, stock, story: '故事' }, OWNER);
  walnut = await create('核桃', 20);
  honey = await create('蜂蜜', 10);
  archived = await create('旧货', 5);
  await host.ok('catalog', { action: 'archive', productId: archived.id }, OWNER);
  await host.ok('shop', { action: 'open', name: '别人的店' }, OTHER);
  otherProduct = await host.ok<Product>('catalog', { action: 'create', title: '别人的货', priceFen: 500, stock: 5, story: '故事' }, OTHER);
  await host.ok('supply', { action: 'open', name: '山里农场' }, 'drop-farmer');
  const sp = await host.ok<SupplyProduct>('supply', { action: 'create', title: '土鸡蛋', story: '故事', supplyPriceFen: 500, minPriceFen: 800, maxPriceFen: 1200, stock: 30 }, 'drop-farmer');
  carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 900 }, OWNER);
});

const openEvent = (over: Record<string, unknown> = {}) => ({
  action: 'open',
  title: '本周核桃接龙',
  intro: '周四 20:00 截单',
  items: [
    { productId: walnut.id, limitPerBuyer: 3 },
    { productId: honey.id, limitPerBuyer: 2 },
  ],
  closesAt: inHours(48),
  fulfilment: ways,
  ...over,
});

const openDrop = (over: Record<string, unknown> = {}) => host.ok<Drop>('drop', openEvent(over), OWNER);

async function counts(): Promise<string> {
  const [r] = await host.db.query<{ d: number; i: number; open: number }>(
    `SELECT (SELECT count(*)::int FROM drops) AS d, (SELECT count(*)::int FROM drop_items) AS i, (SELECT count(*)::int FROM drops WHERE status = 'open') AS open`,
  );
  return JSON.stringify(r);
}

let serial = 0;
/** A friend's join through order.create, paid by transfer and confirmed when `paid`. */
async function join(
  dropId: string,
  buyer: string,
  items: { productId: string; qty: number }[],
  way: { kind: 'pickup'; pickupIndex: number } | { kind: 'delivery' | 'shipping' },
  opts: { name?: string; showName?: boolean; paid?: boolean } = {},
): Promise<Order> {
  const k = ++serial;
  clock.t += 1000; // joins in the order they are made (lists are oldest or newest first)
  const address = { name: opts.name ?? `朋友${k}`, phone: `1390013${String(k).padStart(4, '0')}`, detail: way.kind === 'pickup' ? '' : `某路 ${k} 号` };
  const order = await host.ok<Order>(
    'order',
    { action: 'create', shopId: shop.id, items, address, dropId, fulfilment: way, showName: opts.showName ?? true, idempotencyKey: `drop-join-${k}` },
    buyer,
  );
  if (opts.paid) {
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, OWNER);
  }
  return order;
}

const stockOf = async (productId: string) => (await host.ok<Product>('catalog', { action: 'get', productId })).stock;
const tick = () => fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json());

describe('drop.open', () => {
  it('opens a drop of the shop’s products, each read as it is now, and shows it to the owner and the shop page', async () => {
    const drop = await openDrop({ showJoiners: undefined });
    expect(drop).toMatchObject({
      shopId: shop.id,
      shopName: '接龙小店',
      title: '本周核桃接龙',
      intro: '周四 20:00 截单',
      closesAt: inHours(48),
      fulfilment: ways,
      showJoiners: true,
      status: 'open',
      closedAt: null,
      items: [
        { productId: walnut.id, title: '核桃', priceFen: 1000, stock: 20, limitPerBuyer: 3, image: null },
        { productId: honey.id, title: '蜂蜜', priceFen: 1000, stock: 10, limitPerBuyer: 2, image: null },
      ],
    });
    // a later price change shows on the drop: it sells the shop's products, not copies of them
    await host.ok('catalog', { action: 'update', productId: honey.id, priceFen: 1200 }, OWNER);
    const view = await host.ok<DropView>('drop', { action: 'get', dropId: drop.id });
    expect(view.drop.items[1].priceFen).toBe(1200);
    await host.ok('catalog', { action: 'update', productId: honey.id, priceFen: 1000 }, OWNER);
    expect((await host.ok<{ drops: Drop[] }>('drop', { action: 'listShop', shopId: shop.id })).drops.map((d) => d.id)).toContain(drop.id);
    expect((await host.ok<{ drops: Drop[] }>('drop', { action: 'list' }, OWNER)).drops.map((d) => d.id)).toContain(drop.id);
  });

  it('takes a cutoff exactly 14 days ahead', async () => {
    expect((await openDrop({ closesAt: inHours(14 * 24) })).status).toBe('open');
  });

  const refusals: [string, () => Record<string, unknown>, string, string | null][] = [
    ['another shop’s product', () => ({ items: [{ productId: otherProduct.id, limitPerBuyer: 1 }] }), 'NOT_FOUND', null],
    ['an archived product', () => ({ items: [{ productId: walnut.id, limitPerBuyer: 1 }, { productId: archived.id, limitPerBuyer: 1 }] }), 'NOT_FOUND', null],
    ['a carried product (its supplier ships it by courier)', () => ({ items: [{ productId: carried.id, limitPerBuyer: 1 }] }), 'BAD_INPUT', 'items'],
    ['the same product twice', () => ({ items: [{ productId: walnut.id, limitPerBuyer: 1 }, { productId: walnut.id, limitPerBuyer: 2 }] }), 'BAD_INPUT', 'items'],
    ['no items', () => ({ items: [] }), 'BAD_INPUT', 'items'],
    ['a limit of 0', () => ({ items: [{ productId: walnut.id, limitPerBuyer: 0 }] }), 'BAD_INPUT', 'items.0.limitPerBuyer'],
    ['a cutoff now', () => ({ closesAt: inHours(0) }), 'BAD_INPUT', 'closesAt'],
    ['a cutoff past', () => ({ closesAt: inHours(-1) }), 'BAD_INPUT', 'closesAt'],
    ['a cutoff past 14 days', () => ({ closesAt: new Date(clock.t + 14 * 24 * HOUR + 60_000).toISOString() }), 'BAD_INPUT', 'closesAt'],
    ['no way to hand it over', () => ({ fulfilment: { pickup: [], delivery: false, shipping: false } }), 'BAD_INPUT', 'fulfilment'],
    ['six pickup points', () => ({ fulfilment: { pickup: Array.from({ length: 6 }, () => ways.pickup[0]), delivery: false, shipping: false } }), 'TOO_LARGE', 'fulfilment.pickup'],
    ['a title WeChat refuses', () => ({ title: '【违规测试】接龙' }), 'CONTENT_REJECTED', 'title'],
    ['an intro WeChat refuses', () => ({ intro: '说明【违规测试】' }), 'CONTENT_REJECTED', 'intro'],
    // a pickup point's name, address and time are shown on the drop's page to everyone its card reaches
    ...(['name', 'address', 'window'] as const).map((key): [string, () => Record<string, unknown>, string, string] => [
      `a second pickup point's ${key} WeChat refuses`,
      () => ({ fulfilment: { ...ways, pickup: [ways.pickup[0], { ...ways.pickup[0], [key]: '【违规测试】' }] } }),
      'CONTENT_REJECTED',
      `fulfilment.pickup.1.${key}`,
    ]),
  ];

  it.each(refusals)('refuses %s and stores nothing', async (_label, over, code, field) => {
    const before = await counts();
    const res = await host.call('drop', openEvent(over()), OWNER);
    expect(res.body.ok).toBe(false);
    if (res.body.ok) return;
    expect(res.body.error.code).toBe(code);
    if (field) expect(res.body.error.fields).toHaveProperty([field]);
    expect(res.body.error.message.length).toBeGreaterThan(0);
    expect(await counts()).toBe(before);
  });

  it('names the product that is not on sale', async () => {
    const res = await host.call('drop', openEvent({ items: [{ productId: walnut.id, limitPerBuyer: 1 }, { productId: archived.id, limitPerBuyer: 1 }] }), OWNER);
    expect(res.body.ok ? null : res.body.error).toMatchObject({ code: 'NOT_FOUND', productId: archived.id, message: expect.stringContaining(archived.id) });
  });

  it('is the shop owner’s: someone without a shop is refused, anonymous is UNAUTHENTICATED', async () => {
    const before = await counts();
    expect((await host.call('drop', openEvent(), 'drop-nobody')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await host.call('drop', openEvent())).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await counts()).toBe(before);
  });
});

describe('drop.get', () => {
  it('shows who joined, masked or anonymous, newest first, and counts every join not cancelled', async () => {
    const drop = await openDrop();
    await join(drop.id, 'drop-f1', [{ productId: walnut.id, qty: 2 }], { kind: 'pickup', pickupIndex: 0 }, { name: '王小明', paid: true });
    clock.t += 60_000;
    await join(drop.id, 'drop-f2', [{ productId: walnut.id, qty: 1 }, { productId: honey.id, qty: 1 }], { kind: 'delivery' }, { name: '李雷', showName: false });
    clock.t += 60_000;
    const gone = await join(drop.id, 'drop-f3', [{ productId: honey.id, qty: 2 }], { kind: 'shipping' }, { name: '韩梅梅' });
    await host.ok('order', { action: 'cancel', orderId: gone.id }, 'drop-f3');
    clock.t += 60_000;

    const view = await host.ok<DropView>('drop', { action: 'get', dropId: drop.id });
    // the unpaid join counts (it holds its pieces until the cutoff); the cancelled one does not
    expect(view.joinedCount).toBe(2);
    expect(view.pieces).toBe(4);
    expect(view.joiners).toEqual([
      { name: '匿名', qty: 2, at: expect.any(String) },
      { name: '王*', qty: 2, at: expect.any(String) },
    ]);
    expect(JSON.stringify(view)).not.toContain('李雷');
    expect(JSON.stringify(view)).not.toContain('王小明');
  });

  it('gives the owner alone the joins per status, so the live page says exactly how many have not paid', async () => {
    const drop = await openDrop();
    await join(drop.id, 'drop-f1', [{ productId: walnut.id, qty: 1 }], { kind: 'pickup', pickupIndex: 0 }, { paid: true });
    await join(drop.id, 'drop-f2', [{ productId: walnut.id, qty: 1 }], { kind: 'delivery' });
    const told = await join(drop.id, 'drop-f3', [{ productId: honey.id, qty: 1 }], { kind: 'pickup', pickupIndex: 1 });
    await host.ok('order', { action: 'pay', orderId: told.id, method: 'transfer' }, 'drop-f3');
    const gone = await join(drop.id, 'drop-f4', [{ productId: honey.id, qty: 1 }], { kind: 'shipping' });
    await host.ok('order', { action: 'cancel', orderId: gone.id }, 'drop-f4');

    const owners = await host.ok<DropView>('drop', { action: 'get', dropId: drop.id }, OWNER);
    expect(owners.joinedCount).toBe(3);
    expect(owners.counts).toEqual({ paid: 1, pending_payment: 1, awaiting_confirmation: 1 });
    // a friend is shown how many joined, never who has paid
    for (const as of [undefined, 'drop-f1', OTHER]) expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id }, as)).counts).toBeUndefined();
  });

  it('hides the names from everyone but the owner when the seller chose so, and still counts', async () => {
    const drop = await openDrop({ showJoiners: false });
    await join(drop.id, 'drop-f4', [{ productId: walnut.id, qty: 1 }], { kind: 'pickup', pickupIndex: 1 }, { name: '赵四' });
    for (const as of [undefined, 'drop-f4', OTHER]) {
      const view = await host.ok<DropView>('drop', { action: 'get', dropId: drop.id }, as);
      expect(view).toMatchObject({ joiners: [], joinedCount: 1, pieces: 1 });
    }
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id }, OWNER)).joiners).toEqual([{ name: '赵*', qty: 1, at: expect.any(String) }]);
  });

  it('carries the shop’s time zone, so friends read the cutoff on the shop’s clock', async () => {
    const drop = await openDrop();
    expect(drop.timeZone).toBe('Asia/Shanghai');
    await host.ok('shop', { action: 'update', policy: { timeZone: 'Europe/Berlin' } }, OWNER);
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id })).drop.timeZone).toBe('Europe/Berlin');
    expect((await host.ok<{ drops: Drop[] }>('drop', { action: 'listShop', shopId: shop.id })).drops.find((d) => d.id === drop.id)?.timeZone).toBe('Europe/Berlin');
    await host.ok('shop', { action: 'update', policy: { timeZone: 'Asia/Shanghai' } }, OWNER);
  });

  it('answers NOT_FOUND for an unknown drop', async () => {
    expect((await host.call('drop', { action: 'get', dropId: 'drNoSuchDrop' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('drop.listShop and drop.list', () => {
  it('lists a shop’s open drops to anyone, and the owner’s drops open first then closed, newest first', async () => {
    await host.ok<Shop>('shop', { action: 'open', name: '列表店' }, 'drop-lister');
    const p = await host.ok<Product>('catalog', { action: 'create', title: '苹果', priceFen: 300, stock: 9, story: '故事' }, 'drop-lister');
    const mine = await host.ok<Shop>('shop', { action: 'mine' }, 'drop-lister');
    const make = async (title: string) => {
      clock.t += 1000;
      return host.ok<Drop>('drop', openEvent({ title, items: [{ productId: p.id, limitPerBuyer: 1 }] }), 'drop-lister');
    };
    const a = await make('第一期');
    const b = await make('第二期');
    const c = await make('第三期');
    await host.ok('drop', { action: 'close', dropId: b.id }, 'drop-lister');
    const d = await make('第四期');
    await host.ok('drop', { action: 'close', dropId: d.id }, 'drop-lister');

    const shopDrops = await host.ok<{ drops: Drop[] }>('drop', { action: 'listShop', shopId: mine.id });
    expect(shopDrops.drops.map((x) => x.title).sort()).toEqual(['第一期', '第三期']);
    const own = await host.ok<{ drops: Drop[] }>('drop', { action: 'list' }, 'drop-lister');
    expect(own.drops.map((x) => [x.id, x.status])).toEqual([
      [c.id, 'open'],
      [a.id, 'open'],
      [d.id, 'closed'],
      [b.id, 'closed'],
    ]);
    // another seller's list holds none of them
    expect((await host.ok<{ drops: Drop[] }>('drop', { action: 'list' }, OTHER)).drops.map((x) => x.id)).not.toContain(a.id);
  });

  it('answers NOT_FOUND for an unknown shop', async () => {
    expect((await host.call('drop', { action: 'listShop', shopId: 'sNoSuchShop' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('drop.close and the timer', () => {
  it('closes early; a second close is CONFLICT; another seller gets NOT_FOUND; unpaid joins are cancelled once their last 10 minutes to pay have run, and their stock returns', async () => {
    const drop = await openDrop();
    const stock = await stockOf(walnut.id);
    const unpaid = await join(drop.id, 'drop-f5', [{ productId: walnut.id, qty: 3 }], { kind: 'delivery' });
    const paid = await join(drop.id, 'drop-f6', [{ productId: walnut.id, qty: 1 }], { kind: 'delivery' }, { paid: true });
    expect(await stockOf(walnut.id)).toBe(stock - 4);

    expect((await host.call('drop', { action: 'close', dropId: drop.id }, OTHER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id })).drop.status).toBe('open');

    const closed = await host.ok<Drop>('drop', { action: 'close', dropId: drop.id }, OWNER);
    expect(closed).toMatchObject({ status: 'closed', closedAt: new Date(clock.t).toISOString() });
    expect((await host.call('drop', { action: 'close', dropId: drop.id }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await host.ok<{ drops: Drop[] }>('drop', { action: 'listShop', shopId: shop.id })).drops.map((d) => d.id)).not.toContain(drop.id);

    // a join placed just before the close keeps 10 minutes to pay (a WeChat payment may be on its way)
    await tick();
    expect((await host.ok<Order>('order', { action: 'get', orderId: unpaid.id }, 'drop-f5')).status).toBe('pending_payment');
    clock.t += 10 * 60_000;
    await tick();
    expect((await host.ok<Order>('order', { action: 'get', orderId: unpaid.id }, 'drop-f5')).status).toBe('cancelled');
    expect((await host.ok<Order>('order', { action: 'get', orderId: paid.id }, 'drop-f6')).status).toBe('paid');
    expect(await stockOf(walnut.id)).toBe(stock - 1);
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id })).joinedCount).toBe(1);
  });

  it('closes a drop at its cutoff: open a minute before, closed (at the cutoff) after it, unpaid joins cancelled in that tick', async () => {
    // earlier tests' unpaid joins run out first, so the stock below moves with this test's joins only
    clock.t += 30 * 60_000;
    await tick();
    // 20 minutes: inside an unpaid order's own 30 minutes, so it is the cutoff that ends the join
    const drop = await openDrop({ closesAt: new Date(clock.t + 20 * 60_000).toISOString() });
    const stock = await stockOf(honey.id);
    const unpaid = await join(drop.id, 'drop-f7', [{ productId: honey.id, qty: 2 }], { kind: 'pickup', pickupIndex: 0 });
    const awaiting = await join(drop.id, 'drop-f8', [{ productId: honey.id, qty: 1 }], { kind: 'pickup', pickupIndex: 0 });
    await host.ok('order', { action: 'pay', orderId: awaiting.id, method: 'transfer' }, 'drop-f8');

    clock.t += 19 * 60_000;
    await tick();
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id })).drop.status).toBe('open');
    expect((await host.ok<Order>('order', { action: 'get', orderId: unpaid.id }, 'drop-f7')).status).toBe('pending_payment');

    // past the cutoff, before the timer got there, the drop already reads closed
    clock.t += 90_000;
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: drop.id })).drop).toMatchObject({ status: 'closed', closedAt: drop.closesAt });
    const [before] = await host.db.query<{ status: string }>('SELECT status FROM drops WHERE id = $1', [drop.id]);
    expect(before.status).toBe('open');
    expect((await host.call('drop', { action: 'close', dropId: drop.id }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await tick();
    const [after] = await host.db.query<{ status: string; closed_at: Date }>('SELECT status, closed_at FROM drops WHERE id = $1', [drop.id]);
    expect({ status: after.status, closedAt: new Date(after.closed_at).toISOString() }).toEqual({ status: 'closed', closedAt: drop.closesAt });
    expect((await host.ok<Order>('order', { action: 'get', orderId: unpaid.id }, 'drop-f7')).status).toBe('cancelled');
    // the buyer who says they transferred waits for the seller's check, as any transfer does
    expect((await host.ok<Order>('order', { action: 'get', orderId: awaiting.id }, 'drop-f8')).status).toBe('awaiting_confirmation');
    expect(await stockOf(honey.id)).toBe(stock - 1);
    // a second tick finds nothing more to close
    const report = (await tick()) as { data: { jobs: { name: string; handled: number }[] } };
    expect(report.data.jobs.find((j) => j.name === 'closeDueDrops')?.handled).toBe(0);
  });
});

describe('drop.pickList', () => {
  it('groups paid and ready orders per way, with product totals, lines, receivers and codes; unpaid ones are not on it', async () => {
    const drop = await openDrop();
    const a = await join(drop.id, 'drop-p1', [{ productId: walnut.id, qty: 2 }, { productId: honey.id, qty: 1 }], { kind: 'pickup', pickupIndex: 0 }, { name: '甲', paid: true });
    const b = await join(drop.id, 'drop-p2', [{ productId: honey.id, qty: 2 }], { kind: 'pickup', pickupIndex: 0 }, { name: '乙', paid: true });
    const c = await join(drop.id, 'drop-p3', [{ productId: walnut.id, qty: 1 }], { kind: 'pickup', pickupIndex: 1 }, { name: '丙', paid: true });
    await host.db.query(`UPDATE orders SET status = 'ready', ready_at = $2 WHERE id = $1`, [c.id, new Date(clock.t)]);
    // 匿名跟团: the seller still sees who to hand it to, marked so they do not name them in the group chat
    const d = await join(drop.id, 'drop-p4', [{ productId: walnut.id, qty: 1 }], { kind: 'delivery' }, { name: '丁', paid: true, showName: false });
    await join(drop.id, 'drop-p5', [{ productId: walnut.id, qty: 3 }], { kind: 'pickup', pickupIndex: 0 }, { name: '戊' });

    const list = await host.ok<PickList>('drop', { action: 'pickList', dropId: drop.id }, OWNER);
    expect(list.drop.id).toBe(drop.id);
    expect(list.groups.map((g) => g.way)).toEqual([
      { kind: 'pickup', pickupIndex: 0, point: ways.pickup[0] },
      { kind: 'pickup', pickupIndex: 1, point: ways.pickup[1] },
      { kind: 'delivery' },
      { kind: 'shipping' },
    ]);
    const [gate, office, delivery, shipping] = list.groups;
    expect(gate.totals).toEqual([
      { productId: walnut.id, title: '核桃', qty: 2 },
      { productId: honey.id, title: '蜂蜜', qty: 3 },
    ]);
    expect(gate.orders).toEqual([
      {
        orderId: a.id,
        status: 'paid',
        name: '甲',
        phone: expect.any(String),
        detail: null,
        lines: [
          { productId: walnut.id, title: '核桃', qty: 2 },
          { productId: honey.id, title: '蜂蜜', qty: 1 },
        ],
        pickupCode: expect.stringMatching(/^\d{6}$/),
        showName: true,
      },
      { orderId: b.id, status: 'paid', name: '乙', phone: expect.any(String), detail: null, lines: [{ productId: honey.id, title: '蜂蜜', qty: 2 }], pickupCode: expect.stringMatching(/^\d{6}$/), showName: true },
    ]);
    expect(office.orders.map((o) => [o.orderId, o.status])).toEqual([[c.id, 'ready']]);
    expect(delivery.orders).toEqual([expect.objectContaining({ orderId: d.id, name: '丁', showName: false, detail: expect.stringMatching(/^某路 \d+ 号$/) })]);
    expect(delivery.totals).toEqual([{ productId: walnut.id, title: '核桃', qty: 1 }]);
    expect(shipping).toMatchObject({ totals: [], orders: [] });

    // the seller's own only
    expect((await host.call('drop', { action: 'pickList', dropId: drop.id }, OTHER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.call('drop', { action: 'pickList', dropId: drop.id }, 'drop-p1')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports as a CSV with every cell quoted and a name that looks like a formula made harmless', async () => {
    const drop = await openDrop();
    await join(drop.id, 'drop-c1', [{ productId: walnut.id, qty: 2 }], { kind: 'pickup', pickupIndex: 1 }, { name: '=1+1', paid: true });
    await join(drop.id, 'drop-c2', [{ productId: honey.id, qty: 1 }], { kind: 'shipping' }, { name: '钱七', paid: true, showName: false });
    const file = await host.ok<CsvExport>('export', { action: 'csv', kind: 'drop', dropId: drop.id }, OWNER);
    expect(file).toMatchObject({ filename: expect.stringMatching(/^接龙备货-\d{4}-\d{2}-\d{2}\.csv$/), rows: 2 });
    const text = file.csv!.replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('"取货方式","自提点","取货码","收货人","匿名跟团","电话","地址","商品","数量","订单号","状态"');
    const rows = parse(text, { relax_quotes: true }) as string[][];
    expect(rows.slice(1)).toEqual([
      // 状态 as the order's page says it: a paid pickup order waits for the goods (待到货), a parcel to be sent (待发货)
      ['自提', '公司前台', expect.stringMatching(/^\d{6}$/), "'=1+1", '', expect.any(String), '', '核桃', '2', expect.any(String), '待到货'],
      ['快递', '', '', '钱七', '是', expect.any(String), expect.stringMatching(/^某路/), '蜂蜜', '1', expect.any(String), '待发货'],
    ]);
    const xlsx = await host.ok<CsvExport>('export', { action: 'csv', kind: 'drop', dropId: drop.id, format: 'xlsx' }, OWNER);
    expect(xlsx).toMatchObject({ filename: expect.stringMatching(/\.xlsx$/), rows: 2 });
  });

  it('refuses an export of another shop’s drop or without a drop', async () => {
    const drop = await openDrop();
    expect((await host.call('export', { action: 'csv', kind: 'drop', dropId: drop.id }, OTHER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.call('export', { action: 'csv', kind: 'drop' }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { dropId: expect.any(String) } } });
  });
});

// issue 17's review: a pickup order's return still asked for a courier's carrier and tracking number (and the seller
// for an address to post it to), which a friend handing the jar back at the gate does not have
describe('the return of a pickup or delivery order', () => {
  const ask = (o: Order, buyer: string) =>
    host.ok<Order>('order', { action: 'requestAfterSale', orderId: o.id, type: 'return', reason: '罐子漏了', items: [{ productId: walnut.id, qty: 1 }] }, buyer);

  it('is handed back in person: approved without an address, returned without a carrier or number, then refunded', async () => {
    const drop = await openDrop();
    for (const [buyer, way] of [['drop-r1', { kind: 'pickup', pickupIndex: 0 }], ['drop-r2', { kind: 'delivery' }]] as const) {
      const o = await join(drop.id, buyer, [{ productId: walnut.id, qty: 1 }], way, { paid: true });
      // handed over against the code first: the goods are the friend's to give back
      const code = (await host.ok<Order>('order', { action: 'get', orderId: o.id }, buyer)).pickupCode;
      expect((await host.ok<Order>('order', { action: 'verifyPickup', code }, OWNER)).status).toBe('completed');
      await ask(o, buyer);
      const approved = await host.ok<Order>('order', { action: 'resolveAfterSale', orderId: o.id, approve: true }, OWNER);
      expect(approved.afterSale).toMatchObject({ status: 'approved', returnAddress: null, shipBackBy: expect.any(String) });
      const back = await host.ok<Order>('order', { action: 'returnShipped', orderId: o.id }, buyer);
      expect(back.afterSale).toMatchObject({ status: 'returned', returnShipment: null, confirmBy: expect.any(String) });
      expect(back.timeline.at(-1)).toMatchObject({ action: 'returnShipped', note: '买家已当面退回' });
      const done = await host.ok<Order>('order', { action: 'confirmReturn', orderId: o.id }, OWNER);
      // paid by transfer: the money goes back by the seller's hand (a pending transfer refund), as for any return
      expect(done.afterSale?.status).toBe('refunded');
      expect(done.refunds).toEqual([expect.objectContaining({ method: 'transfer', status: 'pending', reason: 'after_sale' })]);
    }
  });

  it('a shipped join’s return still needs its carrier and number, and a refusal changes nothing', async () => {
    const drop = await openDrop();
    const o = await join(drop.id, 'drop-r3', [{ productId: walnut.id, qty: 1 }], { kind: 'shipping' }, { paid: true });
    await ask(o, 'drop-r3');
    expect((await host.call('order', { action: 'resolveAfterSale', orderId: o.id, approve: true }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { returnAddress: expect.any(String) } } });
    await host.ok('order', { action: 'resolveAfterSale', orderId: o.id, approve: true, returnAddress: { name: '店主', phone: '13800000000', detail: '某路 1 号' } }, OWNER);
    for (const missing of [{}, { carrier: 'SF' }, { trackingNo: 'SF1' }]) {
      const answer = (await host.call('order', { action: 'returnShipped', orderId: o.id, ...missing }, 'drop-r3')).body;
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect((await host.ok<Order>('order', { action: 'get', orderId: o.id }, 'drop-r3')).afterSale?.status).toBe('approved');
    const sent = await host.ok<Order>('order', { action: 'returnShipped', orderId: o.id, carrier: 'SF', trackingNo: 'SF1' }, 'drop-r3');
    expect(sent.afterSale?.returnShipment).toMatchObject({ carrierId: 'SF', trackingNo: 'SF1' });
  });
});
