import type { Order } from '../../types/order';
import type { Post } from '../../types/post';
import type { Product, ProductWithReviews } from '../../types/product';
import type { Shop } from '../../types/shop';
import type { StatementLine, Supplier, SupplyProduct, SupplyProductPage } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

/** Carrying a supplier's product (CONTRACT.md Additions, `supply`, `catalog.carry`): exactly one layer. */
const clock = handClock('2026-11-29T02:00:00Z');
const host = hostPerFile({ clock });

let n = 0;
const address = { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' };
const key = () => `carry-${++n}-${Math.random().toString(36).slice(2, 10)}`;

const honey = {
  title: '秦岭土蜂蜜 500 克',
  story: '老蜂农在山里养了三十年的中华蜂，一年只取一次蜜。',
  images: ['/uploads/carry-honey.png'],
  proofImages: ['/uploads/carry-honey-report.png'],
  supplyPriceFen: 3800,
  minPriceFen: 5200,
  maxPriceFen: 6800,
  stock: 60,
};

async function newSupply(overrides: Partial<typeof honey> = {}) {
  const owner = `carry-supplier-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name: `秦岭蜂场${n}` }, owner);
  const product = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey, ...overrides }, owner);
  return { owner, supplier, product };
}

async function newShop() {
  const owner = `carry-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `晓的小店${n}` }, owner);
  await host.ok('shop', { action: 'update', payment: { transferNote: '转账到微信号 seller' } }, owner);
  return { owner, shop };
}

async function count(table: 'products' | 'orders' | 'payments' | 'supply_products' | 'suppliers'): Promise<number> {
  const [{ c }] = await host.db.query<{ c: number }>(`SELECT count(*)::int AS c FROM ${table}`);
  return c;
}

async function supplyStock(id: string): Promise<number> {
  const [{ stock }] = await host.db.query<{ stock: number }>('SELECT stock FROM supply_products WHERE id = $1', [id]);
  return stock;
}

async function productRow(id: string) {
  const [row] = await host.db.query<{ price_fen: number; story: string; stock: number; status: string }>(
    'SELECT price_fen, story, stock, status FROM products WHERE id = $1',
    [id],
  );
  return row;
}

describe('catalog.carry', () => {
  it('puts the supply product in the caller’s shop at their price with their words; title, images, proof and stock are the supplier’s', async () => {
    const { supplier, product: sp } = await newSupply();
    const { owner, shop } = await newShop();
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800, story: '我家里一直吃这个蜜。' }, owner);
    expect(p).toMatchObject({
      shopId: shop.id,
      title: honey.title,
      priceFen: 5800,
      story: '我家里一直吃这个蜜。',
      images: honey.images,
      proofImages: honey.proofImages,
      stock: 60,
      status: 'active',
      source: {
        supplierId: supplier.id,
        supplierName: supplier.name,
        supplyProductId: sp.id,
        supplierStory: honey.story,
        shipWithinHours: 48,
        supplyPriceFen: 3800,
        minPriceFen: 5200,
        maxPriceFen: 6800,
      },
    });
    // the seller's row keeps no stock of its own: the supplier's row is the one truth
    expect((await productRow(p.id)).stock).toBe(0);
  });

  it('shows friends the supplier’s part but never the supply price; the shop page lists it', async () => {
    const { owner: supplierOwner, product: sp } = await newSupply();
    const { owner, shop } = await newShop();
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 6000 }, owner);
    // the supplier changes its title and stock: every carrying shop reads the new ones at once
    await host.ok('supply', { action: 'update', supplyProductId: sp.id, title: '秦岭百花蜜', stock: 12 }, supplierOwner);
    const seen = await host.ok<ProductWithReviews>('catalog', { action: 'get', productId: p.id }, 'carry-friend');
    expect(seen).toMatchObject({ title: '秦岭百花蜜', stock: 12, priceFen: 6000, source: { supplyProductId: sp.id } });
    expect(seen.source).not.toHaveProperty('supplyPriceFen');
    const view = await host.ok<{ products: Product[] }>('shop', { action: 'get', shopId: shop.id });
    expect(view.products.map((x) => [x.id, x.title, x.stock])).toEqual([[p.id, '秦岭百花蜜', 12]]);
    expect(view.products[0].source).not.toHaveProperty('supplyPriceFen');
  });

  it('refuses an archived or unknown supply product with NOT_FOUND, and stores nothing', async () => {
    const { owner: supplierOwner, product: sp } = await newSupply();
    await host.ok('supply', { action: 'archive', supplyProductId: sp.id }, supplierOwner);
    const { owner } = await newShop();
    const before = await count('products');
    for (const supplyProductId of [sp.id, 'sp_nope']) {
      const res = await host.call('catalog', { action: 'carry', supplyProductId, priceFen: 5800 }, owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await count('products')).toBe(before);
  });

  it('refuses a price outside the band with BAD_INPUT on priceFen, and stores nothing', async () => {
    const { product: sp } = await newSupply();
    const { owner } = await newShop();
    const before = await count('products');
    for (const priceFen of [5199, 6801]) {
      const res = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen }, owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { priceFen: expect.stringContaining('52') } } } });
    }
    expect(await count('products')).toBe(before);
    // the band's edges are inside it
    await host.ok('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 6800 }, owner);
  });

  it('carries a supply product once per shop: a second carry, racing or not, is CONFLICT', async () => {
    const { product: sp } = await newSupply();
    const { owner, shop } = await newShop();
    const results = await Promise.all(Array.from({ length: 5 }, () => host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner)));
    expect(results.filter((r) => r.body.ok)).toHaveLength(1);
    expect(results.filter((r) => r.body.ok === false && r.body.error.code === 'CONFLICT')).toHaveLength(4);
    const [{ c }] = await host.db.query<{ c: number }>('SELECT count(*)::int AS c FROM products WHERE shop_id = $1', [shop.id]);
    expect(c).toBe(1);
    // archived by the seller, it is still theirs: restore it rather than carry it again
    const [{ id }] = await host.db.query<{ id: string }>('SELECT id FROM products WHERE shop_id = $1', [shop.id]);
    await host.ok('catalog', { action: 'archive', productId: id }, owner);
    const again = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('counts toward the shop’s cap of 30 (SHOP_FULL)', async () => {
    const { product: sp } = await newSupply();
    const { owner } = await newShop();
    for (let i = 0; i < 30; i++) await host.ok('catalog', { action: 'create', title: `核桃${i}`, priceFen: 100, stock: 1, story: '故事' }, owner);
    const before = await count('products');
    const full = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    expect(full.body).toMatchObject({ ok: false, error: { code: 'SHOP_FULL', productCap: 30, active: 30 } });
    expect(await count('products')).toBe(before);
  });

  it('refuses a risky story with CONTENT_REJECTED, and stores nothing', async () => {
    const { product: sp } = await newSupply();
    const { owner } = await newShop();
    const before = await count('products');
    const res = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800, story: '好蜜【违规测试】' }, owner);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { fields: { story: expect.any(String) } } } });
    expect(await count('products')).toBe(before);
  });

  it('needs a shop of the caller’s own (FORBIDDEN), and a supplier does not carry its own product (FORBIDDEN: it lists it with catalog.create)', async () => {
    const { owner: supplierOwner, product: sp } = await newSupply();
    const before = await count('products');
    const noShop = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, 'carry-nobody');
    expect(noShop.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await host.ok('shop', { action: 'open', name: '蜂场自己的店' }, supplierOwner);
    const own = await host.call('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, supplierOwner);
    expect(own.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await count('products')).toBe(before);
  });

  it('creates no payment, order or charge: carrying costs the seller nothing', async () => {
    const { product: sp } = await newSupply();
    const { owner } = await newShop();
    const payments = await count('payments');
    const orders = await count('orders');
    await host.ok('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    expect(await count('payments')).toBe(payments);
    expect(await count('orders')).toBe(orders);
    expect(await supplyStock(sp.id)).toBe(honey.stock);
  });
});

describe('one layer by construction', () => {
  it('carry takes only a supply product: a product id (own or carried) is NOT_FOUND', async () => {
    const { product: sp } = await newSupply();
    const seller = await newShop();
    const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, seller.owner);
    const own = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 100, stock: 1, story: '故事' }, seller.owner);
    const next = await newShop();
    const before = await count('products');
    for (const id of [carried.id, own.id]) {
      const res = await host.call('catalog', { action: 'carry', supplyProductId: id, priceFen: 5800 }, next.owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await count('products')).toBe(before);
  });

  it('supply.create takes no product: a productId sent along links nothing, so a carried product never becomes a supply product', async () => {
    const { product: sp } = await newSupply();
    const seller = await newShop();
    const carried = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, seller.owner);
    await host.ok('supply', { action: 'open', name: '二道贩子' }, seller.owner);
    // the extra productId is dropped by the schema: what is made is a new supply product of the seller's own, linked to nothing
    const made = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey, title: '转手蜂蜜', productId: carried.id }, seller.owner);
    expect(made).not.toHaveProperty('productId');
    expect(made).toMatchObject({ title: '转手蜂蜜', stock: honey.stock, carriedBy: 0 });
    const columns = await host.db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'supply_products'`);
    expect(columns.map((c) => c.column_name)).not.toContain('product_id');
    const [row] = await host.db.query<{ supply_product_id: string }>('SELECT supply_product_id FROM products WHERE id = $1', [carried.id]);
    expect(row.supply_product_id).toBe(sp.id);
  });
});

describe('catalog.update and restore of a carried product', () => {
  async function carried(priceFen = 5800) {
    const supply = await newSupply();
    const seller = await newShop();
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.product.id, priceFen, story: '原来的话' }, seller.owner);
    return { supply, seller, p };
  }

  it('changes the price inside the band and the seller’s story', async () => {
    const { seller, p } = await carried();
    const updated = await host.ok<Product>('catalog', { action: 'update', productId: p.id, priceFen: 6600, story: '新的推荐语' }, seller.owner);
    expect(updated).toMatchObject({ priceFen: 6600, story: '新的推荐语', title: honey.title, source: { supplyPriceFen: 3800 } });
  });

  it('refuses the supplier’s fields and a price outside the band with BAD_INPUT naming them, and changes nothing', async () => {
    const { seller, p } = await carried();
    const before = await productRow(p.id);
    const fields = { title: '改个名', stock: 5, images: ['/uploads/x.png'], proofImages: ['/uploads/y.png'] };
    for (const [field, value] of Object.entries(fields)) {
      const res = await host.call('catalog', { action: 'update', productId: p.id, [field]: value, story: '想顺便改' }, seller.owner);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { [field]: expect.stringContaining('供货商') } } } });
    }
    const outside = await host.call('catalog', { action: 'update', productId: p.id, priceFen: 9000 }, seller.owner);
    expect(outside.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { priceFen: expect.any(String) } } } });
    expect(await productRow(p.id)).toEqual(before);
  });

  it('a stranger cannot update it, nor can its supplier change the seller’s price (FORBIDDEN)', async () => {
    const { supply, seller, p } = await carried();
    const stranger = await newShop();
    for (const who of [stranger.owner, supply.owner]) {
      const res = await host.call('catalog', { action: 'update', productId: p.id, priceFen: 6000 }, who);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await productRow(p.id)).price_fen).toBe(5800);
    expect((await host.ok<Product>('catalog', { action: 'get', productId: p.id }, seller.owner)).priceFen).toBe(5800);
  });

  it('the supplier’s archive hides it from buyers in every carrying shop; restoring it then is CONFLICT', async () => {
    const { supply, seller, p } = await carried();
    const second = await newShop();
    const p2 = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: supply.product.id, priceFen: 6000 }, second.owner);
    expect((await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: supply.product.id })).carriedBy).toBe(2);
    await host.ok('supply', { action: 'archive', supplyProductId: supply.product.id }, supply.owner);
    for (const [shop, product] of [[seller.shop, p], [second.shop, p2]] as const) {
      const view = await host.ok<{ products: Product[] }>('shop', { action: 'get', shopId: shop.id });
      expect(view.products.map((x) => x.id)).not.toContain(product.id);
      expect((await host.ok<Product>('catalog', { action: 'get', productId: product.id })).status).toBe('archived');
    }
    const mine = await host.ok<{ active: Product[]; archived: Product[] }>('catalog', { action: 'listMine' }, seller.owner);
    expect(mine.archived.map((x) => x.id)).toEqual([p.id]);
    const order = await host.call('order', { action: 'create', shopId: seller.shop.id, items: [{ productId: p.id, qty: 1 }], address, idempotencyKey: key() }, 'carry-buyer');
    expect(order.body.ok).toBe(false);
    const restore = await host.call('catalog', { action: 'restore', productId: p.id }, seller.owner);
    expect(restore.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('supply views of carrying', () => {
  it('carriedBy counts the shops that have it on sale; the supply price shows to a seller who carries it only', async () => {
    const { product: sp } = await newSupply();
    const a = await newShop();
    const b = await newShop();
    const a1 = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, a.owner);
    await host.ok('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5900 }, b.owner);
    await host.ok('catalog', { action: 'archive', productId: a1.id }, a.owner);
    const outsider = await newShop();
    const seenByB = await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: sp.id }, b.owner);
    expect(seenByB).toMatchObject({ carriedBy: 1, supplyPriceFen: 3800 });
    const seenByOutsider = await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: sp.id }, outsider.owner);
    expect(seenByOutsider).not.toHaveProperty('supplyPriceFen');
    const listed = await host.ok<SupplyProductPage>('supply', { action: 'list' }, b.owner);
    expect(listed.products.find((x) => x.id === sp.id)).toMatchObject({ carriedBy: 1, supplyPriceFen: 3800 });
  });
});

describe('shared stock', () => {
  it('orders in two shops take from the supplier’s one stock; a cancel gives it back there', async () => {
    const { product: sp } = await newSupply({ stock: 3 });
    const a = await newShop();
    const b = await newShop();
    const pa = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, a.owner);
    const pb = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 6000 }, b.owner);
    const first = await host.ok<Order>('order', { action: 'create', shopId: a.shop.id, items: [{ productId: pa.id, qty: 2 }], address, idempotencyKey: key() }, 'carry-buyer-1');
    expect(await supplyStock(sp.id)).toBe(1);
    const tooMany = await host.call('order', { action: 'create', shopId: b.shop.id, items: [{ productId: pb.id, qty: 2 }], address, idempotencyKey: key() }, 'carry-buyer-2');
    expect(tooMany.body).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', productId: pb.id, available: 1 } });
    await host.ok('order', { action: 'cancel', orderId: first.id }, 'carry-buyer-1');
    expect(await supplyStock(sp.id)).toBe(3);
    expect((await productRow(pa.id)).stock).toBe(0);
    expect((await host.ok<Product>('catalog', { action: 'get', productId: pb.id })).stock).toBe(3);
  });
});

describe('posts about a carried product', () => {
  async function tick() {
    await fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  }
  async function paused(postId: string, owner: string) {
    return (await host.ok<Post>('post', { action: 'get', postId }, owner)).paused;
  }

  it('stay scheduled while the supplier has stock (the seller’s row holds none), and pause when the supplier archives it', async () => {
    const { owner: supplierOwner, product: sp } = await newSupply();
    const { owner } = await newShop();
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    const post = await host.ok<Post>('post', { action: 'schedule', at: '2026-12-02T10:00:00+08:00', text: '新蜜到了', productId: p.id }, owner);
    await tick();
    expect(await paused(post.id, owner)).toBeNull();
    await host.ok('supply', { action: 'archive', supplyProductId: sp.id }, supplierOwner);
    await tick();
    expect(await paused(post.id, owner)).toBe('archived');
  });
});

describe('a carried product’s images, as its seller sees them', () => {
  it('are the supplier’s uploads: one WeChat judged risky is left out of every answer to the seller, as for anyone', async () => {
    const bad = '/demo/违规测试.png';
    const badProof = encodeURI('/demo/违规测试-2.png');
    const { product: sp } = await newSupply({ images: ['/uploads/carry-honey.png', bad], proofImages: [badProof] });
    const { owner, shop } = await newShop();
    const clean = { images: ['/uploads/carry-honey.png'], proofImages: [] };
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    expect(p).toMatchObject(clean);
    const mine = await host.ok<{ active: Product[] }>('catalog', { action: 'listMine' }, owner);
    expect(mine.active.find((x) => x.id === p.id)).toMatchObject(clean);
    expect((await host.ok<{ products: Product[] }>('shop', { action: 'get', shopId: shop.id }, owner)).products[0]).toMatchObject(clean);
    expect(await host.ok<Product>('catalog', { action: 'get', productId: p.id }, owner)).toMatchObject(clean);
    expect(await host.ok<Product>('catalog', { action: 'update', productId: p.id, priceFen: 6000 }, owner)).toMatchObject(clean);
    expect(await host.ok<Product>('catalog', { action: 'archive', productId: p.id }, owner)).toMatchObject(clean);
    const archived = await host.ok<{ archived: Product[] }>('catalog', { action: 'listMine' }, owner);
    expect(archived.archived.find((x) => x.id === p.id)).toMatchObject(clean);
    expect(await host.ok<Product>('catalog', { action: 'restore', productId: p.id }, owner)).toMatchObject(clean);
    // the seller's own product still shows its owner everything, judged or not
    const own = await host.ok<Product>('catalog', { action: 'create', title: '自家核桃', priceFen: 100, stock: 1, story: '好', images: [bad] }, owner);
    expect(own.images).toEqual([bad]);
    const moved = await host.ok<Product[]>('catalog', { action: 'move', productId: p.id, direction: 'down' }, owner);
    expect(moved.find((x) => x.id === p.id)).toMatchObject(clean);
    expect(moved.find((x) => x.id === own.id)?.images).toEqual([bad]);
  });
});

describe('supply.settle, tapped twice', () => {
  it('records a payment once per idempotency key: the same key answers the first settlement, a new key records another', async () => {
    const { owner: supplierOwner, product: sp } = await newSupply();
    const { owner, shop } = await newShop();
    const p = await host.ok<Product>('catalog', { action: 'carry', supplyProductId: sp.id, priceFen: 5800 }, owner);
    const buyer = `carry-buyer-${++n}`;
    const order = await host.ok<Order>('order', { action: 'create', shopId: shop.id, items: [{ productId: p.id, qty: 1 }], address, idempotencyKey: key() }, buyer);
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, owner);
    const settle = (idempotencyKey: string, amountFen: number) =>
      host.ok<StatementLine>('supply', { action: 'settle', shopId: shop.id, amountFen, note: '微信转账', idempotencyKey }, supplierOwner);
    const tap = key();
    // a double tap: both requests at once, and a late retry
    const [a, b] = await Promise.all([settle(tap, 1000), settle(tap, 1000)]);
    const retry = await settle(tap, 1000);
    for (const line of [a, b, retry]) expect(line).toMatchObject({ settledFen: 1000, settlements: [expect.objectContaining({ amountFen: 1000 })] });
    const [{ c }] = await host.db.query<{ c: number }>('SELECT count(*)::int AS c FROM supplier_settlements WHERE shop_id = $1', [shop.id]);
    expect(c).toBe(1);
    expect(await settle(key(), 500)).toMatchObject({ settledFen: 1500 });
  });
});
