export default definePageConfig({
  navigationBarTitleText: '熟人小店',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
