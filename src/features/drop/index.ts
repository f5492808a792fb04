// The friend's side of a group drop (issue 17), main package: the drop page's parts, the shop page's card, the
// pickup code on the buyer's order page.
export { dropApi } from './api';
export { useDrop } from './use-drop';
export { useJoin, missingFields } from './use-join';
export { useCutoff, cutoffAt, type Cutoff } from './countdown';
export { formatDropTime } from './format';
export { maxQty, initialQuantities, joinParams, totalOf, waysOf, isClosed, type DropJoinParams, type Quantities } from './rules';
export { DropHeader, DropItems, DropWays, DropJoiners } from './components/drop-parts';
export { JoinSheet } from './components/join-sheet';
export { ShopDrops } from './components/shop-drops';
export { PickupCodeCard, pickupCodeOf, type DropOrderFields } from './components/pickup-code';
