// What the supplier's orders, statements and settlements say (issue 16), and the seller's and buyer's
// "who ships it" line on an order a supplier fulfils.

export const supplyOrdersText = {
  /** order.create with products of more than one fulfiller (the shop's own and a supplier's, or two suppliers') */
  mixedFulfillers: '这些商品由不同的发货方发出，需要分开下单：请按发货方分别提交订单。',
  /** supply.settle for a shop the supplier never fulfilled an order of */
  sellerNotFound: '没有找到这位卖家：只能给为你代发过订单的店铺记账。',
  /** on the order's status, for the seller and the buyer: who ships it */
  shippedBy: (supplierName: string) => `由 ${supplierName} 发货`,
};
