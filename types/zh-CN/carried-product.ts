// What a friend reads about a carried product (issue 16) on the product page (main package): apart from sourcing.ts,
// the seller's 找货源 text.

export const carriedProductUi = {
  /** on the disabled buy button when the supplier's band left the seller's price outside it (order.create would refuse it) */
  notBuyableNow: '店主调价中，暂不能买',
};
