import { parse } from 'csv-parse/sync';
import type { CsvExport, CustomerPage, SalesSummary } from '../../types/crm';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

/**
 * Money at the contract's bounds: a line is at most priceFen 10,000,000 × qty 99 and an order at most
 * 20 lines, so one order can hold 19,800,000,000 fen (¥198 million) — nine times what a 32-bit column
 * holds. Such orders are created, paid (both ways) and counted in the console's figures exactly.
 */
const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

const MAX_PRICE = 10_000_000;
const MAX_QTY = 99;
const MAX_LINES = 20;
const LARGEST = MAX_PRICE * MAX_QTY * MAX_LINES; // 19,800,000,000 fen
const address = { name: '大客户', phone: '13800138000', detail: '上海市浦东新区世纪大道 1 号' };

let n = 0;
async function priciestShop() {
  const owner = `money-owner-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `贵重品店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 rich', wechatSubMchId: '1900000109' } }, owner);
  const products: Product[] = [];
  for (let i = 0; i < MAX_LINES; i++) {
    products.push(await host.ok<Product>('catalog', { action: 'create', title: `金条${i + 1}`, priceFen: MAX_PRICE, stock: 9999, story: '足金' }, owner));
  }
  return { owner, shop, products };
}

async function largestOrder(shopId: string, products: Product[], buyer: string): Promise<Order> {
  clock.t += 60_000;
  return host.ok<Order>(
    'order',
    { action: 'create', shopId, items: products.map((p) => ({ productId: p.id, qty: MAX_QTY })), address, idempotencyKey: `money-${++n}-${buyer}` },
    buyer,
  );
}

describe('the largest orders the contract allows', () => {
  it('are created and paid by transfer or WeChat Pay, with their exact totals', async () => {
    const { owner, shop, products } = await priciestShop();
    const order = await largestOrder(shop.id, products, 'money-buyer-a');
    expect(order).toMatchObject({ status: 'pending_payment', totalFen: LARGEST });
    expect(LARGEST).toBeGreaterThan(2 ** 31);

    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, 'money-buyer-a');
    const confirmed = await host.ok<Order>('order', { action: 'confirmPaid', orderId: order.id }, owner);
    expect(confirmed).toMatchObject({ status: 'paid', totalFen: LARGEST, payment: { amountFen: LARGEST, method: 'transfer' } });

    const second = await largestOrder(shop.id, products, 'money-buyer-b');
    const res = await host.ok<{ order: Order }>('order', { action: 'pay', orderId: second.id, method: 'wechat' }, 'money-buyer-b');
    const paid = await fetch(`${host.url}/api/dev/payments/${res.order.payment!.id}/succeed`, { method: 'POST' }).then((r) => r.json());
    expect(paid).toEqual({ ok: true, data: { outcome: 'paid' } });
    expect(await host.ok<Order>('order', { action: 'get', orderId: second.id }, owner)).toMatchObject({ status: 'paid', payment: { amountFen: LARGEST, status: 'paid' } });
  });

  it('add up to console figures past 2^31 fen: sales summary, customers and the CSV export', async () => {
    const { owner, shop, products } = await priciestShop();
    for (const buyer of ['money-c', 'money-c', 'money-d']) {
      const order = await largestOrder(shop.id, products, buyer);
      await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
      await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    }
    const summary = await host.ok<SalesSummary>('stats', { action: 'summary' }, owner);
    expect(summary).toMatchObject({ revenueFen: 3 * LARGEST, orders: 3, buyers: 2 });
    expect(summary.daily.reduce((a, d) => a + d.revenueFen, 0)).toBe(3 * LARGEST);
    expect(summary.bestProducts[0]).toMatchObject({ qty: 3 * MAX_QTY, revenueFen: 3 * MAX_QTY * MAX_PRICE });

    const customers = await host.ok<CustomerPage>('crm', { action: 'list' }, owner);
    expect(customers.customers.map((c) => c.totalFen).sort()).toEqual([LARGEST, 2 * LARGEST].sort());

    const download = async (kind: string) => {
      const file = await host.ok<CsvExport>('export', { action: 'csv', kind }, owner);
      return parse(await fetch(new URL(file.url, host.url)).then((r) => r.text()), { bom: true }) as string[][];
    };
    const rows = await download('customers');
    expect(rows.slice(1).map((r) => r[2]).sort()).toEqual(['198000000.00', '396000000.00']);
    const orders = await download('orders');
    expect(orders.slice(1).map((r) => r[7])).toEqual(['198000000.00', '198000000.00', '198000000.00']);
  });

  it('reads a bigint beyond 2^53 as an error, never as a rounded number', async () => {
    expect(await host.db.query('SELECT 9007199254740991::bigint AS n')).toEqual([{ n: 9007199254740991 }]);
    await expect(host.db.query('SELECT 9007199254740993::bigint AS n')).rejects.toThrow(/MAX_SAFE_INTEGER/);
  });
});
