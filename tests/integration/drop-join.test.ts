/**
 * Joining a drop (issue 17) through order.create, the `ready` status, 到货了 (drop.markReady) and the pickup code
 * (order.verifyPickup), on a real database: every rule of the contract's `drop` additions, each refusal changing
 * nothing, and the WeChat shipping upload of a handed-over order paid with WeChat Pay (logistics_type 4 用户自提,
 * 2 同城配送).
 */
import type { Drop, DropView } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

const OWNER = 'join-owner';
const OTHER = 'join-other-owner';
const HOUR = 3_600_000;
const inHours = (h: number) => new Date(clock.t + h * HOUR).toISOString();
const points = [
  { name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' },
  { name: '公司前台', address: '科技园 A 座', window: '周一 9:00–10:00' },
];

let shop: Shop;
let otherShop: Shop;
let walnut: Product;
let honey: Product;
let outside: Product;
let otherProduct: Product;
let drop: Drop;

beforeAll(async () => {
  shop = await host.ok<Shop>('shop', { action: 'open', name: '接龙小店' }, OWNER);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 join', wechatSubMchId: '1900000109' } }, OWNER);
  const create = (title: string, stock: number, owner = OWNER) => host.ok<Product>('catalog', { action: 'create', title, priceFen: 1000, stock, story: '故事' }, owner);
  walnut = await create('核桃', 30);
  honey = await create('蜂蜜', 30);
  outside = await create('不在接龙里', 30);
  otherShop = await host.ok<Shop>('shop', { action: 'open', name: '别人的店' }, OTHER);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 other' } }, OTHER);
  otherProduct = await create('别人的货', 5, OTHER);
  drop = await host.ok<Drop>(
    'drop',
    {
      action: 'open',
      title: '本周核桃接龙',
      items: [
        { productId: walnut.id, limitPerBuyer: 3 },
        { productId: honey.id, limitPerBuyer: 2 },
      ],
      closesAt: inHours(48),
      fulfilment: { pickup: points, delivery: true, shipping: false },
    },
    OWNER,
  );
});

let serial = 0;
const pickupAddress = { name: '王小明', phone: '13800138000' };
const fullAddress = { ...pickupAddress, detail: '阳光小区 3 栋 201' };
const joinEvent = (over: Record<string, unknown> = {}) => ({
  action: 'create',
  shopId: shop.id,
  dropId: drop.id,
  items: [{ productId: walnut.id, qty: 1 }],
  address: pickupAddress,
  fulfilment: { kind: 'pickup', pickupIndex: 0 },
  idempotencyKey: `join-key-${++serial}`,
  ...over,
});
const join = (buyer: string, over: Record<string, unknown> = {}) => host.call<Order>('order', joinEvent(over), buyer);
const joinOk = async (buyer: string, over: Record<string, unknown> = {}) => {
  const res = await join(buyer, over);
  if (!res.body.ok) throw new Error(JSON.stringify(res.body));
  return res.body.data;
};

async function payByTransfer(order: Order, buyer: string): Promise<Order> {
  await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
  return host.ok<Order>('order', { action: 'confirmPaid', orderId: order.id }, OWNER);
}

async function payByWechat(order: Order, buyer: string): Promise<Order> {
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: order.id, method: 'wechat' }, buyer);
  const res = (await (await fetch(`${host.url}/api/dev/payments/${paying.order.payment!.id}/succeed`, { method: 'POST' })).json()) as { ok: boolean };
  expect(res.ok).toBe(true);
  return host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
}

/** Everything a refused join could have written: orders, lines, stock, codes, events. */
async function snapshot(): Promise<string> {
  const [r] = await host.db.query(
    `SELECT (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_items) AS lines,
            (SELECT count(*)::int FROM order_events) AS events, (SELECT string_agg(stock::text, ',' ORDER BY id) FROM products) AS stock,
            (SELECT count(pickup_code)::int FROM orders) AS codes, (SELECT count(*)::int FROM outbox) AS outbox`,
  );
  return JSON.stringify(r);
}

interface OutboxEntry {
  kind: string;
  toOpenId: string | null;
  payload: { orderId?: string; message?: string; request?: Record<string, unknown> } & Record<string, unknown>;
}
async function outbox(kind: string): Promise<OutboxEntry[]> {
  const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: OutboxEntry[] };
  return messages.filter((m) => m.kind === kind);
}

describe('joining a drop through order.create', () => {
  it('places a pickup join with name and phone only, holds its stock, and shows the code only once paid — to the buyer and the seller', async () => {
    const before = (await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock;
    const order = await joinOk('join-a', { items: [{ productId: walnut.id, qty: 2 }], fulfilment: { kind: 'pickup', pickupIndex: 1 }, showName: false });
    expect(order).toMatchObject({ dropId: drop.id, fulfilment: { kind: 'pickup', pickupIndex: 1 }, pickupCode: null, readyAt: null, status: 'pending_payment' });
    expect(order.address).toEqual({ ...pickupAddress, detail: '' });
    expect((await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock).toBe(before - 2);
    const [{ pickup_code: code, show_name: showName }] = await host.db.query<{ pickup_code: string; show_name: boolean }>('SELECT pickup_code, show_name FROM orders WHERE id = $1', [order.id]);
    expect(code).toMatch(/^\d{6}$/);
    expect(showName).toBe(false);
    // the seller does not see it before payment either
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, OWNER)).pickupCode).toBeNull();
    const paid = await payByTransfer(order, 'join-a');
    expect(paid.pickupCode).toBe(code);
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, 'join-a')).pickupCode).toBe(code);
    // the drop's page lists the join as 匿名
    const view = await host.ok<{ joiners: { name: string }[] }>('drop', { action: 'get', dropId: drop.id });
    expect(view.joiners.some((j) => j.name === '匿名')).toBe(true);
  });

  it('gives a delivery join a code and needs its address; a shop order stays as it was: shipping, no code, detail required', async () => {
    const delivery = await joinOk('join-b', { fulfilment: { kind: 'delivery' }, address: fullAddress });
    expect(delivery.fulfilment).toEqual({ kind: 'delivery' });
    const [{ pickup_code: code }] = await host.db.query<{ pickup_code: string | null }>('SELECT pickup_code FROM orders WHERE id = $1', [delivery.id]);
    expect(code).toMatch(/^\d{6}$/);

    const before = await snapshot();
    const noDetail = await join('join-b', { fulfilment: { kind: 'delivery' } });
    expect(noDetail.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { 'address.detail': expect.any(String) } } });
    const shopNoDetail = await host.call('order', { action: 'create', shopId: shop.id, items: [{ productId: outside.id, qty: 1 }], address: pickupAddress, idempotencyKey: 'shop-no-detail' }, 'join-b');
    expect(shopNoDetail.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { 'address.detail': expect.any(String) } } });
    expect(await snapshot()).toBe(before);

    const shopOrder = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: outside.id, qty: 1 }], address: fullAddress, idempotencyKey: 'shop-order-1' }, 'join-b');
    expect(shopOrder).toMatchObject({ dropId: null, fulfilment: { kind: 'shipping' }, pickupCode: null });
  });

  it('refuses, changing nothing: pickup or delivery without a drop, a point or way the drop does not offer, a product not in it, another shop’s drop, an unknown drop', async () => {
    const before = await snapshot();
    const noDrop = await host.call('order', { action: 'create', shopId: shop.id, items: [{ productId: walnut.id, qty: 1 }], address: fullAddress, fulfilment: { kind: 'delivery' }, idempotencyKey: 'no-drop-1' }, 'join-c');
    expect(noDrop.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { fulfilment: expect.any(String) } } });
    expect((await join('join-c', { fulfilment: { kind: 'pickup', pickupIndex: 2 } })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { fulfilment: expect.any(String) } } });
    expect((await join('join-c', { fulfilment: { kind: 'pickup', pickupIndex: 9 } })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // this drop is not sent by courier
    expect((await join('join-c', { fulfilment: { kind: 'shipping' }, address: fullAddress })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { fulfilment: expect.any(String) } } });
    expect((await join('join-c', { fulfilment: { kind: 'teleport' } })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await join('join-c', { items: [{ productId: outside.id, qty: 1 }] })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { items: expect.any(String) } } });
    expect((await join('join-c', { shopId: otherShop.id, items: [{ productId: otherProduct.id, qty: 1 }] })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await join('join-c', { dropId: 'd_nope' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // named as what it is (显示名字), not as the way to pick up
    expect((await join('join-c', { showName: 'yes' })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { showName: expect.stringContaining('显示名字') } } });
    expect(await snapshot()).toBe(before);
  });

  it('counts the buyer’s open joins toward limitPerBuyer (CONFLICT with details.remaining), and a cancelled join no longer counts', async () => {
    const first = await joinOk('join-d', { items: [{ productId: walnut.id, qty: 2 }] });
    const before = await snapshot();
    const over = await join('join-d', { items: [{ productId: walnut.id, qty: 2 }] });
    expect(over.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', remaining: 1, productId: walnut.id, remainingByProduct: { [walnut.id]: 1 } } });
    // two products over at once: remaining is the first's, every one is in remainingByProduct
    await joinOk('join-d', { items: [{ productId: honey.id, qty: 2 }] });
    const both = await join('join-d', { items: [{ productId: walnut.id, qty: 3 }, { productId: honey.id, qty: 1 }] });
    expect(both.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', remaining: 1, remainingByProduct: { [walnut.id]: 1, [honey.id]: 0 } } });
    // one order over the limit by itself
    expect((await join('join-e', { items: [{ productId: walnut.id, qty: 4 }] })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT', remaining: 3 } });
    const afterRefusals = await snapshot();
    // only the honey join was written between the snapshots
    expect(JSON.parse(afterRefusals).orders).toBe(JSON.parse(before).orders + 1);

    await host.ok('order', { action: 'cancel', orderId: first.id }, 'join-d');
    await joinOk('join-d', { items: [{ productId: walnut.id, qty: 3 }] });
    expect((await join('join-d', { items: [{ productId: walnut.id, qty: 1 }] })).body).toMatchObject({ ok: false, error: { code: 'CONFLICT', remaining: 0 } });
  });

  it('answers the same key with the first join and counts it once', async () => {
    const event = joinEvent({ items: [{ productId: honey.id, qty: 2 }] });
    const a = await host.ok<Order>('order', event, 'join-f');
    const b = await host.ok<Order>('order', event, 'join-f');
    expect(b.id).toBe(a.id);
  });
});

describe('markReady and verifyPickup', () => {
  it('到货了 moves that point’s paid orders to ready and tells each buyer; the code then completes the order once', async () => {
    const g = await payByTransfer(await joinOk('join-g', { fulfilment: { kind: 'pickup', pickupIndex: 1 } }), 'join-g');
    // one consent to 订单状态, given after the payment's own notice (which would have spent it)
    await host.ok('shop', { action: 'consent', answers: [{ template: 'order_status', accepted: true }] }, 'join-g');
    const unpaid = await joinOk('join-h', { fulfilment: { kind: 'pickup', pickupIndex: 1 } });
    const atOther = await payByTransfer(await joinOk('join-i', { fulfilment: { kind: 'pickup', pickupIndex: 0 } }), 'join-i');

    clock.t += HOUR;
    const { moved } = await host.ok<{ moved: number }>('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 1 }, OWNER);
    // join-a's paid order from the first test is at point 1 too
    expect(moved).toBe(2);
    const ready = await host.ok<Order>('order', { action: 'get', orderId: g.id }, 'join-g');
    expect(ready).toMatchObject({ status: 'ready', readyAt: clock.now().toISOString(), pickupCode: g.pickupCode });
    expect(ready.timeline.at(-1)).toMatchObject({ action: 'markReady', by: 'owner', from: 'paid', to: 'ready', note: '公司前台' });
    expect((await host.ok<Order>('order', { action: 'get', orderId: unpaid.id }, 'join-h')).status).toBe('pending_payment');
    // a ready order is a sale in the seller's customer list, as a paid one was
    await host.ok('crm', { action: 'list' }, OWNER); // the seller's customers are derived from orders as the list is read
    const [{ id: customerId }] = await host.db.query<{ id: string }>('SELECT id FROM customers WHERE shop_id = $1 AND buyer_openid = $2', [shop.id, 'join-g']);
    expect(await host.ok('crm', { action: 'get', customerId }, OWNER)).toMatchObject({ orders: 1, totalFen: g.totalFen });
    expect((await host.ok<Order>('order', { action: 'get', orderId: atOther.id }, 'join-i')).status).toBe('paid');
    const told = (await outbox('subscribeMessage')).filter((m) => m.payload.orderId === g.id && m.payload.message === 'order.ready');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ toOpenId: 'join-g', payload: { point: '公司前台' } });
    // said twice, nothing moves
    expect(await host.ok('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 1 }, OWNER)).toEqual({ moved: 0 });
    // a point the drop does not have, another shop's drop, a stranger
    expect((await host.call('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 3 }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { pickupIndex: expect.any(String) } } });
    expect((await host.call('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 0 }, OTHER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.call('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 0 }, 'join-g')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // another shop typing the code finds nothing; the owner completes it; the same code again is NOT_FOUND
    expect((await host.call('order', { action: 'verifyPickup', code: g.pickupCode }, OTHER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const done = await host.ok<Order>('order', { action: 'verifyPickup', code: ` ${g.pickupCode!.slice(0, 3)} ${g.pickupCode!.slice(3)} ` }, OWNER);
    expect(done).toMatchObject({ id: g.id, status: 'completed', pickupCode: null });
    expect(done.timeline.at(-1)).toMatchObject({ action: 'verifyPickup', from: 'ready', to: 'completed' });
    expect((await host.call('order', { action: 'verifyPickup', code: g.pickupCode }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // handed over: a full refund afterwards gives no stock back (the friend has the goods), as for a parcel
    const stockBefore = (await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock;
    await host.ok('order', { action: 'requestAfterSale', orderId: g.id, type: 'refund', reason: '不新鲜' }, 'join-g');
    await host.ok<Order>('order', { action: 'resolveAfterSale', orderId: g.id, approve: true }, OWNER);
    expect((await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock).toBe(stockBefore);
    // a paid order not yet marked ready is handed over straight from paid
    expect(await host.ok<Order>('order', { action: 'verifyPickup', code: atOther.pickupCode }, OWNER)).toMatchObject({ id: atOther.id, status: 'completed' });
  });

  it('refuses a code of an unpaid order, a malformed code and a buyer typing it; nothing changes', async () => {
    const unpaid = await joinOk('join-j', { fulfilment: { kind: 'pickup', pickupIndex: 0 } });
    const [{ pickup_code: code }] = await host.db.query<{ pickup_code: string }>('SELECT pickup_code FROM orders WHERE id = $1', [unpaid.id]);
    const before = await snapshot();
    expect((await host.call('order', { action: 'verifyPickup', code }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.call('order', { action: 'verifyPickup', code: '12345' }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { code: expect.any(String) } } });
    expect((await host.call('order', { action: 'verifyPickup', code: 'abcdef' }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await host.call('order', { action: 'verifyPickup', code }, 'join-j')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot()).toBe(before);
  });

  it('never offers a pickup order to ship: order.ship is CONFLICT and changes nothing', async () => {
    const paid = await payByTransfer(await joinOk('join-k', { fulfilment: { kind: 'pickup', pickupIndex: 0 } }), 'join-k');
    const before = await snapshot();
    expect((await host.call('order', { action: 'ship', orderId: paid.id, carrier: 'SF', trackingNo: 'SF1' }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot()).toBe(before);
  });

  it('uploads the handing-over to WeChat once, as 用户自提 (4) at 到货了 and as 同城配送 (2) when a delivery is handed over', async () => {
    const pickup = await payByWechat(await joinOk('join-l', { fulfilment: { kind: 'pickup', pickupIndex: 0 } }), 'join-l');
    const delivery = await payByWechat(await joinOk('join-m', { fulfilment: { kind: 'delivery' }, address: fullAddress }), 'join-m');
    expect(pickup.status).toBe('paid');
    await host.ok('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 0 }, OWNER);
    await host.ok('order', { action: 'verifyPickup', code: pickup.pickupCode }, OWNER);
    await host.ok('order', { action: 'verifyPickup', code: delivery.pickupCode }, OWNER);
    const uploads = await outbox('wxa.uploadShippingInfo');
    const of = (id: string) => uploads.filter((m) => m.payload.orderId === id).map((m) => m.payload.request);
    expect(of(pickup.id)).toEqual([
      expect.objectContaining({ logistics_type: 4, delivery_mode: 1, shipping_list: [{ item_desc: '核桃*1' }], payer: { openid: 'join-l' } }),
    ]);
    expect(of(delivery.id)).toEqual([expect.objectContaining({ logistics_type: 2, shipping_list: [{ item_desc: '核桃*1' }], payer: { openid: 'join-m' } })]);
    // the seller sees WeChat's sync of each, as of a shipped order
    const seen = await host.ok<{ orders: Order[] }>('order', { action: 'listShop', status: 'completed' }, OWNER);
    expect(seen.orders.find((o) => o.id === pickup.id)).toBeDefined();
  });

  it('lets a ready order be cancelled by the seller: stock returns, the code is freed', async () => {
    const paid = await payByTransfer(await joinOk('join-n', { fulfilment: { kind: 'pickup', pickupIndex: 1 } }), 'join-n');
    await host.ok('drop', { action: 'markReady', dropId: drop.id, pickupIndex: 1 }, OWNER);
    const stock = (await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock;
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: paid.id, reason: '一直没来取' }, OWNER);
    expect(cancelled).toMatchObject({ status: 'cancelled', pickupCode: null });
    expect((await host.ok<Product>('catalog', { action: 'get', productId: walnut.id })).stock).toBe(stock + 1);
    expect((await host.call('order', { action: 'verifyPickup', code: paid.pickupCode }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a join once the drop is closed (CONFLICT), changing nothing', async () => {
    await host.ok('drop', { action: 'close', dropId: drop.id }, OWNER);
    const before = await snapshot();
    expect((await join('join-o')).body).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'drop_closed' } });
    expect(await snapshot()).toBe(before);
  });
});

describe('codes that never find the wrong order, and time to pay at the cutoff', () => {
  const openOwn = (closesAt: string) =>
    host.ok<Drop>('drop', { action: 'open', title: '又一期接龙', items: [{ productId: walnut.id, limitPerBuyer: 3 }], closesAt, fulfilment: { pickup: points, delivery: true, shipping: false } }, OWNER);
  const tick = () => fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json());

  it('takes a completed order into after-sale even when a newer join holds its old code; the newer one is the one the code hands over', async () => {
    const own = await openOwn(inHours(48));
    const first = await payByTransfer(await joinOk('join-p', { dropId: own.id }), 'join-p');
    const code = first.pickupCode!;
    await host.ok('order', { action: 'verifyPickup', code }, OWNER);
    // the code is free again once handed over: a newer join may draw it (forced here, as the random draw may)
    const newer = await joinOk('join-q', { dropId: own.id });
    await host.db.query('UPDATE orders SET pickup_code = $1 WHERE id = $2', [code, newer.id]);
    await payByTransfer(newer, 'join-q');

    const asked = await host.call<Order>('order', { action: 'requestAfterSale', orderId: first.id, type: 'refund', reason: '坏了' }, 'join-p');
    expect(asked.body).toMatchObject({ ok: true, data: { id: first.id, status: 'after_sale', pickupCode: null } });
    // the code hands over the newer order, never the one in after-sale
    expect(await host.ok<Order>('order', { action: 'verifyPickup', code }, OWNER)).toMatchObject({ id: newer.id, status: 'completed' });
    expect((await host.ok<Order>('order', { action: 'get', orderId: first.id }, 'join-p')).status).toBe('after_sale');
  });

  it('keeps an after-sale started before the handing-over holding its code, shown to the buyer', async () => {
    const own = await openOwn(inHours(48));
    const paid = await payByTransfer(await joinOk('join-r', { dropId: own.id }), 'join-r');
    const asked = await host.ok<Order>('order', { action: 'requestAfterSale', orderId: paid.id, type: 'refund', reason: '不想要了' }, 'join-r');
    expect(asked).toMatchObject({ status: 'after_sale', pickupCode: paid.pickupCode });
    // held: a stranger's code cannot be forced onto it
    const other = await joinOk('join-s', { dropId: own.id });
    await expect(host.db.query('UPDATE orders SET pickup_code = $1 WHERE id = $2', [paid.pickupCode, other.id])).rejects.toThrow();
  });

  it('refuses a code with one mistyped digit or two swapped as BAD_INPUT (取货码有误，请核对), and another drop’s code on a drop’s page as NOT_FOUND; nothing changes', async () => {
    const own = await openOwn(inHours(48));
    const another = await openOwn(inHours(48));
    const mine = await payByTransfer(await joinOk('join-t', { dropId: own.id }), 'join-t');
    const code = mine.pickupCode!;
    const before = await snapshot();
    const slips = [
      code.slice(0, 2) + String((Number(code[2]) + 1) % 10) + code.slice(3),
      code[1] === code[2] ? code.slice(0, 5) + String((Number(code[5]) + 3) % 10) : code[0] + code[2] + code[1] + code.slice(3),
    ];
    for (const slip of slips) {
      expect((await host.call('order', { action: 'verifyPickup', code: slip }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { code: '取货码有误，请核对' } } });
    }
    expect((await host.call('order', { action: 'verifyPickup', code, dropId: another.id }, OWNER)).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await snapshot()).toBe(before);
    expect((await host.ok<Order>('order', { action: 'get', orderId: mine.id }, 'join-t')).status).toBe('paid');
    expect(await host.ok<Order>('order', { action: 'verifyPickup', code, dropId: own.id }, OWNER)).toMatchObject({ id: mine.id, status: 'completed' });
  });

  it('gives every code a valid check digit', async () => {
    const own = await openOwn(inHours(48));
    const { hasValidCheckDigit } = await import('../../types/rules/pickup-code');
    for (let i = 0; i < 5; i++) {
      const o = await payByTransfer(await joinOk(`join-u${i}`, { dropId: own.id }), `join-u${i}`);
      expect(hasValidCheckDigit(o.pickupCode!)).toBe(true);
    }
  });

  it('gives a join seconds before the cutoff 10 minutes to pay; the close does not cut them, and a WeChat payment inside them keeps the order', async () => {
    const own = await openOwn(new Date(clock.t + 60_000).toISOString());
    clock.t += 50_000;
    const late = await joinOk('join-v', { dropId: own.id });
    expect(late.expiresAt).toBe(new Date(clock.t + 10 * 60_000).toISOString());
    clock.t += 5 * 60_000; // the drop closed four minutes ago; the timer gets there now
    await tick();
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: own.id })).drop.status).toBe('closed');
    const still = await host.ok<Order>('order', { action: 'get', orderId: late.id }, 'join-v');
    expect(still).toMatchObject({ status: 'pending_payment', expiresAt: late.expiresAt });
    expect((await payByWechat(late, 'join-v')).status).toBe('paid');
    expect((await host.ok<DropView>('drop', { action: 'get', dropId: own.id })).joinedCount).toBe(1);

    // far from its cutoff the usual 30 minutes hold; 20 minutes before it, the cutoff
    const early = await openOwn(inHours(1));
    expect((await joinOk('join-w', { dropId: early.id })).expiresAt).toBe(new Date(clock.t + 30 * 60_000).toISOString());
    clock.t += 40 * 60_000;
    expect((await joinOk('join-x', { dropId: early.id })).expiresAt).toBe(early.closesAt);
  });
});
