export default definePageConfig({
  navigationBarTitleText: '上新商品',
});
