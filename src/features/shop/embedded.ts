import type { ShopWithProducts } from '../../../types/shop';
import { SHOP_DATA_ELEMENT_ID, type EmbeddedShop } from '../../../types/shop-link';

let parsed: EmbeddedShop | null | undefined;
let used = false;

function read(): EmbeddedShop | null {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return null;
  const text = document.getElementById(SHOP_DATA_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { shopId, data } = value as Partial<EmbeddedShop>;
    return typeof shopId === 'string' && data?.shop?.id === shopId && Array.isArray(data.products) ? { shopId, data } : null;
  } catch {
    return null; // not ours to fail on: the page then asks the API as it always did
  }
}

/**
 * `shop.get`'s answer the host put into the page it served for `/s/<shopId>` (cloud/host/shop-page.ts), if it
 * is for this shop and the page has not shown it yet: the first view needs no API round trip. Only once — a
 * later visit to the shop page (back from a product) is not shown data from when the link was opened.
 */
export function embeddedShop(shopId: string): ShopWithProducts | null {
  if (used || !shopId) return null;
  if (parsed === undefined) parsed = read();
  return parsed?.shopId === shopId ? parsed.data : null;
}

/** The first view has shown the embedded data (called once the page is on screen). */
export function embeddedShopShown(): void {
  used = true;
}
