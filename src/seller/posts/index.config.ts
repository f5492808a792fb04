export default definePageConfig({ navigationBarTitleText: '发圈计划', enablePullDownRefresh: true });
