import { orderRoutes, shopPagePath } from '../../utils/routes';

export const HOME_PATH = '/pages/home/index';

/** Where "店铺" leads: the given shop, else the last shop the friend looked at, else the launch page. */
export function shopTarget(shopId: string | null | undefined, lastShopId: string | null): string {
  const id = shopId || lastShopId;
  return id ? shopPagePath(id) : HOME_PATH;
}

export const friendRoutes = { home: HOME_PATH, cart: orderRoutes.cart, orders: orderRoutes.orders };
