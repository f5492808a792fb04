export default definePageConfig({
  navigationBarTitleText: '接龙',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
