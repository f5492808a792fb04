import type { Supplier, SupplyProduct, SupplyProductPage } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-29T02:00:00Z');
const host = hostPerFile({ clock });

let n = 0;
async function newSupplier(name = `第${n + 1}家农场`) {
  const owner = `supply-owner-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name, intro: '山里的合作社', contact: '13800138000' }, owner);
  return { owner, supplier };
}

const honey = {
  title: '秦岭土蜂蜜 500 克',
  story: '老蜂农在山里养了三十年的中华蜂，一年只取一次蜜。',
  images: ['/uploads/honey.png'],
  proofImages: ['/uploads/honey-report.png'],
  supplyPriceFen: 4000,
  minPriceFen: 5800,
  maxPriceFen: 8800,
  stock: 300,
};

async function countRows(table: 'suppliers' | 'supply_products'): Promise<number> {
  const [{ c }] = await host.db.query<{ c: number }>(`SELECT count(*)::int AS c FROM ${table}`);
  return c;
}

async function stored(id: string) {
  const [row] = await host.db.query<Record<string, unknown>>('SELECT title, story, supply_price_fen, min_price_fen, max_price_fen, stock, status FROM supply_products WHERE id = $1', [id]);
  return row;
}

describe('supply.open', () => {
  it('makes the caller a supplier once; a second open is CONFLICT and changes nothing', async () => {
    const { owner, supplier } = await newSupplier('商洛核桃合作社');
    expect(supplier).toMatchObject({ name: '商洛核桃合作社', intro: '山里的合作社' });
    // the contact is for sellers who carry it, not part of the public profile
    expect(supplier).not.toHaveProperty('contact');
    const again = await host.call('supply', { action: 'open', name: '另一个名字' }, owner);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const rows = await host.db.query<{ name: string }>('SELECT name FROM suppliers WHERE owner_openid = $1', [owner]);
    expect(rows).toEqual([{ name: '商洛核桃合作社' }]);
  });

  it('lets a seller be a supplier too', async () => {
    const owner = `supply-seller-${++n}`;
    await host.ok('shop', { action: 'open', name: '既卖也供' }, owner);
    await host.ok<Supplier>('supply', { action: 'open', name: '既卖也供的农场' }, owner);
  });
});

describe('supply.create', () => {
  it('stores an active product with a default ship-within of 48 hours, the supply price shown to its supplier', async () => {
    const { owner, supplier } = await newSupplier();
    const p = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey }, owner);
    expect(p).toMatchObject({ ...honey, supplierId: supplier.id, supplierName: supplier.name, shipWithinHours: 48, status: 'active', carriedBy: 0 });
  });

  it.each([
    ['a supply price above the minimum', { supplyPriceFen: 6000 }, 'supplyPriceFen'],
    ['a minimum above the maximum', { minPriceFen: 9000 }, 'maxPriceFen'],
    ['a price of 0', { supplyPriceFen: 0 }, 'supplyPriceFen'],
    ['a maximum over 10,000,000 fen', { maxPriceFen: 10_000_001 }, 'maxPriceFen'],
    ['stock over 99,999', { stock: 100_000 }, 'stock'],
    ['a ship-within of 721 hours', { shipWithinHours: 721 }, 'shipWithinHours'],
  ])('refuses %s with BAD_INPUT naming the field, and stores nothing', async (_label, change, field) => {
    const { owner } = await newSupplier();
    const before = await countRows('supply_products');
    const res = await host.call('supply', { action: 'create', ...honey, ...change }, owner);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { [field]: expect.any(String) } } } });
    expect(await countRows('supply_products')).toBe(before);
  });

  it('is FORBIDDEN to an identity that is not a supplier', async () => {
    const before = await countRows('supply_products');
    const res = await host.call('supply', { action: 'create', ...honey }, 'supply-nobody');
    expect(res.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await countRows('supply_products')).toBe(before);
  });

  it('refuses a risky title or story with CONTENT_REJECTED naming it, and stores nothing', async () => {
    const { owner } = await newSupplier();
    const before = await countRows('supply_products');
    for (const [field, change] of [['title', { title: '蜂蜜【违规测试】' }], ['story', { story: '故事【违规测试】' }]] as const) {
      const res = await host.call('supply', { action: 'create', ...honey, ...change }, owner);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { fields: { [field]: expect.any(String) } } } });
    }
    expect(await countRows('supply_products')).toBe(before);
  });
});

describe('supply.update and supply.archive', () => {
  it('change the supplier’s own product; the band holds on the merged prices', async () => {
    const { owner } = await newSupplier();
    const p = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey }, owner);
    const updated = await host.ok<SupplyProduct>('supply', { action: 'update', supplyProductId: p.id, stock: 120, maxPriceFen: 9800, shipWithinHours: 24 }, owner);
    expect(updated).toMatchObject({ stock: 120, maxPriceFen: 9800, shipWithinHours: 24, supplyPriceFen: 4000, minPriceFen: 5800 });

    // only the minimum is sent, but it falls below the stored supply price
    const res = await host.call('supply', { action: 'update', supplyProductId: p.id, minPriceFen: 3000, title: '改了名字' }, owner);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { supplyPriceFen: expect.any(String) } } } });
    expect(await stored(p.id)).toMatchObject({ title: honey.title, min_price_fen: 5800, stock: 120 });

    const risky = await host.call('supply', { action: 'update', supplyProductId: p.id, title: '新名【违规测试】' }, owner);
    expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED', details: { fields: { title: expect.any(String) } } } });
    expect(await stored(p.id)).toMatchObject({ title: honey.title });

    const archived = await host.ok<SupplyProduct>('supply', { action: 'archive', supplyProductId: p.id }, owner);
    expect(archived.status).toBe('archived');
    const twice = await host.call('supply', { action: 'archive', supplyProductId: p.id }, owner);
    expect(twice.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('answer another supplier NOT_FOUND, as for a made-up id, and change nothing', async () => {
    const { owner } = await newSupplier();
    const { owner: other } = await newSupplier();
    const p = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey }, owner);
    const before = await stored(p.id);
    for (const event of [
      { action: 'update', supplyProductId: p.id, supplyPriceFen: 1, stock: 0 },
      { action: 'archive', supplyProductId: p.id },
      { action: 'update', supplyProductId: 'zz9madeUpId9zz', stock: 0 },
    ]) {
      const res = await host.call('supply', event, other);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await stored(p.id)).toEqual(before);
  });
});

describe('supply.list and supply.get', () => {
  it('are public; the supply price is shown to its supplier only', async () => {
    const { owner } = await newSupplier();
    const p = await host.ok<SupplyProduct>('supply', { action: 'create', ...honey, title: '独一无二的槐花蜜' }, owner);

    for (const viewer of [undefined, 'supply-browsing-seller']) {
      const seen = await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: p.id }, viewer);
      expect(seen).toMatchObject({ id: p.id, title: '独一无二的槐花蜜', minPriceFen: 5800, maxPriceFen: 8800 });
      expect(seen).not.toHaveProperty('supplyPriceFen');
      const page = await host.ok<SupplyProductPage>('supply', { action: 'list', q: '槐花' }, viewer);
      expect(page.products.map((x) => x.id)).toEqual([p.id]);
      expect(page.products[0]).not.toHaveProperty('supplyPriceFen');
    }
    expect(await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: p.id }, owner)).toMatchObject({ supplyPriceFen: 4000 });
    expect((await host.ok<SupplyProductPage>('supply', { action: 'list', q: '槐花' }, owner)).products[0]).toMatchObject({ supplyPriceFen: 4000 });

    const missing = await host.call('supply', { action: 'get', supplyProductId: 'zz9madeUpId9zz' });
    expect(missing.status).toBe(404);
  });

  it('lists active products newest first, page by page, without repeats; archived ones leave the list', async () => {
    const { owner } = await newSupplier();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      clock.t += 60_000;
      ids.push((await host.ok<SupplyProduct>('supply', { action: 'create', ...honey, title: `翻页蜜${i}` }, owner)).id);
    }
    await host.ok('supply', { action: 'archive', supplyProductId: ids[5] }, owner);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page: SupplyProductPage = await host.ok<SupplyProductPage>('supply', { action: 'list', q: '翻页蜜', cursor }, 'supply-browser');
      seen.push(...page.products.map((x) => x.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids.filter((id) => id !== ids[5]).reverse());
    // the archived one stays readable by link, saying so
    expect(await host.ok<SupplyProduct>('supply', { action: 'get', supplyProductId: ids[5] })).toMatchObject({ status: 'archived' });
  });

  it('treats % and _ in the search as plain characters', async () => {
    const { owner } = await newSupplier();
    await host.ok('supply', { action: 'create', ...honey, title: '百分百_纯蜜' }, owner);
    expect((await host.ok<SupplyProductPage>('supply', { action: 'list', q: '%' })).products).toEqual([]);
    expect((await host.ok<SupplyProductPage>('supply', { action: 'list', q: '百分百_' })).products).toHaveLength(1);
  });

  it('answers a forged cursor BAD_INPUT', async () => {
    const res = await host.call('supply', { action: 'list', cursor: 'bm90LWEtY3Vyc29y' });
    expect(res.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { cursor: expect.any(String) } } } });
  });
});
