import { callFunction } from '../../api';

/** What the launch page asks for: the caller's own shop, the shops they chose, their latest orders. */
export const homeApi = {
  myShop: () => callFunction('shop', 'mine', {}),
  following: () => callFunction('shop', 'following', {}),
  recentOrders: () => callFunction('order', 'listMine', {}),
};
