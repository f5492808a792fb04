/** Texts of reviews: which product a review is about, who wrote it and when they bought (issue 14). */
export const reviewText = {
  /** order.review with a productId that is not one of the order's products */
  notInOrder: '只能评价这笔订单里的商品',
  productLabel: '评价哪件商品',
  wholeOrder: '整单',
  chooseProduct: '请选择评价哪件商品，或选“整单”',
  /** on the product page and the order: a review that names no product, of an order of several */
  aboutWholeOrder: '评价的是整笔订单',
  aboutProduct: (title: string) => `评价的商品：${title}`,
  purchasedOn: (date: string) => `${date} 购买`,
  alreadyReplied: '已经回复过这条评价了。',
};
