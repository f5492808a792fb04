import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/**
 * A supplier changes its supply price or band after sellers priced a carried product (issue 16): an order
 * must never sell below the new band (each sale would lose the seller money), and the supply price an order
 * line fixes is the one standing when the order takes the stock, not the one read a moment before.
 */
const clock = handClock('2026-11-30T02:00:00Z');
const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const key = () => `band-${++n}-${Math.random().toString(36).slice(2, 10)}`;

async function carried(priceFen = 5200) {
  const supplier = `band-supplier-${++n}`;
  await host.ok('supply', { action: 'open', name: `秦岭蜂场${n}` }, supplier);
  const supply = await host.ok<SupplyProduct>(
    'supply',
    { action: 'create', title: '秦岭土蜂蜜', story: '一年只取一次蜜。', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 20 },
    supplier,
  );
  const seller = `band-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `晓的小店${n}` }, seller);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 seller' } }, seller);
  const product = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.id, priceFen }, seller);
  return { supplier, supply, seller, shop, product };
}

const order = (shopId: string, productId: string, buyer: string) =>
  host.call<Order>('order', { action: 'create', shopId, items: [{ productId, qty: 1 }], address, idempotencyKey: key() }, buyer);

async function counts(supplyId: string) {
  const [row] = await host.db.query<{ orders: number; items: number; stock: number }>(
    `SELECT (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_items) AS items,
            (SELECT stock FROM supply_products WHERE id = $1) AS stock`,
    [supplyId],
  );
  return row;
}

describe('order.create after the supplier changes its band', () => {
  it('refuses a carried product priced below the new band with CONFLICT the buyer can read, and writes nothing', async () => {
    const { supplier, supply, shop, product } = await carried(5200);
    await host.ok('supply', { action: 'update', supplyProductId: supply.id, supplyPriceFen: 6000, minPriceFen: 6000, maxPriceFen: 8000 }, supplier);
    const before = await counts(supply.id);
    const res = await order(shop.id, product.id, 'band-buyer-1');
    expect(res.body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('暂时不能购买'), reason: 'price_outside_band', productId: product.id },
    });
    expect(await counts(supply.id)).toEqual(before);
  });

  it('refuses one priced above a lowered band too', async () => {
    const { supplier, supply, shop, product } = await carried(6800);
    await host.ok('supply', { action: 'update', supplyProductId: supply.id, maxPriceFen: 6000 }, supplier);
    const res = await order(shop.id, product.id, 'band-buyer-2');
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'price_outside_band' } });
  });

  it('sells again once the seller moves the price into the band, and the line owes the new supply price', async () => {
    const { supplier, supply, seller, shop, product } = await carried(5200);
    await host.ok('supply', { action: 'update', supplyProductId: supply.id, supplyPriceFen: 6000, minPriceFen: 6000, maxPriceFen: 8000 }, supplier);
    await host.ok('catalog', { action: 'update', productId: product.id, priceFen: 6500 }, seller);
    const placed = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: key() }, 'band-buyer-3');
    expect(placed.totalFen).toBe(6500);
    const [line] = await host.db.query<{ supply_price_fen: number }>('SELECT supply_price_fen FROM order_items WHERE order_id = $1', [placed.id]);
    expect(line.supply_price_fen).toBe(6000);
  });

  it('the shop’s own products are not bound by any band', async () => {
    const { seller, shop } = await carried(5200);
    const own = await host.ok<Product>('catalog', { action: 'create', title: '自家核桃', priceFen: 100, stock: 3, story: '好' }, seller);
    expect((await order(shop.id, own.id, 'band-buyer-4')).body).toMatchObject({ ok: true });
  });
});
