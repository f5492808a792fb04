// The product page's "发朋友圈" for the shop's owner: apart from posts-ui.ts (the seller subpackage's scheduler) because
// the product page is in the main package.

export const postNowUi = {
  postNow: '发朋友圈',
  opensAt: (time: string) => `朋友圈分享将在 ${time} 开放`,
  noneWithin60Days: '近期发圈额度已用完，朋友圈分享暂不开放',
};
