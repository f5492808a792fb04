export default defineAppConfig({
  pages: ['pages/shop/index'],
  subPackages: [
    {
      root: 'seller',
      pages: ['console/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#faf6f0',
    navigationBarBackgroundColor: '#faf6f0',
    navigationBarTitleText: '熟人小店',
    navigationBarTextStyle: 'black',
  },
});
