// What a friend reads about who ships (issue 16, 一件代发): a carried product's page, the cart's groups,
// checkout's split into one order per fulfiller, and the order page.

/** How one fulfiller is named in a sentence: the shop itself, or "由 秦岭蜂场 发货". */
function shipsBy(supplierName: string | null): string {
  return supplierName ? `由 ${supplierName} 发货` : '店主发货';
}

export const fulfillerUi = {
  shipsBy,
  product: {
    /** the heading of the supplier's block: who ships it, and that the proof below is theirs */
    heading: (supplierName: string) => `由 ${supplierName} 发货 · 质检报告`,
    proofHint: (supplierName: string) => `检测报告由 ${supplierName} 提供，点开可查看大图。`,
    storyHeading: (supplierName: string) => `${supplierName} 说`,
    shipWithin: (hours: number) => `付款后 ${hours} 小时内发货`,
    /** the gallery of a carried product with no photos: they are the supplier's to add (ui.product.noImage names the shopkeeper) */
    noImage: '供货商还没有上传图片',
    more: '展开',
    less: '收起',
  },
  cart: {
    /** the header of a group when the shop's lines ship from more than one place */
    group: shipsBy,
    /** the small mark on a carried product's card in the shop */
    mark: (supplierName: string) => `${supplierName} 发货`,
  },
  order: {
    /** near the shipping on the friend's order page: who ships, and who still answers after-sales (the seller) */
    shipsBy: (supplierName: string) => `由 ${supplierName} 直接发货`,
    afterSale: (shopName: string) => `物流由发货方填写；售后仍由「${shopName}」处理。`,
  },
  checkout: {
    /** said before paying when the cart holds more than one fulfiller */
    split: (parts: { supplierName: string | null; count: number }[]) =>
      `将分成 ${parts.reduce((n, p) => n + p.count, 0)} 笔订单：${parts.map((p) => `${shipsBy(p.supplierName)} ${p.count} 笔`).join('，')}`,
    splitHint: '每笔订单各自付款、各自发货。',
    /**
     * Under the note when a supplier ships part of the cart: the note reaches whoever ships (delivery wishes are
     * theirs to follow), so a friend should not write there what only the shopkeeper should read.
     */
    noteGoesTo: (supplierNames: string[], orders: number) =>
      `${orders > 1 ? `这条留言会带到每一笔订单上，` : ''}店主和发货的 ${supplierNames.join('、')} 都能看到。`,
    placed: '已下单',
    notPlaced: '未下单',
    openOrder: '去付款 ›',
    retry: (count: number) => `重新提交未下单的 ${count} 笔`,
  },
};
