export default definePageConfig({
  navigationBarTitleText: '货源详情',
});
