import type { Drop, PickList, PickListGroup, PickWay } from '../../../types/drop';
import type { OrderStatus } from '../../../types/order';
import { dropsUi } from '../../../types/zh-CN/drops-ui';

/** Orders that no longer need anything handed over. */
const GONE: readonly OrderStatus[] = ['cancelled', 'refunded'];

export function isGone(status: OrderStatus): boolean {
  return GONE.includes(status);
}

/**
 * Paid orders still to hand over (the pick list holds exactly the paid and ready ones: CONTRACT, drop.pickList),
 * and the rest of the joins (drop.get counts every join not cancelled or refunded): unpaid ones, or ones already
 * handed over or shipped. The backend gives no finer split, so the page names the rest as both.
 */
export function paymentCounts(list: PickList, joinedCount: number): { paid: number; rest: number } {
  const paid = list.groups.reduce((n, g) => n + g.orders.filter((o) => !isGone(o.status)).length, 0);
  return { paid, rest: Math.max(0, joinedCount - paid) };
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
