import { callFunction } from '../../api';
import type { ShopWithProducts } from '../../../types/shop';

/** `shop.get`: public, no identity needed — a shared shop link must open for anyone. */
export function fetchShop(shopId: string): Promise<ShopWithProducts> {
  return callFunction('shop', 'get', { shopId });
}
