export default definePageConfig({
  navigationBarTitleText: '货源后台',
  enablePullDownRefresh: true,
});
