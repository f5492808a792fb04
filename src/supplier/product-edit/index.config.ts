export default definePageConfig({
  navigationBarTitleText: '新增货品',
});
