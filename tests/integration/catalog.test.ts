import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop, ShopWithProducts } from '../../types/shop';
import { hostPerFile } from './helpers/host';

const host = hostPerFile();

let n = 0;
async function newSeller() {
  const owner = `catalog-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `第${n}家店` }, owner);
  return { owner, shop };
}

const walnut = {
  title: '商洛薄皮核桃 2.5 斤',
  priceFen: 6800,
  stock: 40,
  story: '家里后山的老核桃树，白露前后打下来，晒足七天太阳。',
  images: ['/uploads/walnut.png'],
  proofImages: ['/uploads/report.png'],
};

describe('catalog.create', () => {
  it('creates an active product at the end of the shop page', async () => {
    const { owner, shop } = await newSeller();
    const first = await host.ok<Product>('catalog', { action: 'create', ...walnut }, owner);
    expect(first).toMatchObject({ ...walnut, shopId: shop.id, status: 'active' });
    const second = await host.ok<Product>('catalog', { action: 'create', ...walnut, title: '土蜂蜜' }, owner);
    const page = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
    expect(page.products.map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it.each([
    ['no title', { title: undefined }, 'BAD_INPUT', 'title'],
    ['a blank story', { story: '  ' }, 'BAD_INPUT', 'story'],
    ['a 61-character title', { title: '核'.repeat(61) }, 'TOO_LARGE', 'title'],
    ['a 2001-character story', { story: '好'.repeat(2001) }, 'TOO_LARGE', 'story'],
    ['a price of 0', { priceFen: 0 }, 'BAD_INPUT', 'priceFen'],
    ['a price over 10,000,000 fen', { priceFen: 10_000_001 }, 'BAD_INPUT', 'priceFen'],
    ['a fractional price', { priceFen: 12.5 }, 'BAD_INPUT', 'priceFen'],
    ['a price as text', { priceFen: '6800' }, 'BAD_INPUT', 'priceFen'],
    ['negative stock', { stock: -1 }, 'BAD_INPUT', 'stock'],
    ['stock of 10,000', { stock: 10_000 }, 'BAD_INPUT', 'stock'],
    ['10 images', { images: Array(10).fill('/uploads/a.png') }, 'TOO_LARGE', 'images'],
    ['10 proof images', { proofImages: Array(10).fill('/uploads/a.png') }, 'TOO_LARGE', 'proofImages'],
    ['an image that is no address', { images: ['hello'] }, 'BAD_INPUT', 'images.0'],
  ])('rejects %s with %s naming %s, creating nothing', async (_label, change, code, field) => {
    const { owner, shop } = await newSeller();
    const res = await host.call('catalog', { action: 'create', ...walnut, ...change }, owner);
    expect(res.body).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.any(String) } } });
    expect(res.status).toBe(code === 'TOO_LARGE' ? 413 : 400);
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id })).products).toEqual([]);
  });

  it('accepts the bounds themselves', async () => {
    const { owner } = await newSeller();
    const edge = { title: '核'.repeat(60), priceFen: 10_000_000, stock: 9999, story: '好'.repeat(2000), images: Array(9).fill('/uploads/a.png') };
    expect(await host.ok<Product>('catalog', { action: 'create', ...edge }, owner)).toMatchObject({ priceFen: 10_000_000, stock: 9999 });
    expect(await host.ok<Product>('catalog', { action: 'create', ...walnut, priceFen: 1, stock: 0 }, owner)).toMatchObject({ stock: 0 });
  });

  it('needs an identity with a shop', async () => {
    expect((await host.call('catalog', { action: 'create', ...walnut })).status).toBe(401);
    expect((await host.call('catalog', { action: 'create', ...walnut }, 'no-shop-yet')).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the product cap', () => {
  async function fillTo(owner: string, count: number) {
    for (let i = 0; i < count; i++) await host.ok('catalog', { action: 'create', ...walnut, title: `商品 ${i + 1}` }, owner);
  }

  it('refuses the 31st active product with SHOP_FULL, and allows one after archiving', async () => {
    const { owner, shop } = await newSeller();
    await fillTo(owner, 30);
    const full = await host.call('catalog', { action: 'create', ...walnut, title: '第 31 件' }, owner);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ ok: false, error: { code: 'SHOP_FULL', productCap: 30, active: 30 } });

    const page = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
    expect(page.products).toHaveLength(30);
    const archived = await host.ok<Product>('catalog', { action: 'archive', productId: page.products[0].id }, owner);
    expect(archived.status).toBe('archived');
    await host.ok('catalog', { action: 'create', ...walnut, title: '第 31 件' }, owner);
    // now full again: the archived one cannot come back
    const restore = await host.call('catalog', { action: 'restore', productId: archived.id }, owner);
    expect(restore.body).toMatchObject({ ok: false, error: { code: 'SHOP_FULL' } });
  });

  it('holds under a race: 10 creates at 29 active products leave exactly 30', async () => {
    const { owner, shop } = await newSeller();
    await fillTo(owner, 29);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => host.call('catalog', { action: 'create', ...walnut, title: `抢 ${i}` }, owner)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.body.ok === false && r.body.error.code === 'SHOP_FULL')).toHaveLength(9);
    const [{ count }] = await host.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM products WHERE shop_id = $1 AND status = 'active'`,
      [shop.id],
    );
    expect(count).toBe(30);
  });
});

describe('update, archive, restore, move', () => {
  it('updates only what is given, and archives without deleting', async () => {
    const { owner, shop } = await newSeller();
    const p = await host.ok<Product>('catalog', { action: 'create', ...walnut }, owner);
    const updated = await host.ok<Product>('catalog', { action: 'update', productId: p.id, priceFen: 7200, stock: 3 }, owner);
    expect(updated).toMatchObject({ title: walnut.title, priceFen: 7200, stock: 3, story: walnut.story });

    await host.ok('catalog', { action: 'archive', productId: p.id }, owner);
    expect((await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id })).products).toEqual([]);
    expect(await host.db.query('SELECT id FROM products WHERE id = $1', [p.id])).toHaveLength(1);
    expect((await host.call('catalog', { action: 'archive', productId: p.id }, owner)).body).toMatchObject({ error: { code: 'CONFLICT' } });

    const mine = await host.ok<{ active: Product[]; archived: Product[]; productCap: number }>('catalog', { action: 'listMine' }, owner);
    expect(mine).toMatchObject({ active: [], archived: [{ id: p.id }], productCap: 30 });

    const restored = await host.ok<Product>('catalog', { action: 'restore', productId: p.id }, owner);
    expect(restored.status).toBe('active');
  });

  it('moves a product up and down in the seller’s order', async () => {
    const { owner, shop } = await newSeller();
    const ids: string[] = [];
    for (const title of ['一', '二', '三']) ids.push((await host.ok<Product>('catalog', { action: 'create', ...walnut, title }, owner)).id);
    const afterUp = await host.ok<Product[]>('catalog', { action: 'move', productId: ids[2], direction: 'up' }, owner);
    expect(afterUp.map((p) => p.title)).toEqual(['一', '三', '二']);
    await host.ok('catalog', { action: 'move', productId: ids[0], direction: 'down' }, owner);
    const page = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: shop.id });
    expect(page.products.map((p) => p.title)).toEqual(['三', '一', '二']);
    const top = await host.call('catalog', { action: 'move', productId: ids[2], direction: 'up' }, owner);
    expect(top.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await host.call('catalog', { action: 'move', productId: ids[2], direction: 'left' }, owner)).status).toBe(400);
  });
});

describe('authorization matrix', () => {
  it('only the owner writes; anyone reads products, archived ones too (marked archived)', async () => {
    const { owner } = await newSeller();
    const other = await newSeller();
    const active = await host.ok<Product>('catalog', { action: 'create', ...walnut }, owner);
    const hidden = await host.ok<Product>('catalog', { action: 'create', ...walnut, title: '下架的' }, owner);
    await host.ok('catalog', { action: 'archive', productId: hidden.id }, owner);

    const callers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['friend', 'catalog-friend'],
      ['other owner', other.owner],
      ['owner', owner],
    ];
    const writes = [
      { action: 'update', productId: active.id, title: '被改了' },
      { action: 'archive', productId: active.id },
      { action: 'move', productId: active.id, direction: 'down' },
    ];
    for (const [who, as] of callers.slice(0, 3)) {
      for (const w of writes) {
        const res = await host.call('catalog', w, as);
        expect([who, w.action, res.status]).toEqual([who, w.action, as ? 403 : 401]);
      }
      // someone else's archived product is not visible at all
      const archivedWrite = await host.call('catalog', { action: 'restore', productId: hidden.id }, as);
      expect([who, archivedWrite.status]).toEqual([who, as ? 404 : 401]);
      const read = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: active.id }, as);
      expect(read).toMatchObject({ id: active.id, title: walnut.title, reviews: [] });
      // an archived product's page stays readable, marked archived (issue 12: its reviews outlive it)
      expect([who, await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: hidden.id }, as)]).toEqual([who, expect.objectContaining({ status: 'archived' })]);
    }
    expect(await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: hidden.id }, owner)).toMatchObject({ status: 'archived' });
    expect(await host.ok<Product>('catalog', { action: 'get', productId: active.id }, owner)).toMatchObject({ title: walnut.title });
  });
});
