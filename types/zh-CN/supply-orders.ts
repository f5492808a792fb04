// What the supplier's orders, statements and settlements say (issue 16), and the seller's and buyer's
// "who ships it" line on an order a supplier fulfils.
import type { OrderStatus } from '../order';

export const supplyOrdersText = {
  /** order.create with products of more than one fulfiller (the shop's own and a supplier's, or two suppliers') */
  mixedFulfillers: '这些商品由不同的发货方发出，需要分开下单：请按发货方分别提交订单。',
  /**
   * order.create of a carried product whose price the supplier's current band no longer allows (the supplier changed
   * its price or band after the seller priced it): the buyer cannot fix it, the seller must change the price
   */
  priceOutsideBand: (title: string) => `「${title}」的供货价刚调整过，店主还没改好售价，暂时不能购买，请稍后再来看看。`,
  /** supply.settle for a shop the supplier never fulfilled an order of */
  sellerNotFound: '没有找到这位卖家：只能给为你代发过订单的店铺记账。',
  /** the seller's status label of a paid order the supplier sends (the buyer's still reads 待发货) */
  sellerPaidStatus: '待供货商发货',
  /** on the order's status, for the seller and the buyer: who ships it */
  shippedBy: (supplierName: string) => `由 ${supplierName} 发货`,
  /** the order timeline's line for the supplier's 发货 (ordersUi.timeline's says 店主已发货) */
  supplierShipped: (supplierName: string) => `${supplierName} 已发货`,
  /**
   * The status header's hint on a supplier's order, where the shop's own says the shop ships: the statuses before
   * it leaves (later ones read the same for either fulfiller).
   */
  buyerHint: {
    pending_payment: (supplierName: string) => `店主收到钱后，${supplierName} 会直接为你发货。`,
    // no 取消 button then (CONTRACT.md, Additions), as ordersUi.status.buyerHint says
    awaiting_confirmation: (supplierName: string) => `你已转账，店主核对到账后，${supplierName} 会直接为你发货。想取消的话，等钱到账后再申请退款。`,
    paid: (supplierName: string) => `店主已收到钱，${supplierName} 正在为你打包发货。`,
  } satisfies Partial<Record<OrderStatus, (supplierName: string) => string>>,
  sellerHint: {
    paid: (supplierName: string) => `买家已付款，${supplierName} 会直接发货，不用你寄。`,
  } satisfies Partial<Record<OrderStatus, (supplierName: string) => string>>,
};
