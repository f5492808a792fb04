import { useEffect, useState } from 'react';
import { fetchShop } from '../shop';
import { useCart } from '../../stores/cart';

/**
 * The names of the cart's shops, and on the way the products' current price and stock
 * (the cart keeps what it saw when a product was added). Failures leave the cart as it was.
 */
export function useCartShops(shopIds: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = shopIds.join(',');
  useEffect(() => {
    let live = true;
    for (const shopId of key ? key.split(',') : []) {
      fetchShop(shopId)
        .then((data) => {
          if (!live) return;
          setNames((prev) => ({ ...prev, [shopId]: data.shop.name }));
          useCart.getState().refresh(data.products);
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
