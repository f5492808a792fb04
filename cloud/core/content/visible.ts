import type { Product } from '../../../types/product';
import type { Shop } from '../../../types/shop';
import type { Queryable } from '../../db/types';
import { imageStatuses, visibleTo } from './images';

/**
 * A shop and its products as a viewer may see them: images WeChat rejected, or has not judged yet,
 * are left out for everyone but the shop's owner (CONTRACT.md, Additions, "Content security").
 */
export async function visibleShopView<T extends { shop: Shop; products: Product[] }>(q: Queryable, view: T, viewerIsOwner: boolean): Promise<T> {
  if (viewerIsOwner) return view;
  const { shop, products } = view;
  const statuses = await imageStatuses(q, [shop.avatarUrl, shop.payment.transferQrUrl, ...products.flatMap((p) => [...p.images, ...p.proofImages])]);
  const ok = visibleTo(statuses, false);
  return {
    ...view,
    shop: {
      ...shop,
      avatarUrl: shop.avatarUrl && ok(shop.avatarUrl) ? shop.avatarUrl : null,
      payment: { ...shop.payment, transferQrUrl: shop.payment.transferQrUrl && ok(shop.payment.transferQrUrl) ? shop.payment.transferQrUrl : null },
    },
    products: products.map((p) => ({ ...p, images: p.images.filter(ok), proofImages: p.proofImages.filter(ok) })),
  };
}

/** One product as a viewer may see it (see visibleShopView). */
export async function visibleProduct<T extends Product>(q: Queryable, product: T, viewerIsOwner: boolean): Promise<T> {
  if (viewerIsOwner) return product;
  const ok = visibleTo(await imageStatuses(q, [...product.images, ...product.proofImages]), false);
  return { ...product, images: product.images.filter(ok), proofImages: product.proofImages.filter(ok) };
}
