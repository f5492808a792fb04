import type { PostingPolicy, Shop } from '../../../types/shop';
import { DEFAULT_POLICY } from '../../../types/shop';
import type { Queryable } from '../../db/types';
import { iso } from '../time';

export interface ShopRow {
  id: string;
  owner_openid: string;
  name: string;
  intro: string;
  avatar_url: string | null;
  product_cap: number;
  policy: Partial<PostingPolicy>;
  wechat_sub_mch_id: string | null;
  transfer_note: string;
  transfer_qr_url: string | null;
  created_at: Date | string;
}

/** A shop takes orders only when a friend can pay it: WeChat Pay, or a transfer note or QR (issue 13). */
export function acceptsOrders(r: Pick<ShopRow, 'wechat_sub_mch_id' | 'transfer_note' | 'transfer_qr_url'>): boolean {
  return Boolean(r.wechat_sub_mch_id) || r.transfer_note.trim() !== '' || Boolean(r.transfer_qr_url);
}

export function toShop(r: ShopRow): Shop {
  return {
    id: r.id,
    name: r.name,
    intro: r.intro,
    avatarUrl: r.avatar_url,
    productCap: r.product_cap,
    policy: { ...DEFAULT_POLICY, ...r.policy },
    payment: { wechatPay: Boolean(r.wechat_sub_mch_id), transferNote: r.transfer_note, transferQrUrl: r.transfer_qr_url, acceptsOrders: acceptsOrders(r) },
    createdAt: iso(r.created_at),
  };
}

/**
 * How a shop's row is locked by the writes that take turns on it (catalog, posts, settings). NO KEY UPDATE, not
 * UPDATE: it still makes those writes queue behind each other, but does not block the key-share lock a new order's
 * foreign key check takes on the shop — order.create takes that at the END of its one statement, after its stock
 * rows, so a seller holding the shop FOR UPDATE and waiting for a product a buyer holds deadlocked with the buyer
 * (tests/integration/catalog-order-lock.test.ts; https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-ROWS).
 */
export const SHOP_LOCK = 'FOR NO KEY UPDATE';

export async function findShop(q: Queryable, id: string, forUpdate = false): Promise<ShopRow | undefined> {
  const rows = await q.query<ShopRow>(`SELECT * FROM shops WHERE id = $1${forUpdate ? ` ${SHOP_LOCK}` : ''}`, [id]);
  return rows[0];
}

export async function findShopOfOwner(q: Queryable, openId: string, forUpdate = false): Promise<ShopRow | undefined> {
  const rows = await q.query<ShopRow>(`SELECT * FROM shops WHERE owner_openid = $1${forUpdate ? ` ${SHOP_LOCK}` : ''}`, [openId]);
  return rows[0];
}
