export default definePageConfig({
  navigationBarTitleText: '找货源',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
