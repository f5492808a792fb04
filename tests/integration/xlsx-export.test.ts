/**
 * Issue 14, item 10: sellers live in Excel and WPS. The orders export names how each order was paid, and comes
 * as a real .xlsx too, read back here with the library that wrote it (exceljs): identifiers are text cells
 * (a phone stays "13712345678", not 1.37E+10), money a number in yuan, times dates, and a buyer named "=1+1"
 * a string, never a formula.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { CsvExport } from '../../types/crm';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

const owner = 'xlsx-owner';
let n = 0;

async function order(shop: Shop, product: Product, name: string, pay: 'wechat' | 'transfer' | 'none'): Promise<Order> {
  clock.t += 60_000;
  const buyer = `xlsx-buyer-${++n}`;
  const created = await host.ok<Order>(
    'order',
    { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 2 }], address: { name, phone: '13712345678', detail: '杭州市西湖区文三路 1 号' }, idempotencyKey: `xlsx-order-${n}` },
    buyer,
  );
  if (pay === 'transfer') {
    await host.ok('order', { action: 'pay', orderId: created.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: created.id }, owner);
  }
  if (pay === 'wechat') {
    const paymentId = (await host.ok<{ order: Order }>('order', { action: 'pay', orderId: created.id, method: 'wechat' }, buyer)).order.payment!.id;
    clock.t += 1000;
    const res = (await (await fetch(`${host.url}/api/dev/payments/${paymentId}/succeed`, { method: 'POST' })).json()) as { ok: boolean };
    expect(res.ok).toBe(true);
  }
  return host.ok<Order>('order', { action: 'get', orderId: created.id }, buyer);
}

async function download(url: string): Promise<{ bytes: Buffer; type: string | null }> {
  const res = await fetch(new URL(url, host.url));
  expect(res.status).toBe(200);
  return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

let shop: Shop;
const orders: Record<'wechat' | 'transfer' | 'formula', Order> = {} as never;

beforeAll(async () => {
  await host.ok<Shop>('shop', { action: 'open', name: '表格小店' }, owner);
  shop = await host.ok<Shop>('shop', { action: 'update', payment: { wechatSubMchId: '1900000109', transferNote: '转账到微信号 xlsx' } }, owner);
  const walnut = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6850, stock: 50, story: '山里的核桃' }, owner);
  orders.wechat = await order(shop, walnut, '王小明', 'wechat');
  orders.transfer = await order(shop, walnut, '李四', 'transfer');
  orders.formula = await order(shop, walnut, '=1+1', 'none');
});

describe('the orders export in Excel', () => {
  it('is a real workbook: the phone a text cell, the payment method and state, a formula-looking name kept as text', async () => {
    const file = await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders', format: 'xlsx' }, owner);
    expect(file).toMatchObject({ filename: expect.stringMatching(/^订单-\d{4}-\d{2}-\d{2}\.xlsx$/), rows: 3 });
    expect(file.url).toMatch(/^\/uploads\/exports\/[0-9a-f]{32}\.xlsx$/);
    expect(file.csv).toBeUndefined();
    const got = await download(file.url);
    expect(got.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(got.bytes.length).toBe(file.bytes);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(got.bytes as unknown as ArrayBuffer); // exceljs types its argument with an older Buffer type
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('订单');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (title: string) => header.indexOf(title) + 1;
    expect(col('电话')).toBeGreaterThan(0);
    expect(col('付款方式')).toBeGreaterThan(0);
    expect(col('付款状态')).toBeGreaterThan(0);
    const rowOf = (o: Order) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col('订单号')).value === o.id) return sheet.getRow(r);
      throw new Error(`no row for ${o.id}`);
    };

    for (const o of Object.values(orders)) {
      const phone = rowOf(o).getCell(col('电话'));
      expect(phone.value).toBe('13712345678');
      expect(typeof phone.value).toBe('string');
      expect(phone.type).toBe(ExcelJS.ValueType.String);
      expect(phone.numFmt).toBe('@'); // typed as text: Excel and WPS keep it as it is
      const amount = rowOf(o).getCell(col('金额（元）'));
      expect(amount.value).toBe(137); // 2 × ¥68.50, a number in yuan
      expect(amount.numFmt).toBe('0.00');
      expect(rowOf(o).getCell(col('下单时间')).type).toBe(ExcelJS.ValueType.Date);
    }

    const wechat = rowOf(orders.wechat);
    expect(wechat.getCell(col('付款方式')).value).toBe('微信支付');
    expect(wechat.getCell(col('付款状态')).value).toBe('已收款');
    expect(wechat.getCell(col('微信支付商户号')).value).toBe('1900000109');
    const transfer = rowOf(orders.transfer);
    expect(transfer.getCell(col('付款方式')).value).toBe('转账');
    expect(transfer.getCell(col('付款状态')).value).toBe('已收款');
    expect(transfer.getCell(col('转账备注码')).value).toBe(orders.transfer.payment!.noteCode);
    expect(typeof transfer.getCell(col('转账备注码')).value).toBe('string');
    const unpaid = rowOf(orders.formula);
    expect(unpaid.getCell(col('付款方式')).value).toBeNull(); // not paid yet: an empty cell

    // a name that looks like a formula is a string cell with exactly what the buyer typed, and no formula anywhere
    const name = unpaid.getCell(col('收货人'));
    expect(name.value).toBe('=1+1');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('the CSV has the same payment columns, and stays the default', async () => {
    const file = await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders' }, owner);
    expect(file.filename).toMatch(/\.csv$/);
    const rows = parse(file.csv!, { bom: true }) as string[][];
    const method = rows[0].indexOf('付款方式');
    const state = rows[0].indexOf('付款状态');
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect([byId.get(orders.wechat.id)?.[method], byId.get(orders.wechat.id)?.[state]]).toEqual(['微信支付', '已收款']);
    expect([byId.get(orders.transfer.id)?.[method], byId.get(orders.transfer.id)?.[state]]).toEqual(['转账', '已收款']);
    expect(byId.get(orders.formula.id)?.[rows[0].indexOf('收货人')]).toBe("'=1+1");
  });

  it('names each order\'s status in the seller\'s words (待你确认收款, 待买家付款), in the CSV and the workbook', async () => {
    const buyer = 'xlsx-buyer-waiting';
    const walnut = (await host.ok<{ products: Product[] }>('shop', { action: 'get', shopId: shop.id }, owner)).products[0];
    const waiting = await host.ok<Order>(
      'order',
      { action: 'create', shopId: shop.id, items: [{ productId: walnut.id, qty: 1 }], address: { name: '赵六', phone: '13712345678', detail: '杭州市西湖区文三路 2 号' }, idempotencyKey: 'xlsx-order-waiting' },
      buyer,
    );
    await host.ok('order', { action: 'pay', orderId: waiting.id, method: 'transfer' }, buyer);

    const csv = await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders' }, owner);
    const rows = parse(csv.csv!, { bom: true }) as string[][];
    const status = rows[0].indexOf('状态');
    const byId = new Map(rows.slice(1).map((r) => [r[0], r[status]]));
    expect(byId.get(waiting.id)).toBe('待你确认收款');
    expect(byId.get(orders.formula.id)).toBe('待买家付款');
    expect(csv.csv).not.toContain('待店主确认收款');

    const file = await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders', format: 'xlsx' }, owner);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(file.url)).bytes as unknown as ArrayBuffer);
    const statusCol = (book.worksheets[0].getRow(1).values as unknown[]).indexOf('状态');
    expect(statusCol).toBeGreaterThan(0);
    const words: unknown[] = [];
    book.worksheets[0].eachRow((row, i) => void (i > 1 && words.push(row.getCell(statusCol).value)));
    expect(words).toContain('待你确认收款');
    expect(words).not.toContain('待店主确认收款');
  });

  it('customers come as a workbook too; a format other than csv or xlsx is BAD_INPUT and stores nothing', async () => {
    const customers = await host.ok<CsvExport>('export', { action: 'csv', kind: 'customers', format: 'xlsx' }, owner);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(customers.url)).bytes as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe('顾客');
    expect(book.worksheets[0].rowCount).toBe(customers.rows + 1);

    const [{ count: before }] = await host.db.query<{ count: number }>('SELECT count(*)::int AS count FROM export_files');
    for (const format of ['xls', 'pdf', 1]) {
      const res = await host.call('export', { action: 'csv', kind: 'orders', format }, owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { format: expect.any(String) } } });
    }
    const [{ count: after }] = await host.db.query<{ count: number }>('SELECT count(*)::int AS count FROM export_files');
    expect(after).toBe(before);
  });
});
