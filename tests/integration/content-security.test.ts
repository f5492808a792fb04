import type { Order } from '../../types/order';
import type { Post } from '../../types/post';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop, ShopWithProducts } from '../../types/shop';
import { startTestHost, type TestHost } from './helpers/host';

// The production adapter and the mediaCheck function run against the faithful fake of wx-server-sdk.
// eslint-disable-next-line @typescript-eslint/no-require-imports
jest.mock('wx-server-sdk', () => require('../fakes/wx-server-sdk').wxServerSdk, { virtual: true });

import { fakeWx } from '../fakes/wx-server-sdk';
import { securityFake } from '../fakes/wx-server-sdk/security';
import { wxContentSecurity } from '../../cloud/functions/security';
import { createMediaCheckMain } from '../../cloud/functions/mediaCheck';
import { localContentSecurity } from '../../cloud/core/content/local';

// The local stand-in (and the fake of WeChat) refuse any text holding this (CONTRACT.md, Additions).
const BAD = '【违规测试】';
const clock = { t: new Date('2026-11-23T02:00:00Z').getTime(), now() { return new Date(this.t); } };
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };

let host: TestHost;
let n = 0;
beforeAll(async () => {
  host = await startTestHost({ clock });
});
afterAll(async () => {
  await host?.close();
});
afterEach(() => {
  host.deps.content = localContentSecurity();
  fakeWx.reset();
});

async function seller(extra: Record<string, unknown> = {}) {
  const owner = `cs-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `清白小店${n}`, intro: '自家种的', ...extra }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账请备注订单号' } }, owner);
  return { owner, shop };
}

async function refused(fn: string, event: Record<string, unknown>, as: string, field: string) {
  const res = await host.call(fn, event, as);
  expect(res.status).toBe(422);
  expect(res.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { fields: { [field]: expect.any(String) } } } });
  return res.body;
}

async function completedOrder() {
  const { owner, shop } = await seller();
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6800, stock: 5, story: '山里的核桃' }, owner);
  const buyer = `cs-buyer-${n}`;
  const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address, idempotencyKey: `cs-key-${n}-abcdef` }, buyer);
  await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
  await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
  await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰', trackingNo: 'SF1' }, owner);
  await host.ok('order', { action: 'confirmReceipt', orderId: order.id }, buyer);
  return { owner, buyer, order, product };
}

describe('every text others read refuses 【违规测试】 with CONTENT_REJECTED naming the field, and stores nothing', () => {
  it('shop.open: name and intro (both named when both are refused)', async () => {
    const owner = `cs-open-${++n}`;
    const body = await refused('shop', { action: 'open', name: `坏名字${BAD}`, intro: `坏介绍${BAD}` }, owner, 'name');
    expect(body).toMatchObject({ error: { details: { fields: { intro: expect.any(String) } }, message: expect.stringContaining('店铺名称') } });
    await refused('shop', { action: 'open', name: '好名字', intro: `介绍${BAD}` }, owner, 'intro');
    expect((await host.call('shop', { action: 'mine' }, owner)).status).toBe(404);
  });

  it('shop.update: name, intro and the transfer note buyers read; unchanged fields are not checked again', async () => {
    const { owner, shop } = await seller();
    await refused('shop', { action: 'update', name: `新名${BAD}` }, owner, 'name');
    await refused('shop', { action: 'update', intro: `新介绍${BAD}` }, owner, 'intro');
    await refused('shop', { action: 'update', payment: { transferNote: `备注${BAD}` } }, owner, 'payment.transferNote');
    const after = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
    expect(after.shop).toMatchObject({ name: shop.name, intro: '自家种的', payment: { transferNote: '转账请备注订单号' } });

    // A text stored before (checked then) goes through even if the checker would now say no.
    const calls: string[] = [];
    host.deps.content = { ...localContentSecurity(), checkText: async (_o, text) => (calls.push(text), 'risky') };
    await host.ok('shop', { action: 'update', name: shop.name, intro: '自家种的', policy: { dailyMax: 1 } }, owner);
    expect(calls).toEqual([]);
  });

  it('catalog.create and catalog.update: title and story', async () => {
    const { owner, shop } = await seller();
    await refused('catalog', { action: 'create', title: `核桃${BAD}`, priceFen: 100, stock: 1, story: '好' }, owner, 'title');
    await refused('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: `故事${BAD}` }, owner, 'story');
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id })).products).toEqual([]);

    const p = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: '山里的' }, owner);
    await refused('catalog', { action: 'update', productId: p.id, title: `新${BAD}` }, owner, 'title');
    await refused('catalog', { action: 'update', productId: p.id, story: `新${BAD}`, priceFen: 200 }, owner, 'story');
    expect(await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id })).toMatchObject({ title: '核桃', story: '山里的', priceFen: 100 });
  });

  it('post.schedule: the text', async () => {
    const { owner } = await seller();
    await refused('post', { action: 'schedule', at: '2026-11-23T14:00:00+08:00', text: `上新啦${BAD}` }, owner, 'text');
    expect(await host.ok<Post[]>('post', { action: 'list' }, owner)).toEqual([]);
  });

  it('order.review and order.replyReview', async () => {
    const { owner, buyer, order, product } = await completedOrder();
    await refused('order', { action: 'review', orderId: order.id, rating: 1, text: `差评${BAD}` }, buyer, 'text');
    expect((await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer)).review).toBeNull();

    await host.ok('order', { action: 'review', orderId: order.id, rating: 5, text: '好吃' }, buyer);
    await refused('order', { action: 'replyReview', orderId: order.id, reply: `谢谢${BAD}` }, owner, 'reply');
    const seen = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: product.id });
    expect(seen.reviews).toEqual([expect.objectContaining({ text: '好吃', reply: null })]);
  });
});

describe('images others see (local stand-in)', () => {
  it('passes images at once, and hides one judged risky from everyone but its owner', async () => {
    const { owner, shop } = await seller();
    const bad = '/demo/违规测试.png';
    const p = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: '好', images: ['/demo/walnut.svg', bad], proofImages: [encodeURI('/demo/违规测试-2.png')] }, owner);
    expect(p.images).toEqual(['/demo/walnut.svg', bad]);
    const friendView = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }, 'cs-friend');
    expect(friendView.products[0]).toMatchObject({ images: ['/demo/walnut.svg'], proofImages: [] });
    expect((await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id })).images).toEqual(['/demo/walnut.svg']);
    expect((await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id }, owner)).images).toEqual(['/demo/walnut.svg', bad]);
  });
});

describe('a shop avatar judged risky', () => {
  it('is left out of the shop page and of a follower’s list of shops, and kept for the owner', async () => {
    const { owner, shop } = await seller({ avatarUrl: '/demo/违规测试-avatar.png' });
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }, 'cs-fan')).shop.avatarUrl).toBeNull();
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }, owner)).shop.avatarUrl).toBe('/demo/违规测试-avatar.png');
    await host.ok('shop', { action: 'follow', shopId: shop.id, state: 'following' }, 'cs-fan');
    const { shops } = await host.ok<{ shops: { id: string; avatarUrl: string | null }[] }>('shop', { action: 'following' }, 'cs-fan');
    expect(shops).toEqual([expect.objectContaining({ id: shop.id, avatarUrl: null })]);
  });
});

describe('in production: msgSecCheck and mediaCheckAsync through the fake wx-server-sdk', () => {
  it('asks msgSecCheck v2 with the author’s openid and the field’s scene, and refuses on risky', async () => {
    host.deps.content = wxContentSecurity();
    const owner = `cs-prod-${++n}`;
    await refused('shop', { action: 'open', name: `店${BAD}`, intro: '介绍' }, owner, 'name');
    const calls = fakeWx.log.of('openapi.security.msgSecCheck');
    expect(calls.map((c) => c.args)).toEqual(
      expect.arrayContaining([
        { content: `店${BAD}`, version: 2, scene: 1, openid: owner },
        { content: '介绍', version: 2, scene: 1, openid: owner },
      ]),
    );
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '好店' }, owner);
    expect(shop.name).toBe('好店');
    await host.ok('post', { action: 'schedule', at: '2026-11-23T15:00:00+08:00', text: '新核桃' }, owner);
    expect(fakeWx.log.of('openapi.security.msgSecCheck').at(-1)?.args).toMatchObject({ content: '新核桃', scene: 4 });
    await host.ok('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: '故事' }, owner);
    expect(fakeWx.log.of('openapi.security.msgSecCheck').at(-1)?.args).toMatchObject({ scene: 3 });
  });

  it('stores a text WeChat marks for review (only risky refuses)', async () => {
    host.deps.content = wxContentSecurity();
    const { owner, shop } = await seller();
    await host.ok('shop', { action: 'update', intro: '【人工审核】介绍' }, owner);
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id })).shop.intro).toBe('【人工审核】介绍');
  });

  it('a check that cannot be made stores nothing (INTERNAL)', async () => {
    host.deps.content = wxContentSecurity();
    const owner = `cs-late-${++n}`;
    securityFake.recentVisitors = new Set(); // the author has not opened the mini program lately: 61010
    const res = await host.call('shop', { action: 'open', name: '好店' }, owner);
    expect(res.status).toBe(500);
    expect((await host.call('shop', { action: 'mine' }, owner)).status).toBe(404);
  });

  it('images wait for WeChat’s pushed verdict: owner only until pass, gone for others when risky, fake pushes refused', async () => {
    const { owner, shop } = await seller();
    host.deps.content = wxContentSecurity();
    const files = ['cloud://env-1.abc/products/a.jpg', 'cloud://env-1.abc/products/b.jpg'];
    const p = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: '好', images: files }, owner);

    const requests = fakeWx.log.of('openapi.security.mediaCheckAsync').map((c) => c.args);
    expect(requests).toEqual([
      { media_url: 'https://fake-env.tcb.qcloud.la/products/a.jpg', media_type: 2, version: 2, scene: 3, openid: owner },
      { media_url: 'https://fake-env.tcb.qcloud.la/products/b.jpg', media_type: 2, version: 2, scene: 3, openid: owner },
    ]);
    const friendSees = async () => (await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }, 'cs-friend')).products[0].images;
    expect(await friendSees()).toEqual([]);
    expect((await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id }, owner)).images).toEqual(files);

    const main = createMediaCheckMain(async () => host.deps);
    const [a, b] = securityFake.mediaRequests;
    // The mini program calling the function by name with a verdict is refused.
    fakeWx.context = { SOURCE: 'wx_client', OPENID: owner };
    expect(await main(securityFake.push(a.traceId, 'pass'))).toBe('forbidden');
    expect(await friendSees()).toEqual([]);

    fakeWx.context = {}; // a message push: no client behind it
    expect(await main(securityFake.push(a.traceId, 'pass'))).toBe('success');
    expect(await main(securityFake.push(b.traceId, 'risky'))).toBe('success');
    expect(await friendSees()).toEqual([files[0]]);
    // a late or repeated push changes nothing
    await main(securityFake.push(b.traceId, 'pass'));
    expect(await friendSees()).toEqual([files[0]]);
    expect((await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id }, owner)).images).toEqual(files);
  });
});
