import type { OrderStatus } from '../order';

export const orderStatusText: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  awaiting_confirmation: '待店主确认收款',
  paid: '待发货',
  // a drop's pickup or delivery order (issue 17): the goods are at the point, the buyer comes with the code
  ready: '已到货，待取货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
  after_sale: '售后中',
  refunded: '已退款',
};

/** The same statuses as the seller reads them: what waits for the seller says so ("待你…"), what waits for the buyer names the buyer. */
export const sellerOrderStatusText: Record<OrderStatus, string> = {
  ...orderStatusText,
  pending_payment: '待买家付款',
  awaiting_confirmation: '待你确认收款',
  ready: '待取货',
};

/** The status in the words of the side reading it. */
export function statusTextFor(side: 'buyer' | 'owner', status: OrderStatus): string {
  return side === 'owner' ? sellerOrderStatusText[status] : orderStatusText[status];
}

export const orderText = {
  orderNotFound: '没有找到这个订单。',
  notYourOrder: '这不是你的订单。',
  notYourOrderAction: '这个操作不该由你来做。',
  wrongOrderState: (status: OrderStatus) => `订单现在是「${orderStatusText[status]}」，不能进行这个操作。`,
  outOfStock: (title: string, available: number) => (available > 0 ? `「${title}」只剩 ${available} 件了。` : `「${title}」已经卖完了。`),
  ownShop: '不能在自己的店里下单。',
  productNotInShop: '有商品不在这家店里，或已下架。',
  noWechatPay: '这家店还没有开通微信支付，请选择转账付款。',
  alreadyReviewed: '这个订单已经评价过了。',
  noReviewYet: '买家还没有评价。',
  paymentNotFound: '没有找到这笔支付。',
  amountMismatch: '支付金额与订单不符。',
  tooManyOfOne: (max: number) => `同一商品最多买 ${max} 件`,
};

/** The notes an order's timeline keeps beside each step (both sides read them). */
export const orderNoteText = {
  wechatPayStarted: '发起微信支付',
  wechatPaid: '微信支付成功',
  transferSent: '买家已转账，等待店主确认',
  transferConfirmed: '店主已确认收款',
  transferNotReceived: '店主未收到转账',
  /** cancel_reason of an order that was never paid */
  expiredReason: '超时未付款',
  expired: '超时未付款，已自动取消',
  autoCompleted: (days: number) => `发货 ${days} 天后自动确认收货`,
  rated: (rating: number) => `${rating} 星`,
  refundSent: (yuan: string) => `店主已转回 ¥${yuan}`,
  /** after the first product's title in a message: " 等3件" (several products), " ×2" (one, several pieces) */
  itemsSuffix: (lines: number, pieces: number) => (lines > 1 ? ` 等${pieces}件` : pieces > 1 ? ` ×${pieces}` : ''),
};
