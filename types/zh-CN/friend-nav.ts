/** Text of the friend's way around: the bottom bar, the ways back, 再来一单, the next step when something is gone. */
export const friendNavUi = {
  bar: {
    shop: '店铺',
    cart: '购物车',
    orders: '我的订单',
    label: '小店导航',
    badge: (n: number) => (n > 99 ? '99+' : String(n)),
  },
  back: {
    toShop: (name: string) => `回到「${name}」逛逛`,
    toAShop: '回店里逛逛',
    toHome: '回到首页',
    myOrders: '看看我的订单',
  },
  reorder: {
    button: '再来一单',
    busy: '正在放进购物车…',
    loadFailed: '店里的商品没能读到，请稍后再试。',
    noneAdded: '这一单的商品现在都买不了了，去店里看看别的吧。',
    added: '已放进购物车',
    title: '有几件没能放进购物车',
    gone: (title: string) => `「${title}」已经下架了`,
    soldOut: (title: string) => `「${title}」已经卖完了`,
    fewer: (title: string, got: number) => `「${title}」只剩 ${got} 件，先放了 ${got} 件`,
    priceChanged: '价格以店里现在的为准。',
  },
  notFound: {
    shopHint: '链接可能过期了，或者店主关了这家店。',
    productHint: '这件商品可能已经下架了。',
    orderHint: '这张订单不在你的订单里，去看看自己的订单吧。',
  },
} as const;
