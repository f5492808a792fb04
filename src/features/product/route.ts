/** The product page's address inside the app and in share cards. */
export function productPagePath(productId: string): string {
  return `/pages/product/index?productId=${encodeURIComponent(productId)}`;
}
