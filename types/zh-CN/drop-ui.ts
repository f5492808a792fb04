// The friend's side of a group drop (接龙, issue 17): the drop page, its join sheet, the shop's drop card and the
// pickup code on the buyer's order page. No word here asks anyone to share: WeChat forbids rewarding or pressing
// people to share, and the issue says so.

export const dropUi = {
  pageTitle: '接龙',
  shareTitle: (title: string, shopName: string) => `${shopName} · ${title}`,
  missingDropId: '链接里没有接龙编号，请重新打开分享给你的卡片',
  notFound: '这个接龙不存在了',
  loadFailed: '接龙没加载出来',
  // the cutoff
  closesIn: '距截止还剩',
  days: (d: number, h: number) => `${d} 天 ${h} 小时`,
  hours: (h: number, m: number) => `${h} 小时 ${m} 分`,
  closesAt: (when: string) => `${when} 截止`,
  closed: '已截止',
  closedHint: '这个接龙已经截止，不能再跟团了',
  // products
  productsHeading: '这次有',
  limit: (n: number) => `每人限 ${n} 件`,
  stock: (n: number) => `还剩 ${n} 件`,
  soldOut: '已抢完',
  minus: '减一件',
  plus: '加一件',
  // ways
  waysHeading: '怎么拿',
  pickupHeading: '自提点',
  pickupWindow: (window: string) => `取货时间：${window}`,
  delivery: '送货上门',
  shipping: '快递',
  // joiners
  joined: (people: number, pieces: number) => `已跟团 ${people} 人 · ${pieces} 件`,
  joinerQty: (qty: number) => `+${qty} 件`,
  noJoiners: '还没有人跟团',
  // joining
  join: '跟团',
  total: (price: string, pieces: number) => `共 ${pieces} 件 · ${price}`,
  chooseSome: '先选要几件',
  chooseWay: '选一个取货方式',
  sheetTitle: '确认跟团',
  nameLabel: '姓名',
  namePlaceholder: '取货时报的名字',
  phoneLabel: '手机号',
  phonePlaceholder: '方便店主联系你',
  required: '请填写',
  useWechatAddress: '使用微信地址',
  anonymous: '匿名跟团',
  anonymousHint: '接龙名单里显示「匿名」，店主仍看得到你的名字',
  confirm: '确认跟团',
  submitting: '正在提交…',
  cancel: '再想想',
  // the sheet's summary of what 确认跟团 confirms
  summaryLine: (title: string, qty: number) => `${title} × ${qty}`,
  summaryPickup: (name: string, window: string) => `自提 · ${name} · ${window}`,
  remaining: (n: number) => (n > 0 ? `你最多还能跟 ${n} 件` : '你已经跟满了这次的限购'),
  nowClosed: '接龙刚刚截止了',
  // Moments' single-page mode
  singlePage: '这里只能看看。点屏幕下方的「前往小程序」，在微信里打开即可跟团。',
  // the shop page's card
  shopCardHeading: '正在接龙',
  shopCardCta: '去看看 ›',
  // the buyer's order page
  pickupCode: '取货码',
  pickupCodeHint: '取货时给店主看这 6 位数字，或让店主扫码',
  pickupPoint: '自提点',
  deliveryNote: '店主会送货上门，到时给店主看取货码',
} as const;
