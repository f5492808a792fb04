import { statsSummarySchema } from '../../../types/crm-schemas';
import type { SalesSummary } from '../../../types/crm';
import { authedAction, type FunctionDef } from '../runtime/action';
import { toShop } from '../shops/rows';
import { ownShop } from './actions';
import { SOLD } from './customers';

const DAY = 86_400_000;

/** YYYY-MM-DD of an instant in a time zone. */
function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last `days` days of sales, all from the database (indexed by shop and time), days in the shop's zone. */
export const summary = authedAction(statsSummarySchema, async (ctx, input): Promise<SalesSummary> => {
  const shop = await ownShop(ctx.db, ctx.caller.openId);
  const days = input.days ?? 30;
  const now = ctx.clock.now();
  const from = new Date(now.getTime() - days * DAY);
  const tz = toShop(shop).policy.timeZone;

  const [totals] = await ctx.db.query<{ revenue: number; orders: number; buyers: number; repeat: number }>(
    `WITH period AS (
       SELECT buyer_openid, total_fen FROM orders WHERE shop_id = $1 AND status IN ${SOLD} AND created_at > $2 AND created_at <= $3
     ), buyers AS (SELECT DISTINCT buyer_openid FROM period)
     SELECT coalesce(sum(total_fen), 0)::bigint AS revenue, count(*)::int AS orders,
       (SELECT count(*)::int FROM buyers) AS buyers,
       (SELECT count(*)::int FROM buyers b
          WHERE (SELECT count(*) FROM orders o WHERE o.shop_id = $1 AND o.buyer_openid = b.buyer_openid AND o.status IN ${SOLD} AND o.created_at <= $3) >= 2) AS repeat
     FROM period`,
    [shop.id, from, now],
  );
  const best = await ctx.db.query<{ product_id: string; title: string; qty: number; revenue: number }>(
    `SELECT i.product_id, (array_agg(i.title ORDER BY o.created_at DESC))[1] AS title, sum(i.qty)::bigint AS qty, sum(i.qty::bigint * i.price_fen)::bigint AS revenue
     FROM order_items i JOIN orders o ON o.id = i.order_id
     WHERE o.shop_id = $1 AND o.status IN ${SOLD} AND o.created_at > $2 AND o.created_at <= $3
     GROUP BY i.product_id ORDER BY qty DESC, revenue DESC LIMIT 5`,
    [shop.id, from, now],
  );
  // Bucketed by the day in the shop's zone: one row per instant-hour from SQL, named in JS with Intl.
  const hourly = await ctx.db.query<{ hour: Date; revenue: number; orders: number }>(
    `SELECT date_trunc('hour', created_at) AS hour, sum(total_fen)::bigint AS revenue, count(*)::int AS orders
     FROM orders WHERE shop_id = $1 AND status IN ${SOLD} AND created_at > $2 AND created_at <= $3 GROUP BY 1`,
    [shop.id, from, now],
  );
  const daily = new Map<string, { revenueFen: number; orders: number }>();
  for (let t = from.getTime() + DAY; t <= now.getTime() + 1; t += DAY) daily.set(localDate(new Date(t), tz), { revenueFen: 0, orders: 0 });
  for (const h of hourly) {
    const key = localDate(new Date(h.hour), tz);
    const d = daily.get(key) ?? { revenueFen: 0, orders: 0 };
    d.revenueFen += h.revenue;
    d.orders += h.orders;
    daily.set(key, d);
  }
  return {
    days,
    revenueFen: totals.revenue,
    orders: totals.orders,
    buyers: totals.buyers,
    repeatBuyerRate: totals.buyers ? totals.repeat / totals.buyers : 0,
    bestProducts: best.map((b) => ({ productId: b.product_id, title: b.title, qty: b.qty, revenueFen: b.revenue })),
    daily: [...daily.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, d]) => ({ date, ...d })),
  };
});

/** The `stats` cloud function's actions. */
export const statsFunction = { summary } satisfies FunctionDef;
