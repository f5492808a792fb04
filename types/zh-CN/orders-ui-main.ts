// The order flow's few words that the main package's pages say: the launch page's order rows, the product page,
// the drop page's join sheet, the shop's cannot-order notice. orders-ui and after-sales-ui take them from here,
// so those pages do not carry every order page's text (and the after-sale rules) in the main package.

export const ordersMainUi = {
  row: {
    itemCount: (n: number) => `共 ${n} 件`,
    total: (price: string) => `合计 ${price}`,
  },
  cartAdded: '已加入购物车',
  afterSalePromise: (hours: number) => `售后：店主承诺 ${hours} 小时内回复`,
  address: {
    privacyRefused: '需要你同意隐私保护指引，才能从微信读取收货地址。',
    chooseFailed: '没能读取收货地址，请再试一次。',
    detailLabel: '详细地址',
    detailPlaceholder: '省、市、区、街道、门牌号',
  },
  cannotOrder: '这家小店还没有设置收款方式，暂时不能下单。可以先收藏，过几天再来看看。',
};
