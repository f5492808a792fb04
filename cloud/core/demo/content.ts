import { DEV_IDENTITIES } from '../../../types/functions';

/** The demo shop `npm start` seeds into an empty database: a real-sounding seller, not lorem ipsum. */
export const demoShop = {
  ownerOpenId: DEV_IDENTITIES.seller,
  name: '林晓的商洛山货',
  intro:
    '我是林晓，在西安上班。老家在陕西商洛的山里，爸妈种了三十多年核桃，舅舅在秦岭脚下养蜂。' +
    '这里只卖家里自己种的、自己收的东西，每一样我都吃过、送过朋友，卖完就等下一季。',
  avatarUrl: '/demo/avatar.svg',
  transferNote: '下单后请微信转账给我（林晓），转账时备注付款页上的 4 位备注码。我看到会马上确认，一般当天发顺丰。',
};

export const demoProducts = [
  {
    title: '商洛薄皮核桃 2.5 斤装',
    priceFen: 6800,
    stock: 40,
    story:
      '家里后山二十多棵老核桃树，白露前后打下来，去青皮、晒足七天太阳，不漂白不熏硫。' +
      '皮薄到两个一捏就开，仁是浅黄色的，生吃有一点点涩，炒一下就很香。去年给同事带了几袋，今年都来问我要。',
    images: ['/demo/walnut.svg'],
    proofImages: [],
  },
  {
    title: '洋槐花蜜 1kg',
    priceFen: 9800,
    stock: 12,
    story: '五月洋槐花开的那半个月里取的蜜，颜色很浅，几乎不结晶，味道清淡，泡水给小孩喝正好。',
    images: ['/demo/acacia.svg'],
    proofImages: [],
  },
  {
    title: '手剥核桃仁 500g',
    priceFen: 7800,
    stock: 0,
    story: '我妈冬天坐在炉子边一颗一颗剥的，挑掉了发黑和有虫眼的。量很少，这一批已经卖完，开春还会再剥一些。',
    images: ['/demo/kernels.svg'],
    proofImages: [],
  },
];

/**
 * 林晓's uncle (issue 16): he lists his honey once as a supplier and ships it himself; the demo shop carries it at
 * its own price inside his band, with its own words, and two of 林晓's colleagues carry it in their shops too.
 */
export const demoSupplier = {
  ownerOpenId: DEV_IDENTITIES.supplier,
  name: '秦岭周家蜂场',
  intro: '周建国，在柞水县秦岭脚下养了二十多年中华蜂。自家的蜂、自家摇的蜜，每一批都送检，外甥女和她的同事们帮着卖。',
  contact: '周师傅 139 0000 0000（发货、售后请找他）',
};

export const demoSupplyProduct = {
  title: '秦岭土蜂蜜 500g',
  story:
    '四十多箱中华蜂放在柞水的山坳里，一年只在秋天取一次蜜，百花蜜，会结晶，结晶是正常的。' +
    '不兑糖、不加热浓缩，所以每一批颜色都不太一样。今年的检测报告放在下面。付款后两天内从柞水发顺丰。',
  images: ['/demo/honey.svg'],
  proofImages: ['/demo/honey-report.svg'],
  supplyPriceFen: 3800,
  minPriceFen: 5200,
  maxPriceFen: 6800,
  stock: 60,
  shipWithinHours: 48,
};

/**
 * How the demo shop carries the uncle's honey: its price, 林晓's own words, and its place after her family's own
 * produce (a cart of her own things stays one order; the honey, shipped by her uncle, is an order of its own).
 */
export const demoCarried = {
  position: demoProducts.length + 1,
  priceFen: 5800,
  story: '这是我舅舅养的蜂，我从小吃到大。舅舅自己从柞水发货，我帮他卖，有任何问题直接找我。',
};

/** Two of 林晓's colleagues carry the same honey in their own small shops, each at their own price. */
export const demoColleagues = [
  {
    ownerOpenId: 'colleague-demo-1',
    name: '小吴的办公室零食铺',
    intro: '和林晓一个办公室，帮同事们捎点靠谱的吃的。',
    transferNote: '下单后请微信转账给我，备注付款页上的 4 位备注码；我确认后，周师傅从柞水直接发货。',
    priceFen: 5600,
    story: '林晓舅舅家的蜜，我自己喝了一整罐才敢推荐。',
  },
  {
    ownerOpenId: 'colleague-demo-2',
    name: '阿珍的好物小店',
    intro: '只卖自己用过、家人也在用的东西。',
    transferNote: '微信转账给我就好，记得备注 4 位备注码。蜂蜜由周师傅的蜂场直接发货。',
    priceFen: 6200,
    story: '冬天泡柠檬水必备，结晶了用温水化开就好。',
  },
];

/**
 * An open group drop (接龙, issue 17) so `npm start` shows one: this week's walnuts and acacia honey, with a cutoff
 * a few days after the seed and two places to pick up in Xi'an, or 林晓 brings it to the office.
 */
export const demoDrop = {
  title: '本周接龙：新核桃 + 洋槐花蜜',
  intro: '周末回商洛拉一车货，周日晚上到西安。想要的在这里接龙，周一在公司楼下或小区门口取，同一栋楼的我直接送上去。',
  /** which of demoProducts, by title, with the limit per person */
  items: [
    { title: '商洛薄皮核桃 2.5 斤装', limitPerBuyer: 4 },
    { title: '洋槐花蜜 1kg', limitPerBuyer: 2 },
  ],
  /** days after the seed until the cutoff, at 20:00 Beijing time */
  closesInDays: 5,
  fulfilment: {
    pickup: [
      { name: '高新区公司楼下', address: '西安市高新区锦业路 1 号 A 座大堂', window: '周一 12:00–13:30' },
      { name: '曲江小区北门', address: '西安市雁塔区曲江池东路 8 号北门保安亭', window: '周一 19:00–21:00' },
    ],
    delivery: true,
    shipping: false,
  },
};
