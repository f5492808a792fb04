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
    title: '秦岭土蜂蜜 500g',
    priceFen: 5800,
    stock: 25,
    story:
      '舅舅在柞水养了四十多箱中华蜂，一年只在秋天取一次蜜，百花蜜，会结晶，结晶是正常的。' +
      '今年送去做了检测，报告放在下面，大家可以看看。不兑糖、不加热浓缩，所以每一批颜色都不太一样。',
    images: ['/demo/honey.svg'],
    proofImages: ['/demo/honey-report.svg'],
  },
  {
    title: '手剥核桃仁 500g',
    priceFen: 7800,
    stock: 0,
    story: '我妈冬天坐在炉子边一颗一颗剥的，挑掉了发黑和有虫眼的。量很少，这一批已经卖完，开春还会再剥一些。',
    images: ['/demo/kernels.svg'],
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
];
