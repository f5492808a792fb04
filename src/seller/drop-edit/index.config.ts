export default definePageConfig({
  navigationBarTitleText: '发起接龙',
});
