import type { Shop, ShopWithProducts } from '../../types/shop';
import { DEFAULT_POLICY } from '../../types/shop';
import { insertProduct } from './helpers/fixtures';
import { hostPerFile } from './helpers/host';

const host = hostPerFile();

let n = 0;
/** a fresh identity per test, so tests do not depend on each other's shops */
const someone = (label: string) => `${label}-${++n}`;

describe('shop.open', () => {
  it('opens a shop with default cap and policy, trimmed text', async () => {
    const owner = someone('seller');
    const { status, body } = await host.call<Shop>('shop', { action: 'open', name: '  小满的茶园 ', intro: '云南临沧的古树茶' }, owner);
    expect(status).toBe(200);
    if (!body.ok) throw new Error('expected ok');
    expect(body.data).toMatchObject({ name: '小满的茶园', intro: '云南临沧的古树茶', avatarUrl: null, productCap: 30, policy: DEFAULT_POLICY });
    expect(body.data.id).toEqual(expect.any(String));
    expect(new Date(body.data.createdAt).toISOString()).toBe(body.data.createdAt);
  });

  it('allows one shop per identity: the second open is CONFLICT and changes nothing', async () => {
    const owner = someone('seller');
    const first = await host.ok<Shop>('shop', { action: 'open', name: '第一家' }, owner);
    const second = await host.call('shop', { action: 'open', name: '第二家' }, owner);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('一个微信只能开一家店') } });
    expect(await host.ok<Shop>('shop', { action: 'mine' }, owner)).toEqual(first);
  });

  it('keeps one shop per identity when opens race', async () => {
    const owner = someone('racer');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => host.call('shop', { action: 'open', name: `店${i}` }, owner)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const [{ count }] = await host.db.query<{ count: number }>('SELECT count(*)::int AS count FROM shops WHERE owner_openid = $1', [owner]);
    expect(count).toBe(1);
  });

  it('needs an identity', async () => {
    const res = await host.call('shop', { action: 'open', name: '匿名店' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it.each([
    ['no name', {}, 'BAD_INPUT', 400, 'name'],
    ['a blank name', { name: '   ' }, 'BAD_INPUT', 400, 'name'],
    ['a numeric name', { name: 12 }, 'BAD_INPUT', 400, 'name'],
    ['a 31-character name', { name: '店'.repeat(31) }, 'TOO_LARGE', 413, 'name'],
    ['a 501-character intro', { name: '好店', intro: '字'.repeat(501) }, 'TOO_LARGE', 413, 'intro'],
    ['an avatar that is no url', { name: '好店', avatarUrl: 'not a url' }, 'BAD_INPUT', 400, 'avatarUrl'],
  ])('rejects %s with %s naming the field, and opens nothing', async (_label, params, code, status, field) => {
    const owner = someone('bad');
    const res = await host.call('shop', { action: 'open', ...params }, owner);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } });
    expect((await host.call('shop', { action: 'mine' }, owner)).status).toBe(404);
  });

  it('accepts exactly 30 characters and 500 of intro', async () => {
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '店'.repeat(30), intro: '字'.repeat(500) }, someone('edge'));
    expect(shop.name).toHaveLength(30);
  });
});

describe('shop.get', () => {
  it('is public and lists only active products in the seller’s order', async () => {
    const owner = someone('seller');
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '阿婆的腊肉' }, owner);
    await insertProduct(host.db, shop.id, { title: '烟熏腊肉', priceFen: 8800, stock: 5, position: 2 });
    await insertProduct(host.db, shop.id, { title: '腊肠', priceFen: 6600, stock: 0, position: 1 });
    await insertProduct(host.db, shop.id, { title: '去年的腊鱼', priceFen: 5000, stock: 3, position: 3, status: 'archived' });

    for (const as of [undefined, owner, someone('friend')]) {
      const data = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id }, as);
      expect(data.shop).toEqual(shop);
      expect(data.products.map((p) => [p.title, p.priceFen, p.stock, p.status])).toEqual([
        ['腊肠', 6600, 0, 'active'],
        ['烟熏腊肉', 8800, 5, 'active'],
      ]);
    }
  });

  it('answers NOT_FOUND for an unknown shop and BAD_INPUT without an id', async () => {
    expect((await host.call('shop', { action: 'get', shopId: 'nope' })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await host.call('shop', { action: 'get' })).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { shopId: expect.any(String) } } });
  });

  it('shows an empty shop with no products', async () => {
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '刚开张' }, someone('seller'));
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id })).products).toEqual([]);
  });
});

describe('shop.mine', () => {
  it('returns the caller’s shop, NOT_FOUND without one, UNAUTHENTICATED when anonymous', async () => {
    const owner = someone('seller');
    expect((await host.call('shop', { action: 'mine' }, owner)).status).toBe(404);
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '我的店' }, owner);
    expect(await host.ok('shop', { action: 'mine' }, owner)).toEqual(shop);
    expect((await host.call('shop', { action: 'mine' })).status).toBe(401);
  });
});

describe('shop.update', () => {
  async function openShop() {
    const owner = someone('seller');
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '原来的名字', intro: '原来的介绍' }, owner);
    return { owner, shop };
  }

  it('updates name, intro, avatar and tightens the policy', async () => {
    const { owner } = await openShop();
    const updated = await host.ok<Shop>(
      'shop',
      { action: 'update', name: '新名字', avatarUrl: '/uploads/me.png', policy: { dailyMax: 1, minGapMinutes: 600, quietStart: '21:00', timeZone: 'Europe/Berlin' } },
      owner,
    );
    expect(updated).toMatchObject({
      name: '新名字',
      intro: '原来的介绍',
      avatarUrl: '/uploads/me.png',
      policy: { ...DEFAULT_POLICY, dailyMax: 1, minGapMinutes: 600, quietStart: '21:00', timeZone: 'Europe/Berlin' },
    });
    expect(await host.ok('shop', { action: 'mine' }, owner)).toEqual(updated);
  });

  it('clears the intro, the avatar and payment settings with null, and leaves them when absent or blank', async () => {
    const { owner } = await openShop();
    await host.ok('shop', { action: 'update', avatarUrl: '/uploads/me.png', payment: { transferNote: '微信转账给我', transferQrUrl: '/uploads/qr.png', wechatSubMchId: '1900000109' } }, owner);
    const kept = await host.ok<Shop>('shop', { action: 'update', intro: '  ', payment: {} }, owner);
    expect(kept).toMatchObject({ intro: '原来的介绍', avatarUrl: '/uploads/me.png', payment: { wechatPay: true, transferNote: '微信转账给我', transferQrUrl: '/uploads/qr.png' } });
    const cleared = await host.ok<Shop>('shop', { action: 'update', intro: null, avatarUrl: null, payment: { transferNote: null, transferQrUrl: null, wechatSubMchId: null } }, owner);
    expect(cleared).toMatchObject({ intro: '', avatarUrl: null, payment: { wechatPay: false, transferNote: '', transferQrUrl: null } });
    expect((await host.call('shop', { action: 'update', payment: { wechatSubMchId: 'abc' } }, owner)).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { 'payment.wechatSubMchId': expect.any(String) } } });
  });

  it.each([
    [{ policy: { dailyMax: 4 } }, 'policy.dailyMax'],
    [{ policy: { weeklyMax: 0 } }, 'policy.weeklyMax'],
    [{ policy: { minGapMinutes: 60 } }, 'policy.minGapMinutes'],
    [{ policy: { productRepeatDays: 30 } }, 'policy.productRepeatDays'],
    [{ policy: { quietEnd: '05:00' } }, 'policy.quietEnd'],
    [{ policy: { quietStart: '07:00', quietEnd: '23:00' } }, 'policy.quietStart'],
    [{ policy: { timeZone: 'Not/AZone' } }, 'policy.timeZone'],
    [{ policy: 'loose' }, 'policy'],
    [{ name: '' }, 'name'],
  ])('refuses to loosen or break the policy: %j → BAD_INPUT on %s, nothing changed', async (params, field) => {
    const { owner, shop } = await openShop();
    const res = await host.call('shop', { action: 'update', ...params }, owner);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { [field]: expect.any(String) } } });
    expect(await host.ok('shop', { action: 'mine' }, owner)).toEqual(shop);
  });

  it('authorizes by identity: owner yes, stranger and anonymous no', async () => {
    const { owner, shop } = await openShop();
    const other = await openShop();
    const stranger = someone('stranger');

    // a stranger without a shop naming someone else's shop
    const r1 = await host.call('shop', { action: 'update', shopId: shop.id, name: '被改了' }, stranger);
    expect(r1.status).toBe(403);
    expect(r1.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // another owner naming this shop
    const r2 = await host.call('shop', { action: 'update', shopId: shop.id, name: '被改了' }, other.owner);
    expect(r2.status).toBe(403);
    // anonymous
    const r3 = await host.call('shop', { action: 'update', shopId: shop.id, name: '被改了' });
    expect(r3.status).toBe(401);
    // a stranger without a shop and without a shopId
    expect((await host.call('shop', { action: 'update', name: 'x' }, stranger)).status).toBe(404);
    // an id the event claims is ignored
    const r4 = await host.call('shop', { action: 'update', name: '被改了', openid: owner }, other.owner);
    expect(r4.body).toMatchObject({ ok: true, data: { id: other.shop.id } });

    expect(await host.ok('shop', { action: 'get', shopId: shop.id })).toMatchObject({ shop });
    // the owner naming their own shop works
    expect(await host.ok<Shop>('shop', { action: 'update', shopId: shop.id, name: '店主改的' }, owner)).toMatchObject({ name: '店主改的' });
  });
});

describe('shop.following (the launch page’s way back to shops)', () => {
  it('lists the shops a friend follows or muted, the latest choice first, and nothing of others', async () => {
    const [a, b, c] = [someone('seller'), someone('seller'), someone('seller')];
    const shopA = await host.ok<Shop>('shop', { action: 'open', name: '甲的核桃' }, a);
    const shopB = await host.ok<Shop>('shop', { action: 'open', name: '乙的蜂蜜' }, b);
    const shopC = await host.ok<Shop>('shop', { action: 'open', name: '丙的茶' }, c);
    const friend = someone('friend');
    expect(await host.ok('shop', { action: 'following' }, friend)).toEqual({ shops: [] });

    await host.ok('shop', { action: 'follow', shopId: shopA.id, state: 'following' }, friend);
    await new Promise((r) => setTimeout(r, 5));
    await host.ok('shop', { action: 'follow', shopId: shopB.id, state: 'muted' }, friend);
    await new Promise((r) => setTimeout(r, 5));
    await host.ok('shop', { action: 'follow', shopId: shopC.id, state: 'following' }, friend);
    await host.ok('shop', { action: 'follow', shopId: shopC.id, state: 'none' }, friend); // left again
    await host.ok('shop', { action: 'follow', shopId: shopC.id, state: 'following' }, someone('other-friend'));

    expect(await host.ok('shop', { action: 'following' }, friend)).toEqual({
      shops: [
        { id: shopB.id, name: '乙的蜂蜜', avatarUrl: null, state: 'muted' },
        { id: shopA.id, name: '甲的核桃', avatarUrl: null, state: 'following' },
      ],
    });
  });

  it('needs an identity', async () => {
    expect((await host.call('shop', { action: 'following' })).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
