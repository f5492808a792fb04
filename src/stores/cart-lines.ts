import type { Product } from '../../types/product';

/** One product in the cart. Price, title and stock are as last seen; the order is priced by the backend. */
export interface CartLine {
  productId: string;
  shopId: string;
  title: string;
  priceFen: number;
  image: string | null;
  qty: number;
  stock: number;
  /**
   * Who ships it (issue 16): a carried product's supplier, null for the shop's own. Optional because carts stored by an
   * older app lack it: such a line counts as the shop's until the shop's products refresh it (`refreshLines`).
   */
  supplierId?: string | null;
  supplierName?: string | null;
}

/** The contract's bound on one line's quantity. */
export const MAX_QTY = 99;

/** The most of this line one may buy: the stock, and never more than 99; 0 when sold out. */
export function maxQtyOf(line: Pick<CartLine, 'stock'>): number {
  return Math.max(0, Math.min(MAX_QTY, Math.floor(line.stock)));
}

/** A wanted quantity brought within 1..min(99, stock) (at least 1 even when sold out: the line stays, marked). */
export function clampQty(qty: number, stock: number): number {
  const max = Math.max(1, maxQtyOf({ stock }));
  if (!Number.isFinite(qty)) return 1;
  return Math.min(max, Math.max(1, Math.floor(qty)));
}

export function lineFromProduct(product: Product, qty: number): CartLine {
  return {
    productId: product.id,
    shopId: product.shopId,
    title: product.title,
    priceFen: product.priceFen,
    image: product.images[0] ?? null,
    qty: clampQty(qty, product.stock),
    stock: product.stock,
    supplierId: product.source?.supplierId ?? null,
    supplierName: product.source?.supplierName ?? null,
  };
}

/** Adds `line` (a new product, or more of one already there), keeping the total within its bounds. */
export function addLine(lines: CartLine[], line: CartLine): CartLine[] {
  const existing = lines.find((l) => l.productId === line.productId);
  if (!existing) return [...lines, { ...line, qty: clampQty(line.qty, line.stock) }];
  return lines.map((l) => (l.productId === line.productId ? { ...line, qty: clampQty(l.qty + line.qty, line.stock) } : l));
}

export function setLineQty(lines: CartLine[], productId: string, qty: number): CartLine[] {
  return lines.map((l) => (l.productId === productId ? { ...l, qty: clampQty(qty, l.stock) } : l));
}

export function removeLines(lines: CartLine[], productIds: readonly string[]): CartLine[] {
  return lines.filter((l) => !productIds.includes(l.productId));
}

/** Newer facts about products (from the shop page or `shop.get`): price, title, image, stock and who ships it; quantities re-bounded. */
export function refreshLines(lines: CartLine[], products: readonly Product[]): CartLine[] {
  const byId = new Map(products.map((p) => [p.id, p]));
  return lines.map((l) => {
    const p = byId.get(l.productId);
    if (!p) return l;
    return {
      ...l,
      title: p.title,
      priceFen: p.priceFen,
      image: p.images[0] ?? null,
      stock: p.stock,
      qty: clampQty(l.qty, p.stock),
      supplierId: p.source?.supplierId ?? null,
      supplierName: p.source?.supplierName ?? null,
    };
  });
}

export interface ShopGroup {
  shopId: string;
  lines: CartLine[];
  /** pieces in the group */
  count: number;
  subtotalFen: number;
}

export function lineTotalFen(line: Pick<CartLine, 'priceFen' | 'qty'>): number {
  return line.priceFen * line.qty;
}

export function subtotalFen(lines: readonly CartLine[]): number {
  return lines.reduce((sum, l) => sum + lineTotalFen(l), 0);
}

/** The cart by shop (an order belongs to one shop), shops in the order their first line was added. */
export function groupByShop(lines: readonly CartLine[]): ShopGroup[] {
  const groups = new Map<string, CartLine[]>();
  for (const line of lines) {
    const group = groups.get(line.shopId);
    if (group) group.push(line);
    else groups.set(line.shopId, [line]);
  }
  return [...groups].map(([shopId, group]) => ({
    shopId,
    lines: group,
    count: group.reduce((n, l) => n + l.qty, 0),
    subtotalFen: subtotalFen(group),
  }));
}

/** Pieces in the whole cart, for the badge. */
export function cartCount(lines: readonly CartLine[]): number {
  return lines.reduce((n, l) => n + l.qty, 0);
}

/** A line that can be ordered now: in stock, and not more than the stock. */
export function isOrderable(line: CartLine): boolean {
  return line.stock > 0 && line.qty <= maxQtyOf(line);
}

export interface FulfillerGroup {
  /** the supplier who ships these lines; null for the shop itself */
  supplierId: string | null;
  supplierName: string | null;
  lines: CartLine[];
  count: number;
  subtotalFen: number;
}

/**
 * One shop's lines by who ships them (an order has one fulfiller, so checkout places one order per group):
 * the shop's own first, then suppliers in the order their first line was added.
 */
export function groupByFulfiller(lines: readonly CartLine[]): FulfillerGroup[] {
  const groups = new Map<string | null, CartLine[]>();
  for (const line of lines) {
    const id = line.supplierId ?? null;
    const group = groups.get(id);
    if (group) group.push(line);
    else groups.set(id, [line]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? -1 : 0) - (b === null ? -1 : 0))
    .map(([supplierId, group]) => ({
      supplierId,
      supplierName: supplierId === null ? null : (group.find((l) => l.supplierName)?.supplierName ?? null),
      lines: group,
      count: group.reduce((n, l) => n + l.qty, 0),
      subtotalFen: subtotalFen(group),
    }));
}
