import { supplySellersSchema, type SupplierSeller } from '../../../types/supply';
import { authedAction } from '../runtime/action';
import { callerSupplier } from './access';

/**
 * The shops carrying the supplier's products, with pieces sold of each: pieces in orders paid and not undone
 * (paid, shipped, completed, in after-sale; a cancelled or refunded order sold nothing). Counts only — never a
 * buyer, an order or a shop's other products.
 */
export const sellers = authedAction(supplySellersSchema, async (ctx): Promise<SupplierSeller[]> => {
  const supplier = await callerSupplier(ctx.db, ctx.caller.openId);
  const rows = await ctx.db.query<{ shop_id: string; shop_name: string; supply_product_id: string; title: string; price_fen: number; pieces: number }>(
    `SELECT p.shop_id, s.name AS shop_name, p.supply_product_id, sp.title, p.price_fen,
            coalesce((SELECT sum(i.qty) FROM order_items i JOIN orders o ON o.id = i.order_id
                       WHERE i.product_id = p.id AND o.status IN ('paid', 'shipped', 'completed', 'after_sale')), 0)::int AS pieces
       FROM products p JOIN supply_products sp ON sp.id = p.supply_product_id JOIN shops s ON s.id = p.shop_id
      WHERE sp.supplier_id = $1
      ORDER BY s.name, s.id, sp.created_at, sp.id`,
    [supplier.id],
  );
  const byShop = new Map<string, SupplierSeller>();
  for (const r of rows) {
    const seller = byShop.get(r.shop_id) ?? { shopId: r.shop_id, shopName: r.shop_name, products: [] };
    seller.products.push({ supplyProductId: r.supply_product_id, title: r.title, priceFen: r.price_fen, pieces: r.pieces });
    byShop.set(r.shop_id, seller);
  }
  return [...byShop.values()];
});
