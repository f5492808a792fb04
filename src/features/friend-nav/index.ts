export { FriendNavBar, type FriendTab } from './FriendNavBar';
export { PageSkeleton, type SkeletonKind } from './PageSkeleton';
export { NextSteps } from './NextSteps';
export { ShopWayBack } from './ShopWayBack';
export { friendRoutes, shopTarget, HOME_PATH } from './routes';
export { OrderWayBack } from './OrderWayBack';
