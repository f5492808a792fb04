export default defineAppConfig({
  // The launch page first: opened without a link (WeChat's list of mini programs, search, review),
  // the app needs a way in. Shop and product links open their pages directly, and stay in the main package: they are
  // what friends open most, from chats and Moments.
  // A drop's page and the order page are subpackages rooted at their own folders (below). A drop is opened from a
  // card in a group chat, an order from a subscription message (their `page`,
  // https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html):
  // opened first, WeChat downloads the main package and that page's package before it shows
  // (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html) — about the bytes one main package
  // holding the page would be — while every shop and product link downloads a main package without them.
  pages: ['pages/home/index', 'pages/shop/index', 'pages/product/index'],
  subPackages: [
    { root: 'pages/cart', pages: ['index'] },
    { root: 'pages/checkout', pages: ['index'] },
    { root: 'pages/orders', pages: ['index'] },
    { root: 'pages/order', pages: ['index'] },
    { root: 'pages/drop', pages: ['index'] },
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
  // Entering one of these pages downloads the buying subpackages in the background, on any network (`network: 'all'`;
  // the default is Wi-Fi only): they are small, and each page's preloads stay far below the 2 MB a page may preload
  // (https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages/preload.html; base library 2.3.0+).
  // The order page preloads them as well (再来一单 leads to the cart, and its way back to the friend's orders), and
  // checkout and the orders list preload the order page, where each of them leads.
  preloadRule: {
    ...Object.fromEntries(
      ['pages/shop/index', 'pages/product/index', 'pages/home/index'].map((page) => [
        page,
        { network: 'all', packages: ['pages/cart', 'pages/checkout', 'pages/orders', 'pages/order', 'pages/drop'] },
      ]),
    ),
    'pages/drop/index': { network: 'all', packages: ['pages/cart', 'pages/checkout', 'pages/orders', 'pages/order'] },
    'pages/order/index': { network: 'all', packages: ['pages/cart', 'pages/checkout', 'pages/orders'] },
    'pages/checkout/index': { network: 'all', packages: ['pages/order'] },
    'pages/orders/index': { network: 'all', packages: ['pages/order'] },
  },
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
