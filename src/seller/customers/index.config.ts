export default definePageConfig({ navigationBarTitleText: '顾客', enablePullDownRefresh: true });
