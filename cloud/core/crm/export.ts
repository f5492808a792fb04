import { randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { exportCsvSchema } from '../../../types/crm-schemas';
import type { Address, OrderStatus } from '../../../types/order';
import type { CsvExport } from '../../../types/crm';
import { crmText } from '../../../types/zh-CN/crm';
import { orderStatusText } from '../../../types/zh-CN/orders';
import type { Deps } from '../runtime/context';
import { authedAction, type FunctionDef } from '../runtime/action';
import { iso } from '../time';
import { toShop } from '../shops/rows';
import { ownShop } from './actions';
import { listCustomers, syncCustomers } from './customers';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
}

/**
 * An export is a file, not an answer: WeChat's call path is not made for large results (Cloud.callFunction
 * suggests files past ~100 KB: https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html).
 * It lives an hour under a 128-bit random name — only whoever is handed the link or file id can fetch it —
 * and the next export after that (any shop's) deletes it. Up to 100 KB the text also rides in the answer,
 * as it always did, for clients that read `csv`.
 */
export const EXPORT_TTL_SECONDS = 3600;
export const INLINE_LIMIT_BYTES = 100 * 1024;
const SWEEP_BATCH = 50; // deleteFile takes at most 50 file ids

/** Deletes expired exports (files first, then their rows); a failure is logged and retried by the next export. */
async function sweepExpired(deps: Pick<Deps, 'db' | 'files' | 'log'>, now: Date): Promise<void> {
  const expired = await deps.db.query<{ id: string; file_ref: string }>(
    'SELECT id, file_ref FROM export_files WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2',
    [now, SWEEP_BATCH],
  );
  if (expired.length === 0) return;
  try {
    await deps.files.remove(expired.map((e) => e.file_ref));
    await deps.db.query('DELETE FROM export_files WHERE id = ANY($1)', [expired.map((e) => e.id)]);
  } catch (err) {
    deps.log.error('expired exports not removed; the next export retries', { error: String(err), files: expired.length });
  }
}

/** The seller owns their data: customers or orders as CSV (UTF-8 with BOM, quoted by a CSV library). */
export const csv = authedAction(exportCsvSchema, async (ctx, { kind }): Promise<CsvExport> => {
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
  // A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR, and the full-width signs Apple Numbers
  // normalizes) is written with a leading ' (csv-stringify's escape_formulas), and every cell is quoted so a
  // spreadsheet splitting on ';' or tabs cannot start a new cell inside one: OWASP's CSV-injection guidance
  // (https://owasp.org/www-community/attacks/CSV_Injection, https://csv.js.org/stringify/options/escape_formulas).
  // The names and notes are buyers' and sellers' words, and the seller opens this file in Excel or WPS.
  const text = '\uFEFF' + stringify([header, ...rows], { escape_formulas: true, quoted: true });
  const bytes = Buffer.from(text, 'utf8');
  await sweepExpired(ctx, now);
  const key = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_SECONDS * 1000);
  const stored = await ctx.files.put({ key, ext: 'csv', bytes, maxAgeSeconds: EXPORT_TTL_SECONDS });
  await ctx.db.query(
    'INSERT INTO export_files (id, shop_id, file_ref, rows, bytes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [key, shop.id, stored.ref, rows.length, bytes.length, now, expiresAt],
  );
  return {
    filename: `${kind === 'customers' ? '顾客' : '订单'}-${stamp}.csv`,
    url: stored.url,
    fileID: stored.fileID,
    rows: rows.length,
    bytes: bytes.length,
    expiresAt: iso(expiresAt),
    ...(bytes.length <= INLINE_LIMIT_BYTES ? { csv: text } : {}),
  };
});

/** The `export` cloud function's actions. */
export const exportFunction: FunctionDef = { csv };
