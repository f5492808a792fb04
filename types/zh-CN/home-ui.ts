/** The launch page (pages/home): what opens when the mini program is opened without a link. */
export const homeUi = {
  title: '熟人小店',
  tagline: '卖给认识的人，只卖自己信得过的东西',
  myShop: {
    label: '我的小店',
    console: '进入店铺后台',
    view: '看看我的店',
  },
  openShop: {
    title: '开一家小店',
    text: '最多 30 件好东西，每件都讲清来历和品质证明。分享给朋友，他们打开就能下单。不收费，不囤货，不拉人。',
    button: '开一家小店',
    compactHint: '也想卖自己信得过的东西？',
    compactButton: '开一家小店 ›',
  },
  anonymous: {
    title: '欢迎来到熟人小店',
    text: '朋友分享给你的店铺和商品链接，打开就能看。要开店或下单，请在微信里打开熟人小店。',
  },
  following: {
    heading: '关注的店铺',
    empty: '还没有关注的店铺',
    emptyHint: '在朋友的店铺页点「关注」，下次从这里就能直接进店。',
    following: '已关注',
    muted: '已静音',
    loadFailed: '关注的店铺没有加载出来',
  },
  orders: {
    heading: '我的订单',
    all: '全部订单 ›',
    empty: '还没有订单',
    emptyHint: '在朋友的店里下单后，订单会出现在这里。',
    loadFailed: '订单没有加载出来',
  },
  shopLoadFailed: '没能确认你是否开了店',
} as const;
