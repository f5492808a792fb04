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
};

/** 5200 → "52", 5250 → "52.5", 5205 → "52.05": a band as people say it. */
function yuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  if (cents === 0) return String(yuan);
  return cents % 10 === 0 ? `${yuan}.${cents / 10}` : `${yuan}.${String(cents).padStart(2, '0')}`;
}
