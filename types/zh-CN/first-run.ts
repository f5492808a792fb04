/** The seller console's first-run checklist and its quiet states for a shop with no orders yet (issue 14). */
export const firstRunUi = {
  heading: '开张前，一步步来',
  progress: (done: number, total: number) => `已完成 ${done} / ${total}`,
  steps: {
    profile: '写好店名、介绍，换上头像',
    product: '上架第一件商品',
    payment: '设置收款方式',
    share: '把小店分享给朋友',
    notices: '接收新订单提醒',
    post: '发第一条朋友圈',
  },
  /** a done step's name in the folded line */
  short: { profile: '店铺资料', product: '第一件商品', payment: '收款方式', share: '分享小店', notices: '订单提醒', post: '第一条朋友圈' },
  /** what the seller gets from each step, under its title */
  why: {
    profile: '朋友进店先看到的就是这些',
    product: '写下它的来历，附上品质证明，朋友更放心',
    payment: '转账说明、收款码或微信支付，有一种朋友就能下单',
    share: '打开店铺页，转发给朋友或发到群里',
    notices: '有人下单、申请售后时，微信提醒你',
    post: '排好时间，到点提醒你发，不刷屏',
  },
  /** what is still missing in a step that is half done */
  missing: {
    avatar: '还差头像',
    avatarAndIntro: '还差头像和店铺介绍',
    intro: '还差店铺介绍',
    story: '还差商品来历',
    proof: '还差品质证明',
  },
  go: '去完成',
  doneLabel: '已完成',
  doneList: (names: string) => `已完成：${names}`,
  dismiss: '先不看这些了',
  dismissTitle: '收起开张清单？',
  dismissText: '收起后不再显示。这些事随时可以在下面的菜单里做。',
  dismissConfirm: '收起',
  keep: '再看看',
  allDone: '开张准备都做好了，等朋友下单吧',
  today: {
    noOrders: '还没有订单。朋友下单后，要你确认收款、发货的订单会出现在这里。',
  },
} as const;
