/**
 * order.create answers from the rows it wrote, not by reading the order back (issue 18): its answer must be
 * exactly what order.get shows the buyer right after, for every kind of order, or the buyer's order page would
 * flicker or lie until it refreshes. Compared with toStrictEqual, so a field missing, added or different fails.
 */
import type { Drop } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { Supplier, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-30T02:00:00Z');
const host = hostPerFile({ clock });

const OWNER = 'answer-owner';
const SUPPLIER = 'answer-supplier';
const BUYER = 'answer-buyer';
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
let n = 0;
const key = () => `answer-${++n}`;

let shop: Shop;
let walnut: Product;
let honey: Product;
let carried: Product;
let drop: Drop;

beforeAll(async () => {
  shop = await host.ok<Shop>('shop', { action: 'open', name: '对照小店' }, OWNER);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 answer', wechatSubMchId: '1900000109' } }, OWNER);
  walnut = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 1000, stock: 50, story: '故事' }, OWNER);
  honey = await host.ok<Product>('catalog', { action: 'create', title: '蜂蜜', priceFen: 2500, stock: 50, story: '故事' }, OWNER);
  await host.ok<Supplier>('supply', { action: 'open', name: '秦岭蜂场' }, SUPPLIER);
  const sp = await host.ok<SupplyProduct>(
    'supply',
    {
      action: 'create',
      title: '秦岭土蜂蜜',
      story: '山里的蜜。',
      images: ['/uploads/answer-honey.png'],
      proofImages: ['/uploads/answer-report.png'],
      supplyPriceFen: 3800,
      minPriceFen: 5200,
      maxPriceFen: 6800,
      stock: 60,
    },
    SUPPLIER,
  );
  carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800, story: '我家里一直吃这个蜜。' }, OWNER);
  drop = await host.ok<Drop>(
    'drop',
    {
      action: 'open',
      title: '本周接龙',
      items: [
        { productId: walnut.id, limitPerBuyer: 5 },
        { productId: honey.id, limitPerBuyer: 5 },
      ],
      closesAt: new Date(clock.t + 48 * 3_600_000).toISOString(),
      fulfilment: { pickup: [{ name: '三号门', address: '阳光小区三号门', window: '周六 10:00–12:00' }], delivery: true, shipping: false },
    },
    OWNER,
  );
});

async function createdAndGot(input: Record<string, unknown>, buyer = BUYER): Promise<{ created: Order; got: Order }> {
  const created = await host.ok<Order>('order', { action: 'create', shopId: shop.id, address, idempotencyKey: key(), ...input }, buyer);
  const got = await host.ok<Order>('order', { action: 'get', orderId: created.id }, buyer);
  return { created, got };
}

describe('order.create answers what order.get shows right after', () => {
  it('a shipping order of one line', async () => {
    const { created, got } = await createdAndGot({ items: [{ productId: walnut.id, qty: 2 }] });
    expect(created).toStrictEqual(got);
    // the comparison is of a real order, not of two empty answers
    expect(got.items).toEqual([{ productId: walnut.id, title: '核桃', priceFen: 1000, qty: 2, image: null }]);
    expect(got.timeline).toHaveLength(1);
    expect(got.noteCode).toMatch(/^\d{4}$/);
  });

  it('several lines, a note, lines merged from the cart, in the order sent', async () => {
    const { created, got } = await createdAndGot({
      items: [
        { productId: honey.id, qty: 1 },
        { productId: walnut.id, qty: 1 },
        { productId: honey.id, qty: 2 },
      ],
      note: '请周末送到',
    });
    expect(created).toStrictEqual(got);
    expect(got.items.map((i) => [i.productId, i.qty])).toEqual([
      [honey.id, 3],
      [walnut.id, 1],
    ]);
    expect(got.note).toBe('请周末送到');
    expect(got.totalFen).toBe(3 * 2500 + 1000);
  });

  it('a carried product: the supplier fulfils it, its title and image are the supplier’s', async () => {
    const { created, got } = await createdAndGot({ items: [{ productId: carried.id, qty: 1 }] });
    expect(created).toStrictEqual(got);
    expect(got.fulfiller).toEqual({ kind: 'supplier', supplierId: expect.any(String), supplierName: '秦岭蜂场' });
    expect(got.items[0]).toMatchObject({ title: '秦岭土蜂蜜', image: '/uploads/answer-honey.png' });
  });

  it('a drop join, picked up and delivered, with the name shown', async () => {
    const pickup = await createdAndGot({ dropId: drop.id, items: [{ productId: walnut.id, qty: 1 }], fulfilment: { kind: 'pickup', pickupIndex: 0 }, address: { name: '李四', phone: '13800138001' } });
    expect(pickup.created).toStrictEqual(pickup.got);
    expect(pickup.got).toMatchObject({ dropId: drop.id, fulfilment: { kind: 'pickup', pickupIndex: 0 }, pickupCode: null });
    const delivery = await createdAndGot({ dropId: drop.id, items: [{ productId: honey.id, qty: 2 }], fulfilment: { kind: 'delivery' }, showName: false }, 'answer-buyer-2');
    expect(delivery.created).toStrictEqual(delivery.got);
    expect(delivery.got.fulfilment).toEqual({ kind: 'delivery' });
  });

  it('with the seller’s consent: the answer is the same and the seller’s notice is queued with it', async () => {
    await host.ok('shop', { action: 'consent', answers: [{ template: 'new_order', accepted: true }] }, OWNER);
    const { created, got } = await createdAndGot({ items: [{ productId: walnut.id, qty: 1 }] });
    expect(created).toStrictEqual(got);
    const [queued] = await host.db.query<{ to_openid: string; payload: { orderId: string; message: string; productSummary: string; totalFen: number } }>(
      "SELECT to_openid, payload FROM outbox WHERE payload->>'orderId' = $1",
      [created.id],
    );
    expect(queued).toMatchObject({ to_openid: OWNER, payload: { orderId: created.id, message: 'order.created', productSummary: '核桃', totalFen: 1000 } });
  });

  it('a retry with the same key answers the first order, as order.get shows it', async () => {
    const idempotencyKey = key();
    const input = { action: 'create', shopId: shop.id, address, idempotencyKey, items: [{ productId: walnut.id, qty: 1 }] };
    const first = await host.ok<Order>('order', input, BUYER);
    const again = await host.ok<Order>('order', input, BUYER);
    expect(again).toStrictEqual(first);
    expect(again).toStrictEqual(await host.ok<Order>('order', { action: 'get', orderId: first.id }, BUYER));
  });
});
