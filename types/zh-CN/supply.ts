// What a supplier (issue 16) is told: refusals of the supply function and its price band's rule.

export const supplyText = {
  supplierExists: '你已经是供货商了，一个微信只能开一个供货商账号。',
  openSupplierFirst: '成为供货商之后才能发布货品。',
  supplyProductNotFound: '没有找到这件货品。',
  alreadyArchived: '这件货品已经下架了。',
  supplyAboveMin: '供货价不能高于最低售价',
  minAboveMax: '最低售价不能高于最高售价',
};
