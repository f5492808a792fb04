// What a seller reads while carrying a supplier's product (issue 16): 找货源, the carry form, the carried
// product's read-only part, and the 货源对账 section of the console.

import { carriedProductUi } from './carried-product';

export const sourcingText = {
  listTitle: '找货源',
  detailTitle: '货源详情',
  catalogEntry: '找货源',
  catalogEntryHint: '供货商一件代发：不用囤货，不花一分钱，你只管推荐',
  searchPlaceholder: '搜货品，比如 蜂蜜',
  search: '搜索',
  empty: '还没有可以代发的货品',
  emptySearch: (q: string) => `没有找到「${q}」相关的货品`,
  emptyHint: '供货商上架之后，这里就能看到',
  more: '加载更多',
  loadingMore: '加载中…',
  band: (min: string, max: string) => `建议售价 ${min}–${max}`,
  /** the seller's catalog, on a carried product the supplier's new band left its price outside of: orders are refused until it moves */
  bandChanged: (min: string, max: string) => `供货商调整了价格区间，请把售价改到 ${min}–${max} 之间`,
  /** a friend's product page of such a product, on the disabled buy button (order.create would refuse it) */
  notBuyableNow: carriedProductUi.notBuyableNow,
  stock: (n: number) => (n > 0 ? `库存 ${n}` : '已售罄'),
  shipWithin: (hours: number) => (hours % 24 === 0 ? `${hours / 24} 天内发货` : `${hours} 小时内发货`),
  carriedBy: (n: number) => (n > 0 ? `${n} 家在卖` : '还没有人在卖'),
  alreadyCarried: '已在店里',
  supplierLabel: '供货商',
  storyHeading: '供货商说',
  proofHeading: '质检报告',
  noProof: '供货商还没有上传质检报告',
  supplyPrice: (price: string) => `你的供货价 ${price}/件`,
  carryHeading: '一件代发',
  carryFree: '代发不花钱：不用进货，不用囤货，供货商直接发给买家。卖出一件，月底按供货价和供货商对账。',
  priceLabel: '你的售价（元）',
  priceHint: (min: string, max: string) => `在 ${min}–${max} 之间由你定`,
  storyLabel: '你的推荐语（选填）',
  storyHint: '朋友先看到你的话，再看到供货商的介绍',
  storyPlaceholder: '你自己吃过吗？为什么推荐给朋友？',
  carry: '放进我的店',
  carrying: '正在放进…',
  carried: '已放进你的店',
  carriedGoEdit: '去店里看看',
  soldOut: '已售罄，暂时不能代发',
  notFound: '这件货品找不到了',
  // the seller's product form for a carried product
  carriedFormTitle: '编辑代发商品',
  shippedBy: (supplier: string) => `由 ${supplier} 发货`,
  carriedBandLine: (supply: string | null, min: string, max: string) =>
    supply ? `供货价 ${supply} · 售价区间 ${min}–${max}` : `售价区间 ${min}–${max}`,
  carriedReadOnly: '名称、图片、质检报告和库存是供货商的，由供货商维护',
  carriedTitleLabel: '商品名称',
  carriedStockLabel: '库存（供货商的，各店共用）',
  carriedImagesLabel: '商品图片',
  carriedProofLabel: '质检报告',
  carriedSupplierStory: '供货商的介绍',
  carriedStoryLabel: '你的推荐语',
  // the catalog's mark on a carried row
  carriedMark: (supplier: string) => `代发 · ${supplier}`,
  // the console's statement section
  statementTitle: '货源对账',
  statementHint: '按供货价算：卖出的件数减去退款的',
  statementEmpty: '代发的货还没有卖出，卖出后这里按供货商列出要结的钱',
  pieces: (n: number) => `${n} 件`,
  owed: '应付',
  settled: '已付',
  balance: '未结',
  paidAhead: '多付',
} as const;
