/** What the seller reads when sharing a poster in WeChat goes wrong, and the ways out it offers. */
export const wechatShareUi = {
  /** the share menu failed for a reason other than the seller closing it */
  shareFailed: '没能打开分享菜单，已为你保存海报到相册，可以去朋友圈选图发出',
  /** neither the menu nor the album worked: the poster opens full screen */
  previewHint: '没能分享或保存海报：在打开的大图上长按，可以发送给朋友或保存',
  /** the poster could not be drawn */
  posterFailed: '海报没能生成，可以先复制文案发出，或点「重新生成」再试一次',
  retryPoster: '重新生成',
  /** the seller's product page while the posting policy forbids Moments (iOS hides the whole share menu) */
  sendToFriend: '发给朋友',
};
