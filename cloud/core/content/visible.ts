import type { Product } from '../../../types/product';
import type { Shop } from '../../../types/shop';
import type { Queryable } from '../../db/types';
import { imageStatuses, visibleTo, type ImageStatus } from './images';

/**
 * A shop and its products as a viewer may see them: images WeChat rejected, or has not judged yet,
 * are left out for everyone but the shop's owner (and for them too on a carried product, see visibleProducts) (CONTRACT.md, Additions, "Content security").
 */
export async function visibleShopView<T extends { shop: Shop; products: Product[] }>(q: Queryable, view: T, viewerIsOwner: boolean): Promise<T> {
  const { shop } = view;
  const products = await visibleProducts(q, view.products, viewerIsOwner);
  if (viewerIsOwner) return { ...view, products };
  return { ...view, products, shop: shopAsSeen(shop, await imageStatuses(q, [shop.avatarUrl, shop.payment.transferQrUrl])) };
}

/**
 * visibleShopView with the image statuses already read (every address of the shop and its products, e.g. in
 * the same statement as the rows, as shop.get does).
 */
export function shopViewAs<T extends { shop: Shop; products: Product[] }>(view: T, statuses: ReadonlyMap<string, ImageStatus>, viewerIsOwner: boolean): T {
  const products = productsAs(view.products, statuses, viewerIsOwner);
  return viewerIsOwner ? { ...view, products } : { ...view, products, shop: shopAsSeen(view.shop, statuses) };
}

/** The shop's own images as anyone but its owner may see them. */
function shopAsSeen(shop: Shop, statuses: ReadonlyMap<string, ImageStatus>): Shop {
  const ok = visibleTo(statuses, false);
  return {
    ...shop,
    avatarUrl: shop.avatarUrl && ok(shop.avatarUrl) ? shop.avatarUrl : null,
    payment: { ...shop.payment, transferQrUrl: shop.payment.transferQrUrl && ok(shop.payment.transferQrUrl) ? shop.payment.transferQrUrl : null },
  };
}

/**
 * Products as a viewer may see them (see visibleShopView). A carried product's images and proof are its
 * supplier's uploads, not the seller's: its seller sees them only once WeChat passed them, like anyone.
 * Every read of products, the owner's included, goes through here.
 */
export async function visibleProducts<T extends Product>(q: Queryable, products: readonly T[], viewerIsOwner: boolean): Promise<T[]> {
  const ownerSeesAll = (p: T) => viewerIsOwner && p.source === null;
  const judged = products.filter((p) => !ownerSeesAll(p));
  if (judged.length === 0) return [...products];
  return productsAs(products, await imageStatuses(q, judged.flatMap((p) => [...p.images, ...p.proofImages])), viewerIsOwner);
}

/** visibleProducts with the image statuses already read. */
export function productsAs<T extends Product>(products: readonly T[], statuses: ReadonlyMap<string, ImageStatus>, viewerIsOwner: boolean): T[] {
  const ownerSeesAll = (p: T) => viewerIsOwner && p.source === null;
  const ok = visibleTo(statuses, false);
  return products.map((p) => (ownerSeesAll(p) ? p : { ...p, images: p.images.filter(ok), proofImages: p.proofImages.filter(ok) }));
}

/** One product as a viewer may see it (see visibleProducts). */
export async function visibleProduct<T extends Product>(q: Queryable, product: T, viewerIsOwner: boolean): Promise<T> {
  return (await visibleProducts(q, [product], viewerIsOwner))[0];
}
