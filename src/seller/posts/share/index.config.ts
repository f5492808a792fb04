export default definePageConfig({ navigationBarTitleText: '发圈素材' });
