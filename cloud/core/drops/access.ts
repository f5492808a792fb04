import { dropText } from '../../../types/zh-CN/drops';
import type { Queryable } from '../../db/types';
import { forbidden, notFound } from '../runtime/errors';
import { findShopOfOwner, type ShopRow } from '../shops/rows';
import { DROP_SELECT, type DropRow } from './rows';

/** The caller's shop, found by their openid (never by an id the client sends), or FORBIDDEN. */
export async function callerShop(q: Queryable, openId: string, lock = false): Promise<ShopRow> {
  const shop = await findShopOfOwner(q, openId, lock);
  if (!shop) throw forbidden(dropText.openShopFirst);
  return shop;
}

/**
 * A drop of the caller's shop (locked when `lock`). Another shop's drop is NOT_FOUND, as a made-up id is:
 * whether a stranger's id exists is none of the caller's business.
 */
export async function ownedDrop(q: Queryable, openId: string, dropId: string, lock = false): Promise<DropRow> {
  const shop = await callerShop(q, openId);
  const [row] = await q.query<DropRow>(`${DROP_SELECT} WHERE d.id = $1 AND d.shop_id = $2${lock ? ' FOR UPDATE OF d' : ''}`, [dropId, shop.id]);
  if (!row) throw notFound(dropText.dropNotFound);
  return row;
}
