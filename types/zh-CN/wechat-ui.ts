/** Text for WeChat-only situations (Moments single-page mode, …). */
export const wechatUi = {
  singlePage: {
    title: '你正在朋友圈里浏览',
    shop: '这里只能看看。点屏幕下方的「前往小程序」，就能看商品详情、下单，或关注这家店。',
    product: '这里只能看看。点屏幕下方的「前往小程序」，就能下单、加入购物车，或进店逛逛。',
  },
} as const;
