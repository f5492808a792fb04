// After-sale of a drop's pickup or delivery order (issue 17): it was handed over in person, so a return is handed
// back in person too — never 寄回 by courier, no tracking number, no return address. Where the shipped order's
// words (afterSalesUi, ordersUi.afterSale) speak of posting, these are said instead.

export const inPersonReturnText = {
  typeHint: { refund: '不用退回商品，店主同意后退钱', return: '店主同意后 7 天内当面退回，店主收到后退钱' },
  /** the after-sale card's status, both sides */
  status: { approved: '店主已同意退货，请当面退回', returned: '买家已当面退回，等待店主确认' },
  /** the seller approving: nothing to fill in */
  sellerApprove: '自提/送货的订单不用填退货地址：和朋友约好时间地点，当面收回东西，收到后确认退款。',
  heading: '当面退回',
  deadline: (time: string) => `请在 7 天内（${time} 前）退回，逾期申请自动关闭`,
  howTo: '请与卖家约定当面退回：在微信里约好时间地点，把东西交给店主后点「我已当面退回」。',
  button: '我已当面退回',
  confirmTitle: '已经当面退给店主了吗？',
  confirmText: '店主确认收到后就会退款。',
  done: '已告诉店主你当面退回了',
  /** the seller's line above 确认收到退货 */
  handedBack: '买家说已当面退回',
  /** the seller, while an approved return waits to be handed back: they may confirm as soon as they have it */
  sellerWaiting: '已同意退货，等朋友当面退回；东西到手就可以确认，不用等朋友点「我已当面退回」',
  sellerDeadline: (time: string) => `${time} 前未退回也未确认，申请自动关闭`,
  sellerConfirm: '确认已收到退货',
  sellerConfirmTitle: '已经当面收回东西了吗？',
  sellerConfirmText: (amount: string) => `确认后将退款 ${amount} 给买家。`,
} as const;
