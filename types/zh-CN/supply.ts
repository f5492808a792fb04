// What a supplier (issue 16) is told: refusals of the supply function and its price band's rule.

export const supplyText = {
  supplierExists: '你已经是供货商了，一个微信只能开一个供货商账号。',
  openSupplierFirst: '成为供货商之后才能发布货品。',
  supplyProductNotFound: '没有找到这件货品。',
  alreadyArchived: '这件货品已经下架了。',
  supplyAboveMin: '供货价不能高于最低售价',
  minAboveMax: '最低售价不能高于最高售价',
  /** catalog.carry / catalog.update of a carried product: the seller's price leaves the supplier's band (the app's form says the same) */
  priceOutsideBand: (minFen: number, maxFen: number) => `售价须在供货商定的 ${yuanText(minFen)}–${yuanText(maxFen)} 元之间`,
  alreadyCarried: '你的店里已经有这件货品了。',
  carriedSupplyArchived: '供货商已经下架了这件货品，不能重新上架。',
  /** catalog.update of a carried product naming the supplier's part (title, stock, images, proof) */
  suppliersField: '这一项由供货商维护，代发的商品只能改售价和推荐语',
  /** a supplier's own product in its own shop: that is its own goods, not something it ships on another's behalf */
  carryOwnSupply: '这是你自己供的货，请直接在店里上架，不用代发。',
};

/** 5200 → "52", 5250 → "52.5", 5205 → "52.05": a band as people say it. */
function yuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(yuan);
  return cents % 10 === 0 ? `${yuan}.${cents / 10}` : `${yuan}.${String(cents).padStart(2, '0')}`;
}
