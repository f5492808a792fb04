/** Texts of transfers between friends (issue 13): refunds sent by hand, note codes, shops that cannot be paid. */
export const transfersText = {
  cancelAfterTransfer: '你已经告诉店主转过账了，订单不能直接取消：店主确认收款后，可在订单里申请退款，店主会把钱转回给你。',
  noPaymentMethod: '这家店还没有设置收款方式，暂时不能下单。可以提醒店主设置转账说明或收款码。',
  noTransferRefundPending: '这个订单没有待转回的钱。',
  noteCodesExhausted: '这家店待付款的订单太多了，请稍后再下单。',
  /** the buyer's notice when the seller has sent a transfer back */
  refundSentHint: '店主已把钱转回给你，请查收',
  refundSentPhrase: '已转回',
  phoneMainland: '请填写 11 位手机号（1 开头）',
  phoneElsewhere: '请填写 11 位手机号；港澳台号码请带区号，如 +852 91234567',
} as const;
