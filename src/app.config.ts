export default defineAppConfig({
  pages: ['pages/shop/index', 'pages/product/index'],
  subPackages: [
    {
      root: 'seller',
      pages: ['console/index', 'settings/index', 'catalog/index', 'product-edit/index'],
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
