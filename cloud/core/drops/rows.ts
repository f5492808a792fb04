import type { Drop, DropFulfilment, DropItem, DropStatus } from '../../../types/drop';
import { DEFAULT_POLICY } from '../../../types/shop';
import type { Queryable } from '../../db/types';
import { PRODUCT_SELECT, toProduct, type ProductRow } from '../catalog/rows';
import { visibleProducts } from '../content/visible';
import { iso } from '../time';

export interface DropRow {
  id: string;
  shop_id: string;
  title: string;
  intro: string;
  closes_at: Date | string;
  fulfilment: DropFulfilment;
  show_joiners: boolean;
  status: DropStatus;
  closed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  shop_name: string;
  /** the shop's policy's zone; null for a shop stored before the policy had one */
  time_zone: string | null;
  owner_openid: string;
}

export const DROP_SELECT = `SELECT d.*, s.name AS shop_name, s.policy->>'timeZone' AS time_zone, s.owner_openid FROM drops d JOIN shops s ON s.id = d.shop_id`;

/**
 * The timer closes a drop within a minute of its cutoff; until it has, the drop reads as closed anyway from the
 * cutoff on (closedAt = the cutoff), so a page never shows a drop open that takes no more joins.
 */
export function effectiveStatus(r: Pick<DropRow, 'status' | 'closes_at'>, now: Date): DropStatus {
  return r.status === 'open' && new Date(r.closes_at).getTime() > now.getTime() ? 'open' : 'closed';
}

/**
 * Drops as `viewer` sees them, each item with its product's title, price, first image and stock as they are now
 * (the shop page's): images WeChat has not passed are left out for everyone but the shop's owner (content/visible).
 * A product taken off sale since the drop opened reads as sold out (stock 0): it can no longer be bought.
 */
export async function toDrops(q: Queryable, rows: readonly DropRow[], viewer: string | null, now: Date): Promise<Drop[]> {
  if (rows.length === 0) return [];
  const items = await q.query<{ drop_id: string; product_id: string; limit_per_buyer: number }>(
    'SELECT drop_id, product_id, limit_per_buyer FROM drop_items WHERE drop_id = ANY($1) ORDER BY drop_id, position',
    [rows.map((r) => r.id)],
  );
  const productRows = await q.query<ProductRow>(`${PRODUCT_SELECT} WHERE p.id = ANY($1)`, [[...new Set(items.map((i) => i.product_id))]]);
  const owners = new Set(rows.filter((r) => r.owner_openid === viewer).map((r) => r.shop_id));
  const products = new Map<string, ReturnType<typeof toProduct>>();
  for (const own of [true, false]) {
    const mine = productRows.filter((p) => owners.has(p.shop_id) === own).map((p) => toProduct(p));
    for (const p of await visibleProducts(q, mine, own)) products.set(p.id, p);
  }
  return rows.map((r) => ({
    id: r.id,
    shopId: r.shop_id,
    shopName: r.shop_name,
    timeZone: r.time_zone || DEFAULT_POLICY.timeZone,
    title: r.title,
    intro: r.intro,
    items: items
      .filter((i) => i.drop_id === r.id)
      .map((i): DropItem => {
        const p = products.get(i.product_id)!;
        return { productId: p.id, title: p.title, priceFen: p.priceFen, image: p.images[0] ?? null, stock: p.status === 'active' ? p.stock : 0, limitPerBuyer: i.limit_per_buyer };
      }),
    closesAt: iso(r.closes_at),
    fulfilment: r.fulfilment,
    showJoiners: r.show_joiners,
    status: effectiveStatus(r, now),
    closedAt: r.closed_at ? iso(r.closed_at) : effectiveStatus(r, now) === 'closed' ? iso(r.closes_at) : null,
    createdAt: iso(r.created_at),
  }));
}

export async function toDrop(q: Queryable, row: DropRow, viewer: string | null, now: Date): Promise<Drop> {
  return (await toDrops(q, [row], viewer, now))[0];
}

export async function findDrop(q: Queryable, dropId: string): Promise<DropRow | undefined> {
  const [row] = await q.query<DropRow>(`${DROP_SELECT} WHERE d.id = $1`, [dropId]);
  return row;
}
