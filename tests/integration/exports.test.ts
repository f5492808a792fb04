import { parse } from 'csv-parse/sync';
import type { CsvExport } from '../../types/crm';
import type { Shop } from '../../types/shop';
import { handClock, hostPerFile } from './helpers/host';

/**
 * Exports are files in storage (the host's uploads folder standing in for cloud storage), answered with their
 * link: a 10,000-order export would be megabytes in a function's answer, which WeChat's call path is not made for.
 */
const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

/** The stored file as bytes decoded by Node (fetch's text() would drop the BOM spreadsheets need). */
async function download(url: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(new URL(url, host.url));
  return { status: res.status, text: Buffer.from(await res.arrayBuffer()).toString('utf8'), headers: res.headers };
}

const ORDERS = 10_000;

describe('CSV exports as files', () => {
  it('10,000 orders come back as a file with every row; the answer itself stays small', async () => {
    const owner = 'export-big-owner';
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '大批量小店' }, owner);
    await host.db.query(
      `INSERT INTO products (id, shop_id, title, price_fen, stock, story, status, position, created_at, updated_at)
       VALUES ('pexport', $1, '核桃', 6800, 9999, '故事', 'active', 1, $2, $2)`,
      [shop.id, clock.now()],
    );
    await host.db.query(
      `INSERT INTO orders (id, shop_id, buyer_openid, status, total_fen, address, note, idempotency_key, created_at, updated_at)
       SELECT 'oexport' || g, $1, 'buyer-' || (g % 700), 'completed', 6800 * (1 + g % 3),
         jsonb_build_object('name', '顾客, "' || g || '"', 'phone', '13800000000', 'detail', '某地 ' || g || ' 号'), '', 'k' || g,
         $2::timestamptz - g * interval '1 minute', $2
       FROM generate_series(1, ${ORDERS}) g`,
      [shop.id, clock.now()],
    );
    await host.db.query(
      `INSERT INTO order_items (order_id, line, product_id, title, price_fen, qty) SELECT 'oexport' || g, 1, 'pexport', '核桃', 6800, 1 + g % 3 FROM generate_series(1, ${ORDERS}) g`,
    );

    const res = await host.call<CsvExport>('export', { action: 'csv', kind: 'orders' }, owner);
    if (!res.body.ok) throw new Error(JSON.stringify(res.body.error));
    const file = res.body.data;
    expect(JSON.stringify(res.body).length).toBeLessThan(1024);
    expect(file).toMatchObject({ filename: expect.stringMatching(/^订单-\d{4}-\d{2}-\d{2}\.csv$/), rows: ORDERS, fileID: null, expiresAt: '2026-11-23T03:00:00.000Z' });
    expect(file.csv).toBeUndefined();
    expect(file.url).toMatch(/^\/uploads\/exports\/[0-9a-f]{32}\.csv$/);

    const got = await download(file.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.byteLength(got.text)).toBe(file.bytes);
    expect(file.bytes).toBeGreaterThan(100 * 1024);
    expect(got.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(got.text, { bom: true }) as string[][];
    expect(rows).toHaveLength(ORDERS + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(ORDERS);
    expect(rows[1]).toEqual(expect.arrayContaining(['oexport1', '已完成', '顾客, "1"', '某地 1 号', '核桃 ×2', '136.00']));

    // customers are a file too, with the same shape
    const customers = await host.ok<CsvExport>('export', { action: 'csv', kind: 'customers' }, owner);
    expect(customers.rows).toBe(700);
    expect(parse((await download(customers.url)).text, { bom: true })).toHaveLength(701);
  });

  it('a small export is still answered inline too, identical to its file', async () => {
    const owner = 'export-small-owner';
    await host.ok<Shop>('shop', { action: 'open', name: '小小店' }, owner);
    const file = await host.ok<CsvExport>('export', { action: 'csv', kind: 'customers' }, owner);
    expect(file.rows).toBe(0);
    expect(file.csv).toBe((await download(file.url)).text);
    expect(parse(file.csv!, { bom: true })).toEqual([['顾客', '订单数', '消费金额（元）', '最近下单', '售后次数', '标签', '备注']]);
  });

  it('only the link reaches a file, it lives an hour, and the next export deletes it', async () => {
    const owner = 'export-ttl-owner';
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '限时店' }, owner);
    const first = await host.ok<CsvExport>('export', { action: 'csv', kind: 'orders' }, owner);
    expect((await download(first.url)).status).toBe(200);
    expect((await download('/uploads/exports/00000000000000000000000000000000.csv')).status).toBe(404);
    expect((await download('/uploads/exports/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await host.call('export', { action: 'csv', kind: 'orders' }, 'export-ttl-nobody')).status).toBe(403);

    clock.t += 59 * 60_000;
    await host.ok('export', { action: 'csv', kind: 'customers' }, owner);
    expect((await download(first.url)).status).toBe(200);
    clock.t += 2 * 60_000;
    await host.ok('export', { action: 'csv', kind: 'customers' }, owner);
    expect((await download(first.url)).status).toBe(404);
    const [{ n }] = await host.db.query<{ n: number }>('SELECT count(*)::int AS n FROM export_files WHERE shop_id = $1', [shop.id]);
    expect(n).toBe(2);
  });
});
