export default definePageConfig({
  navigationBarTitleText: '卖家',
  enablePullDownRefresh: true,
});
