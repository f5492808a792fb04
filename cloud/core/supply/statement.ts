import { supplyStatementSchema, type Statement, type StatementLine } from '../../../types/supply';
import type { Queryable } from '../../db/types';
import { authedAction } from '../runtime/action';
import { forbidden } from '../runtime/errors';
import { findShopOfOwner } from '../shops/rows';
import { iso } from '../time';
import { supplyText } from '../../../types/zh-CN/supply';
import { PAST_PAYMENT } from './orders';
import { findSupplierOfOwner } from './rows';

export interface Pair {
  supplierId: string;
  shopId: string;
}

const key = (p: Pair) => `${p.supplierId} ${p.shopId}`;

/**
 * The (supplier, shop) pairs with something between them, for one supplier and/or one shop: a paid order of the
 * supplier's sold by the shop, or a settlement.
 */
export async function pairsOf(q: Queryable, filter: { supplierId?: string; shopId?: string }): Promise<Pair[]> {
  const params = [filter.supplierId ?? null, filter.shopId ?? null];
  const match = (t: string) => `($1::text IS NULL OR ${t}.supplier_id = $1) AND ($2::text IS NULL OR ${t}.shop_id = $2)`;
  const rows = await q.query<{ supplier_id: string; shop_id: string }>(
    `SELECT o.supplier_id, o.shop_id FROM orders o WHERE o.supplier_id IS NOT NULL AND ${match('o')} AND ${PAST_PAYMENT}
     UNION
     SELECT s.supplier_id, s.shop_id FROM supplier_settlements s WHERE ${match('s')}`,
    params,
  );
  return rows.map((r) => ({ supplierId: r.supplier_id, shopId: r.shop_id }));
}

interface ShippedLine {
  supplier_id: string;
  shop_id: string;
  qty: number;
  returned_qty: number;
  supply_price_fen: number;
}

/**
 * Pieces that count toward what a seller owes for one line of a shipped order (docs/contract-additions.md,
 * `supply.statement`): every piece the supplier sent less those that physically came back (a confirmed return,
 * order_items.returned_qty), whatever the order's status or its latest after-sale says — a refund without a
 * return leaves the goods with the buyer, and what the seller gave back of their own price is between them and
 * their friend; a later after-sale never brings returned pieces back.
 */
export function piecesOwed(line: Pick<ShippedLine, 'qty' | 'returned_qty'>): number {
  return Math.max(0, Number(line.qty) - Number(line.returned_qty));
}

/** One line per pair, in the given order (shop name, then supplier name, when listing). */
export async function statementLines(q: Queryable, pairs: Pair[]): Promise<StatementLine[]> {
  const unique = [...new Map(pairs.map((p) => [key(p), p])).values()];
  if (unique.length === 0) return [];
  const supplierIds = [...new Set(unique.map((p) => p.supplierId))];
  const shopIds = [...new Set(unique.map((p) => p.shopId))];
  const lines = await q.query<ShippedLine>(
    `SELECT o.supplier_id, o.shop_id, i.qty, i.returned_qty, i.supply_price_fen
       FROM orders o JOIN order_items i ON i.order_id = o.id
      WHERE o.supplier_id = ANY($1) AND o.shop_id = ANY($2) AND o.shipped_at IS NOT NULL AND i.supply_price_fen IS NOT NULL`,
    [supplierIds, shopIds],
  );
  const settlements = await q.query<{ id: string; supplier_id: string; shop_id: string; amount_fen: number; note: string; created_at: Date }>(
    `SELECT * FROM supplier_settlements WHERE supplier_id = ANY($1) AND shop_id = ANY($2) ORDER BY created_at DESC, id DESC`,
    [supplierIds, shopIds],
  );
  const names = await q.query<{ kind: 'shop' | 'supplier'; id: string; name: string }>(
    `SELECT 'shop' AS kind, id, name FROM shops WHERE id = ANY($1) UNION ALL SELECT 'supplier' AS kind, id, name FROM suppliers WHERE id = ANY($2)`,
    [shopIds, supplierIds],
  );
  const nameOf = new Map(names.map((n) => [`${n.kind} ${n.id}`, n.name]));
  return unique
    .map((p): StatementLine => {
      const mine = lines.filter((l) => l.supplier_id === p.supplierId && l.shop_id === p.shopId);
      const paid = settlements.filter((s) => s.supplier_id === p.supplierId && s.shop_id === p.shopId);
      const pieces = mine.reduce((n, l) => n + piecesOwed(l), 0);
      const owedFen = mine.reduce((n, l) => n + piecesOwed(l) * Number(l.supply_price_fen), 0);
      const settledFen = paid.reduce((n, s) => n + Number(s.amount_fen), 0);
      return {
        shopId: p.shopId,
        shopName: nameOf.get(`shop ${p.shopId}`) ?? '',
        supplierId: p.supplierId,
        supplierName: nameOf.get(`supplier ${p.supplierId}`) ?? '',
        pieces,
        owedFen,
        settledFen,
        balanceFen: owedFen - settledFen,
        settlements: paid.map((s) => ({ id: s.id, amountFen: Number(s.amount_fen), note: s.note, at: iso(s.created_at) })),
      };
    })
    .sort((a, b) => a.shopName.localeCompare(b.shopName, 'zh-CN') || a.supplierName.localeCompare(b.supplierName, 'zh-CN') || key(a).localeCompare(key(b)));
}

/**
 * A supplier sees its line with every seller it fulfils for (or the one `shopId`); a seller sees their own
 * shop's lines, one per supplier, whatever `shopId` says — never another shop's. Someone who is both gets both.
 */
export const statement = authedAction(supplyStatementSchema, async (ctx, { shopId }): Promise<Statement> => {
  const openId = ctx.caller.openId;
  const supplier = await findSupplierOfOwner(ctx.db, openId);
  const shop = await findShopOfOwner(ctx.db, openId);
  if (!supplier && !shop) throw forbidden(supplyText.openSupplierFirst);
  const pairs: Pair[] = [];
  if (supplier) pairs.push(...(await pairsOf(ctx.db, { supplierId: supplier.id, shopId })));
  if (shop) pairs.push(...(await pairsOf(ctx.db, { shopId: shop.id })));
  return { lines: await statementLines(ctx.db, pairs) };
});
