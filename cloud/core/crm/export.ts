import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { exportCsvSchema } from '../../../types/crm-schemas';
import type { Address, OrderStatus, PaymentMethod, PaymentStatus } from '../../../types/order';
import type { CsvExport } from '../../../types/crm';
import { crmText } from '../../../types/zh-CN/crm';
import { exportText } from '../../../types/zh-CN/export';
import { sellerOrderStatusText } from '../../../types/zh-CN/orders';
import type { Deps } from '../runtime/context';
import { authedAction, type FunctionDef } from '../runtime/action';
import { iso } from '../time';
import { toShop } from '../shops/rows';
import { buildPickList, pickListRows } from '../drops/pick-list';
import { dropText } from '../../../types/zh-CN/drops';
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

/**
 * What a column holds, which decides how each format writes it. `id`: an identifier that only looks like a
 * number (a phone, an order id, a note code, a tracking number, WeChat Pay's transaction and merchant ids):
 * Excel and WPS read "13712345678" from a CSV as 1.37E+10 and drop the digits past the 15th, so the workbook
 * types these as text. `yuan`: money, kept in fen until written. `time`: the shop's local wall-clock time.
 */
type Column = 'text' | 'id' | 'count' | 'yuan' | 'time';
type Cell = string | number | Date;

const CUSTOMER_COLUMNS: Column[] = ['text', 'count', 'yuan', 'time', 'count', 'text', 'text'];
// pick way, point, pickup code, receiver, 匿名跟团, phone, address, product, pieces, order id, status (drops/pick-list.ts)
const DROP_COLUMNS: Column[] = ['text', 'text', 'id', 'text', 'text', 'id', 'text', 'text', 'count', 'id', 'text'];
const ORDER_COLUMNS: Column[] = ['id', 'time', 'text', 'text', 'id', 'text', 'text', 'yuan', 'text', 'text', 'id', 'id', 'id', 'text', 'id', 'text'];

interface Table {
  header: string[];
  columns: Column[];
  rows: Cell[][];
}

/**
 * Local time as a Date whose UTC fields read as the shop's wall clock: a spreadsheet date has no time zone, and
 * exceljs writes a Date by its UTC fields, so the cell shows the time the seller lived.
 */
function wallClock(at: Date, timeZone: string): Date {
  const [date, time] = localTime(at, timeZone).split(' ');
  return new Date(`${date}T${time}:00Z`);
}

/** The CSV as before: every cell text, money as "68.00", times as "2026-11-23 10:00". */
function toCsv(table: Table): Buffer {
  const cells = table.rows.map((row) =>
    row.map((v, i) => (table.columns[i] === 'yuan' ? yuan(Number(v)) : v instanceof Date ? localTime(v, 'UTC') : v)),
  );
  // A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR, and the full-width signs Apple Numbers
  // normalizes) is written with a leading ' (csv-stringify's escape_formulas), and every cell is quoted so a
  // spreadsheet splitting on ';' or tabs cannot start a new cell inside one: OWASP's CSV-injection guidance
  // (https://owasp.org/www-community/attacks/CSV_Injection, https://csv.js.org/stringify/options/escape_formulas).
  // The names and notes are buyers' and sellers' words, and the seller opens this file in Excel or WPS.
  return Buffer.from('\uFEFF' + stringify([table.header, ...cells], { escape_formulas: true, quoted: true }), 'utf8');
}

/**
 * A real workbook (exceljs, https://github.com/exceljs/exceljs#readme): identifiers and words are string cells
 * with the text format "@" — Excel and WPS then keep "13712345678" as typed and never read a name like "=1+1"
 * as a formula (a string cell is never evaluated; exceljs writes a formula only when given { formula }) —
 * money a number in yuan with two decimals, times real dates, counts numbers. Written with exceljs's streaming
 * writer, row by row: 10,000 orders take about 90 MB instead of the 300 MB the in-memory workbook needs, within
 * the export function's 256 MB.
 */
async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((title, i) => {
    const kind = table.columns[i];
    const numFmt = kind === 'yuan' ? '0.00' : kind === 'time' ? 'yyyy-mm-dd hh:mm' : kind === 'count' ? '0' : '@';
    return { header: title, width: kind === 'time' ? 18 : kind === 'id' ? 20 : kind === 'text' ? 24 : 12, style: { numFmt } };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    // nothing (no payment yet, no tracking number) is an empty cell, not an empty string
    const cells = row.map((v, i) => (v === '' ? null : table.columns[i] === 'yuan' ? Number(v) / 100 : table.columns[i] === 'id' || table.columns[i] === 'text' ? String(v) : v));
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

const NULL_TEXT = '';

/**
 * The seller owns their data: customers, orders or a drop's pick list as CSV (UTF-8 with BOM, quoted by a CSV library) or as an
 * Excel workbook (`format: "xlsx"`), stored the same way.
 */
export const csv = authedAction(exportCsvSchema, async (ctx, { kind, format = 'csv', dropId }): Promise<CsvExport> => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const tz = toShop(shop).policy.timeZone;
  const now = ctx.clock.now();
  const stamp = localTime(now, tz).slice(0, 10);
  let rows: Cell[][];
  if (kind === 'drop') {
    // a drop of the caller's shop, else NOT_FOUND (the schema asks for the id with this kind)
    rows = pickListRows(await buildPickList(ctx.db, ctx.caller.openId, dropId ?? '', now));
  } else if (kind === 'customers') {
    await syncCustomers(ctx.db, shop.id, now);
    rows = [];
    for (let offset = 0, more = true; more; offset += 30) {
      const page = await listCustomers(ctx.db, shop.id, { offset }, crmText.unknownName);
      for (const c of page.customers) rows.push([c.name, c.orders, c.totalFen, wallClock(new Date(c.lastOrderAt), tz), c.afterSales, c.tags.join(' '), c.note]);
      more = page.nextCursor !== null;
    }
  } else {
    // The order's latest payment says how it was (or is to be) paid: what the seller matches against WeChat Pay's
    // bill or their own transfers.
    const orders = await ctx.db.query<{
      id: string;
      created_at: Date;
      status: OrderStatus;
      address: Address;
      total_fen: number;
      carrier: string | null;
      tracking_no: string | null;
      note: string;
      note_code: string | null;
      items: string;
      pay_method: PaymentMethod | null;
      pay_status: PaymentStatus | null;
      provider_ref: string | null;
      sub_mch_id: string | null;
    }>(
      `SELECT o.id, o.created_at, o.status, o.address, o.total_fen, o.carrier, o.tracking_no, o.note, o.note_code,
         (SELECT string_agg(i.title || ' ×' || i.qty, '；' ORDER BY i.line) FROM order_items i WHERE i.order_id = o.id) AS items,
         p.method AS pay_method, p.status AS pay_status, p.provider_ref, p.sub_mch_id
       FROM orders o
       LEFT JOIN LATERAL (SELECT method, status, provider_ref, sub_mch_id FROM payments WHERE order_id = o.id ORDER BY created_at DESC, id DESC LIMIT 1) p ON true
       WHERE o.shop_id = $1 ORDER BY o.created_at DESC, o.id`,
      [shop.id],
    );
    rows = orders.map((o) => [
      o.id,
      wallClock(new Date(o.created_at), tz),
      sellerOrderStatusText[o.status],
      o.address.name,
      o.address.phone,
      o.address.detail,
      o.items ?? NULL_TEXT,
      Number(o.total_fen),
      o.pay_method ? exportText.paymentMethod[o.pay_method] : NULL_TEXT,
      o.pay_status ? exportText.paymentStatus[o.pay_status] : NULL_TEXT,
      o.pay_method === 'transfer' ? (o.note_code ?? NULL_TEXT) : NULL_TEXT,
      o.pay_method === 'wechat' && o.pay_status === 'paid' ? (o.provider_ref ?? NULL_TEXT) : NULL_TEXT,
      o.pay_method === 'wechat' ? (o.sub_mch_id ?? NULL_TEXT) : NULL_TEXT,
      o.carrier ?? NULL_TEXT,
      o.tracking_no ?? NULL_TEXT,
      o.note,
    ]);
  }
  const table: Table =
    kind === 'drop'
      ? { header: dropText.csvHeader, columns: DROP_COLUMNS, rows }
      : kind === 'customers'
        ? { header: crmText.csv.customers, columns: CUSTOMER_COLUMNS, rows }
        : { header: crmText.csv.orders, columns: ORDER_COLUMNS, rows };
  const bytes = format === 'xlsx' ? await toXlsx(table, exportText.sheet[kind]) : toCsv(table);
  await sweepExpired(ctx, now);
  const key = randomBytes(16).toString('hex');
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_SECONDS * 1000);
  const stored = await ctx.files.put({ key, ext: format, bytes, maxAgeSeconds: EXPORT_TTL_SECONDS });
  await ctx.db.query(
    'INSERT INTO export_files (id, shop_id, file_ref, rows, bytes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [key, shop.id, stored.ref, rows.length, bytes.length, now, expiresAt],
  );
  return {
    filename: `${exportText.sheet[kind]}-${stamp}.${format}`,
    url: stored.url,
    fileID: stored.fileID,
    rows: rows.length,
    bytes: bytes.length,
    expiresAt: iso(expiresAt),
    // the text inline, as before, for clients that read `csv` (never a workbook: it is not text)
    ...(format === 'csv' && bytes.length <= INLINE_LIMIT_BYTES ? { csv: bytes.toString('utf8') } : {}),
  };
});

/** The `export` cloud function's actions. */
export const exportFunction = { csv } satisfies FunctionDef;
