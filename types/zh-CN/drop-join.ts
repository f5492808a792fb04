// What joining a drop, 到货了 and the pickup code answer (issue 17): errors the friend and the seller read as is.

export const dropJoinText = {
  dropNotFound: '没有找到这个接龙。',
  dropClosed: '这个接龙已经截止了。',
  notInDrop: '接龙里没有这件商品。',
  wayNotOffered: '这个接龙没有这种取货方式。',
  pickupPointMissing: '没有这个自提点。',
  /** the buyer's own earlier joins count toward the limit */
  overLimit: (title: string, remaining: number) => (remaining > 0 ? `「${title}」每人限购，你最多还能跟 ${remaining} 件。` : `「${title}」你已经跟满限购的数量了。`),
  codesExhausted: '店里待取货的订单太多，暂时无法生成取货码，请稍后再试。',
  codeNotFound: '没有找到这个取货码的待取货订单，请核对后再试。',
  /** the order page's line under 待发货 on a drop's paid pickup or delivery order: it is handed over, not shipped */
  paidHint: {
    owner: { pickup: '买家已付款。东西到了在接龙里点「到货了」，买家来拿时输入取货码。', delivery: '买家已付款。送到时让买家出示取货码，输入后这一单就完成了。' },
    buyer: { pickup: '店主已收到钱，东西到了会通知你来自提点取。', delivery: '店主已收到钱，送到时把订单里的6位码给店主看。' },
  },
  /** the 订单状态 message a buyer gets when their point's goods arrived (phrase ≤ 5 汉字, hint ≤ 20 characters) */
  readyPhrase: '待取货',
  readyHint: (point: string) => `已到${point}，凭取货码取货`,
};
