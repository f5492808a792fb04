export { FriendNavBar, type FriendTab } from './friend-nav-bar';
export { PageSkeleton, type SkeletonKind } from './page-skeleton';
export { NextSteps } from './next-steps';
export { ShopWayBack } from './shop-way-back';
export { friendRoutes, shopTarget, HOME_PATH } from './routes';
export { OrderWayBack } from './order-way-back';
