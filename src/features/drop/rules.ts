import type { Drop, DropItem, OrderFulfilment } from '../../../types/drop';
import type { Address } from '../../../types/order';

/** Pieces chosen per product id. */
export type Quantities = Record<string, number>;

/** The most of one product a buyer may pick now: its per-buyer limit, and never more than is left. */
export function maxQty(item: DropItem): number {
  return Math.max(0, Math.min(item.limitPerBuyer, item.stock));
}

/** Two taps: one of the first product still in stock is already chosen. */
export function initialQuantities(items: readonly DropItem[]): Quantities {
  const first = items.find((i) => maxQty(i) > 0);
  return Object.fromEntries(items.map((i) => [i.productId, i === first ? 1 : 0]));
}

export function setQty(quantities: Quantities, item: DropItem, qty: number): Quantities {
  return { ...quantities, [item.productId]: Math.max(0, Math.min(maxQty(item), Math.round(qty))) };
}

export function chosenLines(items: readonly DropItem[], quantities: Quantities): { productId: string; qty: number }[] {
  return items.filter((i) => (quantities[i.productId] ?? 0) > 0).map((i) => ({ productId: i.productId, qty: quantities[i.productId] }));
}

export function totalOf(items: readonly DropItem[], quantities: Quantities): { pieces: number; fen: number } {
  return items.reduce((acc, i) => {
    const qty = quantities[i.productId] ?? 0;
    return { pieces: acc.pieces + qty, fen: acc.fen + qty * i.priceFen };
  }, { pieces: 0, fen: 0 });
}

/** The ways a drop offers, in the order the page shows them: its pickup points, then delivery, then shipping. */
export function waysOf(drop: Drop): OrderFulfilment[] {
  return [
    ...drop.fulfilment.pickup.map((_, pickupIndex): OrderFulfilment => ({ kind: 'pickup', pickupIndex })),
    ...(drop.fulfilment.delivery ? [{ kind: 'delivery' } as const] : []),
    ...(drop.fulfilment.shipping ? [{ kind: 'shipping' } as const] : []),
  ];
}

/** Chosen for them when there is only one way; otherwise the buyer picks. */
export function initialWay(drop: Drop): OrderFulfilment | null {
  const ways = waysOf(drop);
  return ways.length === 1 ? ways[0] : null;
}

export function sameWay(a: OrderFulfilment | null, b: OrderFulfilment | null): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind !== 'pickup' || (b.kind === 'pickup' && a.pickupIndex === b.pickupIndex);
}

/** Only delivery and shipping need where to bring it; a pickup needs a name and a phone. */
export function needsDetail(way: OrderFulfilment | null): boolean {
  return way !== null && way.kind !== 'pickup';
}

export function isClosed(drop: Drop, now: number): boolean {
  return drop.status === 'closed' || Date.parse(drop.closesAt) <= now;
}

/** What joining sends to `order.create` (CONTRACT.md, Additions, `drop`). */
export interface DropJoinParams {
  shopId: string;
  items: { productId: string; qty: number }[];
  address: Address;
  idempotencyKey: string;
  dropId: string;
  fulfilment: OrderFulfilment;
  showName: boolean;
}

export function joinParams(drop: Drop, quantities: Quantities, way: OrderFulfilment, address: Address, anonymous: boolean, idempotencyKey: string): DropJoinParams {
  const name = address.name.trim();
  const phone = address.phone.trim();
  return {
    shopId: drop.shopId,
    items: chosenLines(drop.items, quantities),
    // a pickup asks for no address line: nothing to bring anywhere
    address: { name, phone, detail: needsDetail(way) ? address.detail.trim() : '' },
    idempotencyKey,
    dropId: drop.id,
    fulfilment: way,
    showName: !anonymous,
  };
}

/** The sheet's fields and their errors. */
export type JoinErrors = Partial<Record<'name' | 'phone' | 'detail', string>>;

/** The backend's field paths ("address.phone") → the sheet's fields. */
export function joinErrorsFrom(fields: Record<string, string>): JoinErrors {
  const out: JoinErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const head = parts[0] === 'address' ? parts[1] : parts[0];
    if ((head === 'name' || head === 'phone' || head === 'detail') && !out[head]) out[head] = message;
  }
  return out;
}
