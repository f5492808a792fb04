import { stringify } from 'csv-stringify/sync';
import { exportCsvSchema } from '../../../types/crm-schemas';
import type { Address, OrderStatus } from '../../../types/order';
import { crmText } from '../../../types/zh-CN/crm';
import { orderStatusText } from '../../../types/zh-CN/orders';
import { authedAction } from '../runtime/action';
import { toShop } from '../shops/rows';
import { ownShop } from './actions';
import { listCustomers, syncCustomers } from './customers';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** The seller owns their data: customers or orders as CSV (UTF-8 with BOM, quoted by a CSV library). */
export const csv = authedAction(exportCsvSchema, async (ctx, { kind }) => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const tz = toShop(shop).policy.timeZone;
  const now = ctx.clock.now();
  const stamp = localTime(now, tz).slice(0, 10);
  let rows: (string | number)[][];
  if (kind === 'customers') {
    await syncCustomers(ctx.db, shop.id, now);
    rows = [];
    for (let offset = 0, more = true; more; offset += 30) {
      const page = await listCustomers(ctx.db, shop.id, { offset }, crmText.unknownName);
      for (const c of page.customers) rows.push([c.name, c.orders, yuan(c.totalFen), localTime(new Date(c.lastOrderAt), tz), c.afterSales, c.tags.join(' '), c.note]);
      more = page.nextCursor !== null;
    }
  } else {
    const orders = await ctx.db.query<{ id: string; created_at: Date; status: OrderStatus; address: Address; total_fen: number; carrier: string | null; tracking_no: string | null; note: string; items: string }>(
      `SELECT o.id, o.created_at, o.status, o.address, o.total_fen, o.carrier, o.tracking_no, o.note,
         (SELECT string_agg(i.title || ' ×' || i.qty, '；' ORDER BY i.line) FROM order_items i WHERE i.order_id = o.id) AS items
       FROM orders o WHERE o.shop_id = $1 ORDER BY o.created_at DESC, o.id`,
      [shop.id],
    );
    rows = orders.map((o) => [
      o.id,
      localTime(new Date(o.created_at), tz),
      orderStatusText[o.status],
      o.address.name,
      o.address.phone,
      o.address.detail,
      o.items ?? '',
      yuan(o.total_fen),
      o.carrier ?? '',
      o.tracking_no ?? '',
      o.note,
    ]);
  }
  const header = kind === 'customers' ? crmText.csv.customers : crmText.csv.orders;
  return { filename: `${kind === 'customers' ? '顾客' : '订单'}-${stamp}.csv`, csv: '\uFEFF' + stringify([header, ...rows]) };
});
