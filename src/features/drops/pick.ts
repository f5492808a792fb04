import type { Drop, DropView, PickListGroup, PickWay } from '../../../types/drop';
import type { OrderStatus } from '../../../types/order';
import { dropsUi } from '../../../types/zh-CN/drops-ui';

/** Orders that no longer need anything handed over. */
const GONE: readonly OrderStatus[] = ['cancelled', 'refunded'];

export function isGone(status: OrderStatus): boolean {
  return GONE.includes(status);
}

/** The seller's split of a drop's joins, each an exact count of orders (drop.get gives the owner `counts`). */
export interface JoinCounts {
  /** not paid yet (pending_payment): cancelled at the cutoff unless paid */
  unpaid: number;
  /** the friend says they transferred; the seller has to check */
  toConfirm: number;
  /** paid and ready: still to hand over (what the pick list holds) */
  toHandOver: number;
  /** completed or shipped */
  handedOver: number;
  afterSale: number;
}

export function joinCounts(view: DropView): JoinCounts {
  const c = view.counts ?? {};
  const n = (...statuses: OrderStatus[]) => statuses.reduce((sum, s) => sum + (c[s] ?? 0), 0);
  return {
    unpaid: n('pending_payment'),
    toConfirm: n('awaiting_confirmation'),
    toHandOver: n('paid', 'ready'),
    handedOver: n('completed', 'shipped'),
    afterSale: n('after_sale'),
  };
}

/** The group's heading: the pickup point's name, 送货上门 or 快递. */
export function wayTitle(way: PickWay): string {
  if (way.kind === 'pickup') return dropsUi.pick.pickup(way.point.name);
  return way.kind === 'delivery' ? dropsUi.pick.delivery : dropsUi.pick.shipping;
}

/** A stable key (and class name) per way. */
export function wayKey(way: PickWay): string {
  return way.kind === 'pickup' ? `pickup-${way.pickupIndex}` : way.kind;
}

/** The pieces the group's totals add up to. */
export function groupPieces(group: PickListGroup): number {
  return group.totals.reduce((sum, t) => sum + t.qty, 0);
}

/** Paid orders at a pickup point: the buyers 到货了 tells (markReady moves paid ones only). */
export function paidAt(group: PickListGroup): number {
  return group.orders.filter((o) => o.status === 'paid').length;
}

/** The owner's drops as the list shows them: open ones first (soonest cutoff first), then closed ones, latest first. */
export function sortDrops(drops: readonly Drop[]): Drop[] {
  const open = drops.filter((d) => d.status === 'open').sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
  const closed = drops
    .filter((d) => d.status !== 'open')
    .sort((a, b) => Date.parse(b.closedAt ?? b.closesAt) - Date.parse(a.closedAt ?? a.closesAt));
  return [...open, ...closed];
}
