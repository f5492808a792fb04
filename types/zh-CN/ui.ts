/** Text shown by the app. Keep every visible string here so the wording can be reviewed in one place. */
export const ui = {
  appName: '熟人小店',
  common: {
    loading: '加载中…',
    retry: '重试',
    networkError: '网络不可用，请检查网络后重试。',
    badResponse: '服务器返回的内容无法识别，请稍后再试。',
  },
  shop: {
    title: '小店',
    missingShopId: '链接里缺少店铺信息，请让店主重新分享一次。',
    notFound: '店铺不存在',
    loadFailed: '店铺加载失败',
    refreshFailed: (message: string) => `刷新失败：${message}`,
    noImage: '暂无图片',
    empty: '店主还没有上架商品',
    emptyHint: '过几天再来看看吧。',
    soldOut: '售罄',
    stock: (n: number) => `剩 ${n} 件`,
    productsHeading: '在售好物',
    shareTitle: (name: string) => `${name} · 熟人小店`,
  },
  seller: {
    consoleTitle: '我的小店',
    noShop: '你还没有开店',
    noShopExplain: '在熟人小店开一家小店：最多上架 30 件你亲自把关的好物，写下每件东西的来历，卖给信任你的朋友。',
    myShop: '我的店铺',
    viewShop: '查看店铺主页',
    needIdentity: '请先以微信身份进入。',
  },
  dev: {
    title: '开发身份',
    current: (id: string | null) => (id ? `当前：${id}` : '当前：匿名'),
    asSeller: (id: string) => `以店主身份（${id}）`,
    asFriend: (id: string) => `以朋友身份（${id}）`,
    anonymous: '匿名',
  },
} as const;
