import type { HandoverKind } from './order-machine';

/**
 * Whether an order's return goes back by hand: a drop's pickup or delivery order was handed over in person, so its
 * return is handed back the same way (the two agree when and where), with no carrier or tracking number; a shipped
 * order's return is posted back with both. The app's texts and the backend's checks both ask this.
 */
export function returnsInPerson(way: HandoverKind | undefined): boolean {
  return way === 'pickup' || way === 'delivery';
}
