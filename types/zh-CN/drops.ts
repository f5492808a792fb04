import { DROP_BOUNDS } from '../drop';

/** What the `drop` function answers (issue 17): errors a seller reads on the form, and the pick list's words. */
export const dropText = {
  dropNotFound: '没有找到这个接龙。',
  openShopFirst: '开店之后才能发起接龙。',
  productNotOnSale: (productId: string) => `接龙里有商品不在你的店里在售（${productId}）。`,
  carriedProduct: (title: string) => `「${title}」由供货商快递代发，不能放进接龙：接龙的货由你自己交给朋友。`,
  duplicateItem: '同一件商品只能加一次。',
  closesAtPast: '截止时间要晚于现在。',
  closesAtTooFar: `截止时间最多在 ${DROP_BOUNDS.maxDaysAhead} 天以后。`,
  noFulfilment: '至少选一种取货方式：自提点、送货上门或快递。',
  alreadyClosed: '这个接龙已经截止了。',
  /** a joiner who chose not to show their name */
  anonymous: '匿名',
  way: { pickup: '自提', delivery: '送货上门', shipping: '快递' },
  /** the pick list's CSV (export kind `drop`): one row per order line */
  csvHeader: ['取货方式', '自提点', '取货码', '收货人', '匿名跟团', '电话', '地址', '商品', '数量', '订单号', '状态'],
  /** the 匿名跟团 column of a joiner who hid their name from the joiners list */
  csvAnonymous: '是',
};
