/** What the backend answers about an after-sale's amount, items and return steps. */
export const afterSaleErrors = {
  amountTooHigh: (leftFen: number) => `退款金额不能超过未退的 ¥${(leftFen / 100).toFixed(2)}`,
  nothingLeft: '这笔订单的钱已经全部退回',
  notALine: '只能选这笔订单里的商品',
  tooMany: (title: string, qty: number) => `${title} 只买了 ${qty} 件`,
  returnAddressRequired: '同意退货需要填写退货地址',
  returnNotShipped: '买家还没有寄回退货，收到后再确认',
  /** a shipped order's return goes back by courier: its carrier and number are asked for */
  trackingRequired: '寄回的退货需要填写快递公司和单号',
};

/** Notes in the order's timeline for the return's steps. */
export const afterSaleNotes = {
  returnApproved: (detail: string) => `同意退货，寄回 ${detail}`,
  returnShipped: (carrier: string, trackingNo: string) => `买家已寄回 ${carrier} ${trackingNo}`,
  /** a drop's pickup or delivery order: agreed between them, handed back in person */
  returnApprovedInPerson: '同意退货，当面退回',
  returnHandedBack: '买家已当面退回',
  returnConfirmed: (amount: string) => `店主确认收到退货，退款 ¥${amount}`,
  refunded: (amount: string) => `退款 ¥${amount}`,
  returnClosed: (days: number) => `退货未在 ${days} 天内退回，售后已关闭`,
  returnAutoConfirmed: (days: number) => `店主 ${days} 天未确认收到退货，已自动退款`,
};
