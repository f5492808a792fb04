import type { Customer, CustomerPage } from '../../../types/crm';
import type { Queryable } from '../../db/types';
import { newId } from '../ids';
import { iso } from '../time';
import { encodeOffset } from '../runtime/cursor';

/** Orders that brought money in and kept it: what "total spent" and the sales figures count. */
// 'ready' (issue 17): a drop's paid order waiting at the pickup point is sold as a paid one is
export const SOLD = `('paid', 'ready', 'shipped', 'completed', 'after_sale')`;

/** Every buyer of the shop has a customer row (for notes and tags); made on first sight. */
export async function syncCustomers(q: Queryable, shopId: string, now: Date): Promise<void> {
  const missing = await q.query<{ buyer_openid: string }>(
    `SELECT DISTINCT o.buyer_openid FROM orders o
     WHERE o.shop_id = $1 AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.shop_id = o.shop_id AND c.buyer_openid = o.buyer_openid)`,
    [shopId],
  );
  for (const { buyer_openid } of missing) {
    await q.query(
      `INSERT INTO customers (id, shop_id, buyer_openid, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (shop_id, buyer_openid) DO NOTHING`,
      [newId('c'), shopId, buyer_openid, now],
    );
  }
}

interface CustomerRow {
  id: string;
  name: string | null;
  orders: number;
  total_fen: number;
  last_order_at: Date;
  after_sales: number;
  note: string;
  tags: string[];
}

const CUSTOMER_SQL = `
  SELECT c.id, c.note, c.tags,
    (SELECT o2.address->>'name' FROM orders o2 WHERE o2.shop_id = c.shop_id AND o2.buyer_openid = c.buyer_openid ORDER BY o2.created_at DESC LIMIT 1) AS name,
    count(o.id) FILTER (WHERE o.status <> 'cancelled')::int AS orders,
    coalesce(sum(o.total_fen) FILTER (WHERE o.status IN ${SOLD}), 0)::bigint AS total_fen,
    max(o.created_at) AS last_order_at,
    count(o.id) FILTER (WHERE o.after_sale_type IS NOT NULL)::int AS after_sales
  FROM customers c JOIN orders o ON o.shop_id = c.shop_id AND o.buyer_openid = c.buyer_openid`;

function toCustomer(r: CustomerRow, unknownName: string): Customer {
  return {
    id: r.id,
    name: r.name ?? unknownName,
    orders: r.orders,
    totalFen: r.total_fen,
    lastOrderAt: iso(r.last_order_at),
    afterSales: r.after_sales,
    note: r.note,
    tags: r.tags,
  };
}

export async function loadCustomer(q: Queryable, shopId: string, customerId: string, unknownName: string): Promise<Customer | undefined> {
  const [row] = await q.query<CustomerRow>(`${CUSTOMER_SQL} WHERE c.shop_id = $1 AND c.id = $2 GROUP BY c.id`, [shopId, customerId]);
  return row ? toCustomer(row, unknownName) : undefined;
}

const PAGE = 30;

/** Most recent buyers first; `q` searches names, notes and tags; `tag` keeps one tag. */
export async function listCustomers(q: Queryable, shopId: string, opts: { q?: string; tag?: string; offset: number }, unknownName: string): Promise<CustomerPage> {
  const params: unknown[] = [shopId];
  let having = '';
  if (opts.q) {
    params.push(`%${opts.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const p = `$${params.length}`;
    having += ` AND (c.note ILIKE ${p} OR c.tags::text ILIKE ${p} OR (SELECT o3.address->>'name' FROM orders o3 WHERE o3.shop_id = c.shop_id AND o3.buyer_openid = c.buyer_openid ORDER BY o3.created_at DESC LIMIT 1) ILIKE ${p})`;
  }
  if (opts.tag) {
    params.push(JSON.stringify([opts.tag]));
    having += ` AND c.tags @> $${params.length}::jsonb`;
  }
  const rows = await q.query<CustomerRow>(
    `${CUSTOMER_SQL} WHERE c.shop_id = $1 ${having} GROUP BY c.id ORDER BY max(o.created_at) DESC, c.id LIMIT ${PAGE + 1} OFFSET ${opts.offset}`,
    params,
  );
  const page = rows.slice(0, PAGE).map((r) => toCustomer(r, unknownName));
  return { customers: page, nextCursor: rows.length > PAGE ? encodeOffset(opts.offset + PAGE) : null };
}
