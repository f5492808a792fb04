/**
 * The supplier's 待发货提醒 (issue 16) on a real database: when a friend's order of a carried product becomes
 * paid — by WeChat Pay's callback or by the seller confirming a transfer — the supplier's owner gets one message,
 * if they accepted the supplier's template in the console, spending one consent in the order's own transaction.
 * It names the selling shop, the pieces and the ship-by time, never the buyer. No consent: nothing queued, the
 * payment goes through all the same. A shop's own order tells no supplier.
 */
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { Supplier, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

jest.mock('wx-server-sdk', () => jest.requireActual('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { deliverOutbox } from '../../cloud/core/delivery';
import { silentLogger } from '../../cloud/core/runtime/logger';
import { cloudSender, senderConfig } from '../../cloud/functions/sender';
import { fakeWx } from '../fakes/wx-server-sdk';
import { fakeSubscribe, fakeTemplateIds } from '../fakes/wx-server-sdk/subscribeMessage';

const clock = handClock('2026-11-30T02:00:00Z');
const later = (ms = 1000) => (clock.t += ms);
const host = hostPerFile({ clock });
beforeEach(() => {
  fakeWx.reset();
  fakeSubscribe.reset();
});

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

async function supplierWith(shipWithinHours = 24) {
  const owner = `sn-supplier-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name: `秦岭蜂场${n}` }, owner);
  const product = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title: '秦岭土蜂蜜', story: '山里的中华蜂', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 100, shipWithinHours },
    owner,
  );
  return { owner, supplier, product };
}

/** A shop taking WeChat Pay and transfers, with one product of its own and the supplier's carried. */
async function sellerCarrying(supplyProductId: string) {
  const owner = `sn-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `林晓的小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { wechatSubMchId: '1900000109', transferNote: '转账到微信号 linxiao' } }, owner);
  const own = await host.ok<Product>('catalog', { action: 'create', title: '自家核桃', priceFen: 6800, stock: 20, story: '树上的' }, owner);
  const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId, priceFen: 5800, story: '我舅舅的蜂蜜' }, owner);
  return { owner, shop, ownId: own.id, carriedId: carried.id };
}

async function place(shopId: string, productId: string, qty: number, buyer: string): Promise<Order> {
  later();
  return host.ok<Order>('order', { action: 'create', shopId, items: [{ productId, qty }], address, idempotencyKey: `sn-${++n}-${Math.random().toString(36).slice(2)}` }, buyer);
}

/** WeChat Pay: the buyer pays, the sandbox's payment succeeds through the same callback path as production's. */
async function payByWechat(orderId: string, buyer: string): Promise<string> {
  later();
  const paying = await host.ok<{ order: Order }>('order', { action: 'pay', orderId, method: 'wechat' }, buyer);
  later();
  const paymentId = paying.order.payment!.id;
  expect(await (await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' })).json()).toMatchObject({ ok: true });
  return paymentId;
}

/** A transfer: the buyer says they sent it, the seller confirms it arrived. */
async function payByTransfer(orderId: string, buyer: string, seller: string) {
  later();
  await host.ok('order', { action: 'pay', orderId, method: 'transfer' }, buyer);
  later();
  await host.ok('order', { action: 'confirmPaid', orderId }, seller);
}

/** The person tapped "允许" for these templates: our ledger hears it (shop.consent), and so does WeChat's. */
async function accept(openId: string, templates: string[]) {
  await host.ok('shop', { action: 'consent', answers: templates.map((template) => ({ template, accepted: true })) }, openId);
  for (const t of templates) fakeSubscribe.grant(openId, t as keyof typeof fakeSubscribe.ids);
}

async function consentsLeft(openId: string): Promise<Record<string, number>> {
  const rows = await host.db.query<{ template: string; remaining: number }>('SELECT template, remaining FROM subscription_consents WHERE openid = $1', [openId]);
  return Object.fromEntries(rows.map((r) => [r.template, r.remaining]));
}

/** What the outbox holds for one recipient, payload as stored. */
async function queuedTo(openId: string) {
  const rows = await host.db.query<{ payload: Record<string, unknown> }>(`SELECT payload FROM outbox WHERE kind = 'subscribeMessage' AND to_openid = $1 ORDER BY id`, [openId]);
  return rows.map((r) => r.payload);
}

const sender = () => cloudSender(senderConfig({ WX_TEMPLATES: JSON.stringify(fakeTemplateIds()), TCB_ENV: 'shuren-test-1a2b' }));

describe('the supplier’s 待发货提醒', () => {
  it('WeChat Pay: one message to the supplier with shop, pieces and ship-by, no buyer; one consent spent; WeChat accepts it', async () => {
    const { owner: uncle, product } = await supplierWith(24);
    const { owner: seller, shop, carriedId } = await sellerCarrying(product.id);
    const buyer = `sn-buyer-${++n}`;
    await accept(uncle, ['supply_order']);
    await accept(uncle, ['supply_order']); // asked twice in the console: two notices
    const order = await place(shop.id, carriedId, 2, buyer);
    const paidAt = new Date(clock.t + 2000).toISOString(); // payByWechat moves the hand clock twice before the callback

    await payByWechat(order.id, buyer);

    const payloads = await queuedTo(uncle);
    expect(payloads).toEqual([
      {
        message: 'supply.order_paid',
        to: 'supplier',
        orderId: order.id,
        shopName: shop.name,
        productSummary: '秦岭土蜂蜜 ×2',
        shipBy: new Date(Date.parse(paidAt) + 24 * 3_600_000).toISOString(),
        at: paidAt,
        timeZone: 'Asia/Shanghai',
      },
    ]);
    // nothing of the buyer's, nor what the friend paid, is in what the supplier receives
    const text = JSON.stringify(payloads);
    expect(text).not.toContain(buyer);
    expect(text).not.toContain(address.name);
    expect(text).not.toContain(address.phone);
    expect(text).not.toContain(String(order.totalFen));
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 1 });
    // the seller had no consent: their 新订单通知 was not queued, and the supplier's did not borrow from anyone
    expect(await queuedTo(seller)).toEqual([]);

    // the production sender delivers it to the (fake) WeChat, which checks every value, the page and the consent
    await deliverOutbox({ db: host.db, log: silentLogger, sender: sender() }, clock.now(), { concurrency: 1 });
    const toUncle = fakeSubscribe.sent.filter((s) => s.touser === uncle);
    expect(toUncle).toEqual([
      expect.objectContaining({
        template: 'supply_order',
        page: 'supplier/orders/index',
        data: {
          character_string1: { value: order.id },
          thing2: { value: '秦岭土蜂蜜 ×2' },
          thing3: { value: shop.name },
          time4: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/) },
          thing5: { value: '地址在供货后台，请按时发货' },
        },
      }),
    ]);
  });

  it('a repeated WeChat Pay notice tells the supplier nothing more and spends nothing more', async () => {
    const { owner: uncle, product } = await supplierWith();
    const { shop, carriedId } = await sellerCarrying(product.id);
    const buyer = `sn-buyer-${++n}`;
    await accept(uncle, ['supply_order']);
    await accept(uncle, ['supply_order']);
    const order = await place(shop.id, carriedId, 1, buyer);
    const paymentId = await payByWechat(order.id, buyer);
    await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' });
    expect(await queuedTo(uncle)).toHaveLength(1);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 1 });
  });

  it('a transfer: nothing when the buyer says they sent it; one message when the seller confirms it', async () => {
    const { owner: uncle, product } = await supplierWith(48);
    const { owner: seller, shop, carriedId } = await sellerCarrying(product.id);
    const buyer = `sn-buyer-${++n}`;
    await accept(uncle, ['supply_order']);
    const order = await place(shop.id, carriedId, 3, buyer);
    await accept(seller, ['new_order']); // after order.created, which would have spent it

    later();
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    // not paid yet (the seller has to find the money): not the supplier's to ship, so not its to hear about
    expect(await queuedTo(uncle)).toEqual([]);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 1 });
    // the seller's own new-order notice went to the seller, as before
    expect((await queuedTo(seller)).map((p) => p.message)).toEqual(['order.paid']);

    later();
    const confirmedAt = new Date(clock.t).toISOString();
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, seller);
    const payloads = await queuedTo(uncle);
    expect(payloads).toEqual([expect.objectContaining({ message: 'supply.order_paid', to: 'supplier', orderId: order.id, productSummary: '秦岭土蜂蜜 ×3', at: confirmedAt })]);
    expect(payloads[0].shipBy).toBe(new Date(Date.parse(confirmedAt) + 48 * 3_600_000).toISOString());
    expect(JSON.stringify(payloads)).not.toContain(buyer);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 0 });
  });

  it('without the supplier’s consent nothing is queued for it, and the order is paid all the same (both paths)', async () => {
    const { owner: uncle, product } = await supplierWith();
    const { owner: seller, shop, carriedId } = await sellerCarrying(product.id);
    // the supplier accepted only the seller's template (say, for a shop of its own): that is not its supplier's consent
    await accept(uncle, ['new_order']);
    const buyer = `sn-buyer-${++n}`;
    const byWechat = await place(shop.id, carriedId, 1, buyer);
    await payByWechat(byWechat.id, buyer);
    const byTransfer = await place(shop.id, carriedId, 1, buyer);
    await payByTransfer(byTransfer.id, buyer, seller);

    expect(await queuedTo(uncle)).toEqual([]);
    expect(await consentsLeft(uncle)).toEqual({ new_order: 1 });
    const statuses = await host.db.query<{ status: string }>('SELECT status FROM orders WHERE id = ANY($1) ORDER BY id', [[byWechat.id, byTransfer.id]]);
    expect(statuses).toEqual([{ status: 'paid' }, { status: 'paid' }]);
  });

  it('a shop’s own order messages no supplier, though the shop carries one', async () => {
    const { owner: uncle, product } = await supplierWith();
    const { owner: seller, shop, ownId } = await sellerCarrying(product.id);
    await accept(uncle, ['supply_order']);
    const buyer = `sn-buyer-${++n}`;
    const byWechat = await place(shop.id, ownId, 1, buyer);
    await payByWechat(byWechat.id, buyer);
    const byTransfer = await place(shop.id, ownId, 1, buyer);
    await payByTransfer(byTransfer.id, buyer, seller);

    expect(await queuedTo(uncle)).toEqual([]);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 1 });
    const anySupplierNotice = await host.db.query(`SELECT id FROM outbox WHERE kind = 'subscribeMessage' AND payload->>'message' = 'supply.order_paid' AND payload->>'orderId' = ANY($1)`, [
      [byWechat.id, byTransfer.id],
    ]);
    expect(anySupplierNotice).toEqual([]);
  });

  it('is spent in the order’s transaction: a confirmation that fails after the notice leaves the consent and queues nothing', async () => {
    const { owner: uncle, product } = await supplierWith();
    const { owner: seller, shop, carriedId } = await sellerCarrying(product.id);
    await accept(uncle, ['supply_order']);
    const buyer = `sn-buyer-${++n}`;
    const order = await place(shop.id, carriedId, 1, buyer);
    later();
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);

    // confirmPaid queues its notices and only then records the transition: make that last write fail for this order
    await host.db.query(`CREATE FUNCTION sn_refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.order_id = '${order.id}' AND NEW.to_status = 'paid' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await host.db.query('CREATE TRIGGER sn_refuse_event BEFORE INSERT ON order_events FOR EACH ROW EXECUTE FUNCTION sn_refuse_event()');
    try {
      later();
      const res = await host.call('order', { action: 'confirmPaid', orderId: order.id }, seller);
      expect(res.body.ok).toBe(false);
    } finally {
      await host.db.query('DROP TRIGGER sn_refuse_event ON order_events');
      await host.db.query('DROP FUNCTION sn_refuse_event()');
    }
    expect(await queuedTo(uncle)).toEqual([]);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 1 });

    // and once it goes through, the one message and the one consent go together
    later();
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, seller);
    expect(await queuedTo(uncle)).toHaveLength(1);
    expect(await consentsLeft(uncle)).toEqual({ supply_order: 0 });
  });
});
