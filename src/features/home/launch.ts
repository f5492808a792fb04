import type { Order } from '../../../types/order';
import type { FollowedShop, Shop } from '../../../types/shop';
import type { ApiError } from '../../api';

export type Section<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

export interface LaunchState {
  myShop: Section<Shop | null>;
  following: Section<FollowedShop[]>;
  orders: Section<Order[]>;
}

/** The way forward the launch page offers first. */
export type Lead = 'loading' | 'anonymous' | 'seller' | 'openShop';

/** How many of the latest orders the launch page shows (the rest are one tap away). */
export const RECENT_ORDERS = 3;

/**
 * Who is looking, from what the backend answered: anyone the backend calls UNAUTHENTICATED has no
 * identity (the browser without a dev identity); with an identity, the seller is led to their shop
 * and everyone else to opening one — their followed shops and orders are shown to both.
 */
export function leadOf(state: LaunchState): Lead {
  const sections = [state.myShop, state.following, state.orders];
  if (sections.some((s) => s.status === 'error' && s.error.code === 'UNAUTHENTICATED')) return 'anonymous';
  if (state.myShop.status === 'loading') return 'loading';
  if (state.myShop.status === 'ready' && state.myShop.data) return 'seller';
  return 'openShop';
}

/**
 * Where the launch page puts 开一家小店 for a friend without a shop: someone who already has orders
 * or followed shops opens the app for those, so the offer goes last and small; a newcomer with
 * neither sees it first. Undecided (null) until both lists have answered, so it does not jump.
 */
export function openShopPlace(state: LaunchState): 'first' | 'last' | null {
  const { following, orders } = state;
  if (following.status === 'loading' || orders.status === 'loading') return null;
  const hasSome = (following.status === 'ready' && following.data.length > 0) || (orders.status === 'ready' && orders.data.length > 0);
  return hasSome ? 'last' : 'first';
}
