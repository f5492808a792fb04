export default definePageConfig({
  navigationBarTitleText: '接龙',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  // Taro registers the share handler only when the page config enables it
  enableShareAppMessage: true,
});
