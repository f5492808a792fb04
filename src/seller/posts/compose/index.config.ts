export default definePageConfig({ navigationBarTitleText: '排一条朋友圈' });
