import { callFunction } from '../../api';
import type { ProductWithReviews } from '../../../types/product';

/** `catalog.get`: public for active products, no identity needed (a product card opens for anyone). */
export function fetchProduct(productId: string): Promise<ProductWithReviews> {
  return callFunction('catalog', 'get', { productId });
}
