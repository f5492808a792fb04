import type { PaymentMethod, RefundReason } from '../order';

/** Refunds as both sides see them on the order page, and the notes the backend writes in the history. */
export const refundsText = {
  heading: '退款',
  status: { pending: '退款中', done: '已退款' },
  reason: { surplus: '多付的款项', cancel: '订单取消', after_sale: '售后退款' } satisfies Record<RefundReason, string>,
  method: { wechat: '微信支付原路退回', transfer: '转账付款，由店主转回' } satisfies Record<PaymentMethod, string>,
  at: (time: string) => `发起于 ${time}`,
  doneAt: (time: string) => `到账于 ${time}`,
  /** the buyer, while a WeChat refund is on its way */
  buyerWechatPending: '退款已提交微信支付，一般几分钟到账，银行卡最长需几个工作日。',
  /** the buyer, while the seller owes a transfer back */
  buyerTransferPending: '这笔钱是转账付的，需要店主手动转回给你；收到后店主会在这里标记。',
  /** the seller, for a transfer the shop must send back by hand */
  sellerTransferPending: (amount: string) => `请把 ${amount} 转回给买家（转账付的款不能自动退回）。`,
  /** WeChat answered CHANGE (退款异常) or REFUNDCLOSE (退款关闭) */
  buyerProblem: '微信支付没能原路退回这笔钱，店主会处理并联系你。',
  sellerProblem: '微信支付原路退款失败（如银行卡已注销）：请到微信支付商户平台的退款管理处理这笔退款。',
  /** the history's note when WeChat Pay could not return a refund */
  failedNote: (status: string) => (status === 'REFUNDCLOSE' ? '微信支付退款关闭，需店主处理' : '微信支付原路退款异常，需店主处理'),
  refundNotFound: '没有找到这笔退款。',
  amountMismatch: '退款金额与记录不符。',
  /** the history's note when a payment the order did not need is refunded */
  surplusNote: '这笔付款是多余的，已全额退回',
  unknownStatus: (status: string) => `未知的退款状态：${status}`,
};
