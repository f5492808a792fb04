/**
 * Absolute links for the browser build's "复制链接": the host's short shop link (`/s/<shopId>`,
 * a redirect to the hash route) and the product page's hash route.
 */
export function shopShareUrl(origin: string, shopId: string): string {
  return `${origin}/s/${encodeURIComponent(shopId)}`;
}

export function productShareUrl(origin: string, productId: string): string {
  return `${origin}/#/pages/product/index?productId=${encodeURIComponent(productId)}`;
}

/** The page's origin in the browser; '' elsewhere. */
export function currentOrigin(): string {
  return typeof window !== 'undefined' && window.location ? window.location.origin : '';
}
