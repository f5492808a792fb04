export default defineAppConfig({
  // The launch page first: opened without a link (WeChat's list of mini programs, search, review),
  // the app needs a way in. Shop and product links open their pages directly.
  // A drop's page is in the main package too: it is opened from a card in a group chat, and a subpackage page
  // first downloads the main package and then its own package before it shows
  // (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html).
  pages: ['pages/home/index', 'pages/shop/index', 'pages/product/index', 'pages/cart/index', 'pages/checkout/index', 'pages/orders/index', 'pages/order/index', 'pages/drop/index'],
  subPackages: [
    {
      root: 'seller',
      pages: ['console/index', 'settings/index', 'catalog/index', 'product-edit/index', 'orders/index', 'order/index', 'posts/index', 'posts/compose/index', 'posts/share/index', 'customers/index', 'customer/index', 'followups/index', 'sourcing/index', 'sourcing-detail/index', 'drops/index', 'drop-edit/index', 'drop/index'],
    },
    // The supplier's console is its own subpackage: most users never open it, so they never download it, and
    // each package stays under WeChat's 2 MB per package (main and each subpackage)
    // (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html).
    {
      root: 'supplier',
      pages: ['index', 'product-edit/index', 'orders/index', 'statements/index', 'sellers/index'],
    },
  ],
  // WeChat asks apps to declare the private data APIs they use: the checkout reads the buyer's address.
  requiredPrivateInfos: ['chooseAddress'],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#faf6f0',
    navigationBarBackgroundColor: '#faf6f0',
    navigationBarTitleText: '熟人小店',
    navigationBarTextStyle: 'black',
  },
});
