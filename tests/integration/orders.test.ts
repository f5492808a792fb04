import type { Order, OrderPage, PaymentParams } from '../../types/order';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

/** A clock the tests move by hand: the timer's expiry and auto-completion are checked without waiting. */
const clock = handClock('2026-11-23T02:00:00Z');
const advanceMinutes = (m: number) => (clock.t += m * 60_000);

const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const key = () => `checkout-${++n}-${Math.random().toString(36).slice(2, 10)}`;

async function shopWith(products: { title: string; priceFen: number; stock: number }[], opts: { subMchId?: string } = {}) {
  const owner = `order-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `卖家${n}的店` }, owner);
  // WeChat Pay alone, or a transfer note: a shop with no way to be paid takes no orders (issue 13)
  await host.ok('shop', { action: 'update', payment: opts.subMchId ? { wechatSubMchId: opts.subMchId } : { transferNote: '转账到微信号 seller' } }, owner);
  const items: Product[] = [];
  for (const p of products) items.push(await host.ok<Product>('catalog', { action: 'create', ...p, story: `${p.title}的来历` }, owner));
  return { owner, shop, products: items };
}

async function stockOf(productId: string) {
  const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [productId]);
  return stock;
}

/** What the person answered to requestSubscribeMessage: one acceptance of each template, one message each. */
async function consent(openId: string, templates: string[]) {
  await host.ok('shop', { action: 'consent', answers: templates.map((template) => ({ template, accepted: true })) }, openId);
}

async function outbox(kind?: string) {
  const res = await fetch(`${host.url}/api/dev/outbox`);
  const { messages } = (await res.json()) as { messages: { kind: string; toOpenId: string; payload: Record<string, unknown> }[] };
  return kind ? messages.filter((m) => m.kind === kind) : messages;
}

async function tick(at?: Date) {
  const res = await fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(at ? { now: at.toISOString() } : {}) });
  return ((await res.json()) as { data: { jobs: { name: string; handled: number }[] } }).data.jobs;
}

describe('order.create', () => {
  it('reserves stock and prices the order from the database, not the client', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 10 }, { title: '蜂蜜', priceFen: 5800, stock: 5 }]);
    await consent(owner, ['new_order']);
    const order = await host.ok<Order>(
      'order',
      { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 2, priceFen: 1 }, { productId: products[1].id, qty: 1 }], address, note: '请周末送', idempotencyKey: key(), totalFen: 1 },
      'buyer-a',
    );
    expect(order).toMatchObject({ status: 'pending_payment', totalFen: 2 * 6800 + 5800, note: '请周末送', address, shopName: shop.name, viewerIsOwner: false });
    expect(order.items.map((i) => [i.title, i.priceFen, i.qty])).toEqual([['核桃', 6800, 2], ['蜂蜜', 5800, 1]]);
    expect(new Date(order.expiresAt!).getTime() - new Date(order.createdAt).getTime()).toBe(30 * 60_000);
    expect(await stockOf(products[0].id)).toBe(8);
    expect(await stockOf(products[1].id)).toBe(4);
    const told = (await outbox('subscribeMessage')).filter((m) => m.payload.orderId === order.id);
    expect(told.map((m) => [m.toOpenId, m.payload.message, m.payload.to, m.payload.productSummary, m.payload.totalFen])).toEqual([[owner, 'order.created', 'owner', '核桃 等3件', 19_400]]);
  });

  it('answers the same order for the same idempotency key and reserves nothing again', async () => {
    const { shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 10 }]);
    const k = key();
    const event = { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 3 }], address, idempotencyKey: k };
    const first = await host.ok<Order>('order', event, 'buyer-idem');
    const again = await host.ok<Order>('order', event, 'buyer-idem');
    expect(again.id).toBe(first.id);
    expect(await stockOf(products[0].id)).toBe(7);
    // the same key from another buyer is another checkout
    const other = await host.ok<Order>('order', event, 'buyer-idem-2');
    expect(other.id).not.toBe(first.id);
    expect(await stockOf(products[0].id)).toBe(4);
  });

  it('makes one order when a double tap sends the same key ten times at once', async () => {
    const { shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 50 }]);
    const event = { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 2 }], address, idempotencyKey: key() };
    const results = await Promise.all(Array.from({ length: 10 }, () => host.ok<Order>('order', event, 'buyer-double-tap')));
    expect(new Set(results.map((o) => o.id)).size).toBe(1);
    expect(await stockOf(products[0].id)).toBe(48);
  });

  it(`never oversells: 200 racing orders for 50 in stock (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const { shop, products } = await shopWith([{ title: '限量蜂蜜', priceFen: 9800, stock: 50 }]);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        host.call<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, `racer-${i}`),
      ),
    );
    const sold = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.body.ok === false && r.body.error.code === 'OUT_OF_STOCK');
    expect(sold).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(refused[0].body).toMatchObject({ ok: false, error: { productId: products[0].id, available: 0 } });
    expect(await stockOf(products[0].id)).toBe(0);
    const [{ n: orders }] = await host.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders WHERE shop_id = $1`, [shop.id]);
    expect(orders).toBe(50);
  });

  it('refuses what cannot be sold, and changes nothing', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 2 }]);
    const other = await shopWith([{ title: '别家的茶', priceFen: 100, stock: 9 }]);
    const base = { action: 'create', shopId: shop.id, address, idempotencyKey: key() };

    const tooMany = await host.call('order', { ...base, items: [{ productId: products[0].id, qty: 3 }] }, 'buyer-b');
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', productId: products[0].id, available: 2, message: '「核桃」只剩 2 件了。' } });

    const own = await host.call('order', { ...base, items: [{ productId: products[0].id, qty: 1 }] }, owner);
    expect(own.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const foreign = await host.call('order', { ...base, items: [{ productId: other.products[0].id, qty: 1 }] }, 'buyer-b');
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', productId: other.products[0].id } });

    expect((await host.call('order', { ...base, shopId: 'nope', items: [{ productId: products[0].id, qty: 1 }] }, 'buyer-b')).status).toBe(404);
    expect((await host.call('order', { ...base, items: [{ productId: products[0].id, qty: 1 }] })).status).toBe(401);

    const bad: [Record<string, unknown>, string, number][] = [
      [{ items: [] }, 'items', 400],
      [{ items: Array.from({ length: 21 }, () => ({ productId: products[0].id, qty: 1 })) }, 'items', 413],
      [{ items: [{ productId: products[0].id, qty: 0 }] }, 'items.0.qty', 400],
      [{ items: [{ productId: products[0].id, qty: 100 }] }, 'items.0.qty', 400],
      [{ items: [{ productId: products[0].id, qty: 1 }], address: { ...address, phone: '' } }, 'address.phone', 400],
      [{ items: [{ productId: products[0].id, qty: 1 }], address: undefined }, 'address', 400],
      [{ items: [{ productId: products[0].id, qty: 1 }], idempotencyKey: 'short' }, 'idempotencyKey', 400],
      [{ items: [{ productId: products[0].id, qty: 1 }], note: '长'.repeat(201) }, 'note', 413],
    ];
    for (const [change, field, status] of bad) {
      const res = await host.call('order', { ...base, ...change }, 'buyer-b');
      expect([field, res.status, res.body.ok === false && Object.keys(res.body.error.fields as object)]).toEqual([field, status, [field]]);
    }
    expect(await stockOf(products[0].id)).toBe(2);
  });
});

describe('a purchase by transfer, end to end', () => {
  it('runs from order to review, each side doing its part, with a timeline', async () => {
    const { owner, shop, products } = await shopWith([{ title: '土蜂蜜', priceFen: 5800, stock: 5 }]);
    const buyer = 'buyer-transfer';
    // the buyer accepted each of the buyer's templates once (asked when placing the order)
    await consent(buyer, ['order_status', 'order_shipped', 'after_sale_result']);
    let order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, buyer);

    const paid = await host.ok<{ order: Order; payment: PaymentParams | null }>('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    expect(paid.payment).toBeNull();
    expect(paid.order.status).toBe('awaiting_confirmation');
    // the buyer cannot confirm their own transfer
    expect((await host.call('order', { action: 'confirmPaid', orderId: order.id }, buyer)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    order = await host.ok<Order>('order', { action: 'confirmPaid', orderId: order.id }, owner);
    expect(order).toMatchObject({ status: 'paid', viewerIsOwner: true, payment: { method: 'transfer', status: 'paid' } });

    const ship = { action: 'ship', orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' };
    expect((await host.call('order', ship, buyer)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    order = await host.ok<Order>('order', ship, owner);
    expect(order).toMatchObject({ status: 'shipped', shipment: { carrier: '顺丰速运', trackingNo: 'SF1234567890' } });

    order = await host.ok<Order>('order', { action: 'confirmReceipt', orderId: order.id }, buyer);
    expect(order.status).toBe('completed');
    expect((await host.call('order', ship, owner)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    order = await host.ok<Order>('order', { action: 'review', orderId: order.id, rating: 5, text: '蜂蜜很香，结晶了也好吃。' }, buyer);
    expect(order.review).toMatchObject({ rating: 5, text: '蜂蜜很香，结晶了也好吃。', reply: null });
    expect((await host.call('order', { action: 'review', orderId: order.id, rating: 1, text: '改个差评' }, buyer)).body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await host.call('order', { action: 'review', orderId: order.id, rating: 5, text: '自己夸自己' }, owner)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await host.ok('order', { action: 'replyReview', orderId: order.id, reply: '谢谢！明年还有。' }, owner);
    const product = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: products[0].id });
    expect(product.reviews).toEqual([expect.objectContaining({ rating: 5, text: '蜂蜜很香，结晶了也好吃。', reply: '谢谢！明年还有。' })]);

    const final = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    expect(final.timeline.map((e) => [e.action, e.by, e.to])).toEqual([
      ['create', 'buyer', 'pending_payment'],
      ['payTransfer', 'buyer', 'awaiting_confirmation'],
      ['confirmPaid', 'owner', 'paid'],
      ['ship', 'owner', 'shipped'],
      ['confirmReceipt', 'buyer', 'completed'],
      ['review', 'buyer', 'completed'],
      ['replyReview', 'owner', 'completed'],
    ]);
    const toBuyer = (await outbox('subscribeMessage')).filter((m) => m.payload.orderId === order.id && m.toOpenId === buyer).map((m) => m.payload.message);
    expect(toBuyer.sort()).toEqual(['order.paid', 'order.shipped']);
    // the seller never consented: nothing was queued for them (the app shows the order anyway)
    expect((await outbox('subscribeMessage')).filter((m) => m.payload.orderId === order.id && m.toOpenId === owner)).toEqual([]);
  });

  it('a rejected transfer goes back to unpaid with a fresh half hour, and can be paid again', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }]);
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, 'buyer-rej');
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, 'buyer-rej');
    advanceMinutes(45);
    const rejected = await host.ok<Order>('order', { action: 'rejectPaid', orderId: order.id }, owner);
    expect(rejected).toMatchObject({ status: 'pending_payment', payment: { status: 'rejected' } });
    expect(new Date(rejected.expiresAt!).getTime()).toBe(clock.t + 30 * 60_000);
    const again = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: order.id, method: 'transfer' }, 'buyer-rej');
    expect(again.order.status).toBe('awaiting_confirmation');
  });
});

describe('WeChat Pay (sandbox provider)', () => {
  it('is refused for a shop without a merchant account', async () => {
    const { shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }]);
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, 'buyer-w0');
    const res = await host.call('order', { action: 'pay', orderId: order.id, method: 'wechat' }, 'buyer-w0');
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('转账') } });
  });

  it('stays pending until the callback; a repeated callback changes nothing; shipping is reported to WeChat', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }], { subMchId: '1900000109' });
    expect((await host.ok<{ shop: Shop }>('shop', { action: 'get', shopId: shop.id })).shop.payment).toEqual({ wechatPay: true, transferNote: '', transferQrUrl: null, acceptsOrders: true });
    const buyer = 'buyer-wechat';
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 2 }], address, idempotencyKey: key() }, buyer);
    const res = await host.ok<{ order: Order; payment: PaymentParams }>('order', { action: 'pay', orderId: order.id, method: 'wechat' }, buyer);
    expect(res.order.status).toBe('pending_payment');
    expect(res.payment).toMatchObject({ package: expect.stringMatching(/^prepay_id=/), signType: 'RSA', paySign: expect.any(String) });
    const paymentId = res.order.payment!.id;
    const sent = await outbox('wxpay.unifiedOrder');
    expect(sent.find((m) => m.payload.outTradeNo === paymentId)?.payload).toMatchObject({ totalFee: 13600, subMchId: '1900000109' });

    const succeed = () => fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' }).then((r) => r.json());
    expect(await succeed()).toEqual({ ok: true, data: { outcome: 'paid' } });
    expect(await succeed()).toEqual({ ok: true, data: { outcome: 'already_paid' } });
    const after = await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner);
    expect(after).toMatchObject({ status: 'paid', payment: { status: 'paid', method: 'wechat' } });
    expect(after.timeline.filter((e) => e.action === 'paymentSucceeded')).toHaveLength(1);

    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '中通快递', trackingNo: 'ZT998877' }, owner);
    expect((await outbox('wxa.uploadShippingInfo')).find((m) => m.payload.orderId === order.id)?.payload).toMatchObject({
      paymentId,
      request: { order_key: { order_number_type: 2, transaction_id: `sandbox-${paymentId}` }, shipping_list: [{ express_company: 'ZTO', tracking_no: 'ZT998877' }] },
    });
  });

  it('refunds money that arrives after the order expired', async () => {
    const { shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }], { subMchId: '1900000110' });
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, 'buyer-late');
    const res = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: order.id, method: 'wechat' }, 'buyer-late');
    advanceMinutes(31);
    await tick();
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, 'buyer-late')).status).toBe('cancelled');
    const late = await fetch(`${host.url}/api/dev/payments/${res.order.payment!.id}/succeed`, { method: 'POST' }).then((r) => r.json());
    expect(late).toEqual({ ok: true, data: { outcome: 'refunded_late' } });
    expect((await outbox('wxpay.refund')).some((m) => m.payload.outTradeNo === res.order.payment!.id)).toBe(true);
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, 'buyer-late')).status).toBe('cancelled');
  });
});

describe('cancel, expiry and auto-completion', () => {
  it('returns stock on cancel, and only before shipping', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }]);
    const place = () => host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 2 }], address, idempotencyKey: key() }, 'buyer-c');
    const a = await place();
    expect(await stockOf(products[0].id)).toBe(3);
    const cancelled = await host.ok<Order>('order', { action: 'cancel', orderId: a.id, reason: '买重了' }, 'buyer-c');
    expect(cancelled).toMatchObject({ status: 'cancelled', expiresAt: null });
    expect(await stockOf(products[0].id)).toBe(5);
    expect((await host.call('order', { action: 'cancel', orderId: a.id }, 'buyer-c')).body).toMatchObject({ error: { code: 'CONFLICT' } });

    const b = await place();
    await host.ok('order', { action: 'pay', orderId: b.id, method: 'transfer' }, 'buyer-c');
    await host.ok('order', { action: 'confirmPaid', orderId: b.id }, owner);
    await host.ok('order', { action: 'ship', orderId: b.id, carrier: '顺丰', trackingNo: 'SF1' }, owner);
    expect((await host.call('order', { action: 'cancel', orderId: b.id }, 'buyer-c')).body).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await stockOf(products[0].id)).toBe(3);
  });

  it('cancels unpaid orders 30 minutes after creation, once, returning their stock', async () => {
    const { shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }]);
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 4 }], address, idempotencyKey: key() }, 'buyer-exp');
    const transferOrder = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, 'buyer-exp2');
    await host.ok('order', { action: 'pay', orderId: transferOrder.id, method: 'transfer' }, 'buyer-exp2');

    advanceMinutes(29);
    await tick();
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, 'buyer-exp')).status).toBe('pending_payment');

    advanceMinutes(2);
    // two timers overlapping: the order is expired exactly once
    const [first, second] = await Promise.all([tick(), tick()]);
    const handled = (jobs: { name: string; handled: number }[]) => jobs.find((j) => j.name === 'expireUnpaidOrders')!.handled;
    expect(handled(first) + handled(second)).toBeGreaterThanOrEqual(1);
    const expired = await host.ok<Order>('order', { action: 'get', orderId: order.id }, 'buyer-exp');
    expect(expired.status).toBe('cancelled');
    expect(expired.timeline.filter((e) => e.action === 'expire')).toHaveLength(1);
    expect(await stockOf(products[0].id)).toBe(4);
    // the buyer who said they transferred is not expired: the seller must look first
    expect((await host.ok<Order>('order', { action: 'get', orderId: transferOrder.id }, 'buyer-exp2')).status).toBe('awaiting_confirmation');
    expect(handled(await tick())).toBe(0);
  });

  it('completes shipped orders 10 days after shipping', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 5 }]);
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, 'buyer-auto');
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, 'buyer-auto');
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF2' }, owner);
    advanceMinutes(10 * 24 * 60 - 1);
    await tick();
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).status).toBe('shipped');
    advanceMinutes(2);
    await tick();
    const done = await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner);
    expect(done.status).toBe('completed');
    expect(done.timeline.at(-1)).toMatchObject({ action: 'autoComplete', by: 'system' });
  });
});

describe('after-sales', () => {
  async function shippedOrder(stock = 5) {
    const s = await shopWith([{ title: '核桃', priceFen: 6800, stock }]);
    const buyer = `buyer-as-${++n}`;
    const order = await host.ok<Order>('order', { action: 'create', shopId: s.shop.id, items: [{ productId: s.products[0].id, qty: 2 }], address, idempotencyKey: key() }, buyer);
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, s.owner);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF3' }, s.owner);
    return { ...s, buyer, order };
  }

  it('an approved return refunds and returns the stock', async () => {
    const { owner, buyer, order, products } = await shippedOrder();
    expect(await stockOf(products[0].id)).toBe(3);
    const requested = await host.ok<Order>('order', { action: 'requestAfterSale', orderId: order.id, type: 'return', reason: '有几颗是空的' }, buyer);
    expect(requested).toMatchObject({ status: 'after_sale', afterSale: { type: 'return', status: 'requested', overdue: false } });
    expect(new Date(requested.afterSale!.dueBy).getTime() - new Date(requested.afterSale!.requestedAt).getTime()).toBe(48 * 3_600_000);
    const approved = await host.ok<Order>(
      'order',
      { action: 'resolveAfterSale', orderId: order.id, approve: true, note: '寄回来就退款，抱歉', returnAddress: { name: '店主', phone: '13900139000', detail: '杭州市西湖区 8 号' } },
      owner,
    );
    // issue 13: approving a return asks for the goods back first; nothing is refunded, no stock returns yet
    expect(approved).toMatchObject({ status: 'after_sale', afterSale: { status: 'approved', note: '寄回来就退款，抱歉' } });
    expect(approved.refunds).toEqual([]);
    expect(await stockOf(products[0].id)).toBe(3);
    await host.ok('order', { action: 'returnShipped', orderId: order.id, carrier: 'SF', trackingNo: 'SF777' }, buyer);
    const resolved = await host.ok<Order>('order', { action: 'confirmReturn', orderId: order.id }, owner);
    // paid by transfer: the order is refunded only once the seller says they sent it back (order.refundSent)
    expect(resolved).toMatchObject({ status: 'shipped', afterSale: { status: 'refunded' }, payment: { status: 'paid' } });
    // paid by transfer: the seller sends it back by hand, so it stays pending
    expect(resolved.refunds).toEqual([expect.objectContaining({ amountFen: 13600, method: 'transfer', status: 'pending', reason: 'after_sale' })]);
    expect(await stockOf(products[0].id)).toBe(5);
  });

  it('a rejected request goes back to where it was, with the seller’s note for the buyer', async () => {
    const { owner, buyer, order, products } = await shippedOrder();
    await host.ok('order', { action: 'requestAfterSale', orderId: order.id, type: 'refund', reason: '不想要了' }, buyer);
    const rejected = await host.ok<Order>('order', { action: 'resolveAfterSale', orderId: order.id, approve: false, note: '已经发货了，收到后不满意可以退货' }, owner);
    expect(rejected).toMatchObject({ status: 'shipped', afterSale: { status: 'rejected', note: '已经发货了，收到后不满意可以退货' } });
    expect(await stockOf(products[0].id)).toBe(3);
    expect((await host.call('order', { action: 'resolveAfterSale', orderId: order.id, approve: true }, buyer)).body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('flags a request the seller has not answered in 48 hours to both sides, once', async () => {
    const { owner, buyer, order } = await shippedOrder();
    await host.ok('order', { action: 'requestAfterSale', orderId: order.id, type: 'refund', reason: '坏了' }, buyer);
    await consent(owner, ['after_sale_request']);
    await consent(buyer, ['order_status']);
    advanceMinutes(48 * 60 + 1);
    await tick();
    await tick();
    expect(await host.ok<Order>('order', { action: 'get', orderId: order.id }, owner)).toMatchObject({ afterSale: { overdue: true } });
    const flags = (await outbox('subscribeMessage')).filter((m) => m.payload.orderId === order.id && m.payload.message === 'order.after_sale_overdue');
    expect(flags.map((m) => m.toOpenId).sort()).toEqual([buyer, owner].sort());
  });
});

describe('who may see and change an order', () => {
  it('only its buyer and the shop owner see it; lists are per buyer and per shop', async () => {
    const { owner, shop, products } = await shopWith([{ title: '核桃', priceFen: 6800, stock: 50 }]);
    const buyer = `buyer-list-${++n}`;
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      ids.push((await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: products[0].id, qty: 1 }], address, idempotencyKey: key() }, buyer)).id);
      advanceMinutes(1);
    }
    await host.ok('order', { action: 'pay', orderId: ids[0], method: 'transfer' }, buyer);

    // a stranger is told what a made-up id would get: there is no such order for them
    for (const [as, status] of [['stranger', 404], [undefined, 401]] as const) {
      expect((await host.call('order', { action: 'get', orderId: ids[0] }, as)).status).toBe(status);
      expect((await host.call('order', { action: 'cancel', orderId: ids[0] }, as)).status).toBe(status);
    }
    const p1 = await host.ok<OrderPage>('order', { action: 'listMine' }, buyer);
    expect(p1.orders).toHaveLength(20);
    expect(p1.counts).toEqual({ pending_payment: 22, awaiting_confirmation: 1 });
    const p2 = await host.ok<OrderPage>('order', { action: 'listMine', cursor: p1.nextCursor }, buyer);
    expect(p2.nextCursor).toBeNull();
    expect([...p1.orders, ...p2.orders].map((o) => o.id)).toEqual([...ids].reverse());

    const shopView = await host.ok<OrderPage>('order', { action: 'listShop', status: 'awaiting_confirmation' }, owner);
    expect(shopView.orders.map((o) => o.id)).toEqual([ids[0]]);
    expect(shopView.orders[0].viewerIsOwner).toBe(true);
    expect((await host.ok<OrderPage>('order', { action: 'listMine' }, 'stranger')).orders).toEqual([]);
    expect((await host.call('order', { action: 'listShop' }, 'stranger')).status).toBe(403);
    expect((await host.call('order', { action: 'listMine', status: 'lost' }, buyer)).status).toBe(400);
    expect((await host.call('order', { action: 'listMine', cursor: 'garbage' }, buyer)).status).toBe(400);
  });
});
