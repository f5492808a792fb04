export default definePageConfig({
  navigationBarTitleText: '小店',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
