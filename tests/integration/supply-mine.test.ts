import type { Product } from '../../types/product';
import type { MySupply, Supplier, SupplyProduct } from '../../types/supply';
import { handClock, hostPerFile } from './helpers/host';

const clock = handClock('2026-11-30T02:00:00Z');
const host = hostPerFile({ clock });

const honey = { title: '秦岭土蜂蜜 500 克', story: '老蜂农在山里养了三十年的中华蜂。', supplyPriceFen: 3800, minPriceFen: 5200, maxPriceFen: 6800, stock: 60 };

let n = 0;
async function newSupplier(name: string) {
  const owner = `mine-owner-${++n}`;
  const supplier = await host.ok<Supplier>('supply', { action: 'open', name }, owner);
  return { owner, supplier };
}

async function create(owner: string, title: string): Promise<SupplyProduct> {
  clock.t += 60_000; // newest first is by creation time
  return host.ok<SupplyProduct>('supply', { action: 'create', ...honey, title }, owner);
}

describe('supply.mine', () => {
  it('answers null and no products to someone who is not a supplier, a seller too: the console’s first screen, not an error', async () => {
    expect(await host.ok<MySupply>('supply', { action: 'mine' }, 'mine-nobody')).toEqual({ supplier: null, products: [], nextCursor: null });
    await host.ok('shop', { action: 'open', name: '只卖不供的小店' }, 'mine-seller-only');
    expect(await host.ok<MySupply>('supply', { action: 'mine' }, 'mine-seller-only')).toEqual({ supplier: null, products: [], nextCursor: null });
  });

  it('names a supplier that has listed nothing yet', async () => {
    const { owner, supplier } = await newSupplier('刚开张的蜂场');
    expect(await host.ok<MySupply>('supply', { action: 'mine' }, owner)).toEqual({ supplier, products: [], nextCursor: null });
  });

  it('lists the supplier’s own products in every status, newest first, with the supply price', async () => {
    const { owner, supplier } = await newSupplier('秦岭老周的蜂场');
    const first = await create(owner, '槐花蜜');
    const second = await create(owner, '百花蜜');
    const third = await create(owner, '荆条蜜');
    await host.ok('supply', { action: 'archive', supplyProductId: second.id }, owner);

    const mine = await host.ok<MySupply>('supply', { action: 'mine' }, owner);
    expect(mine.supplier).toEqual(supplier);
    expect(mine.products.map((p) => [p.title, p.status])).toEqual([
      ['荆条蜜', 'active'],
      ['百花蜜', 'archived'],
      ['槐花蜜', 'active'],
    ]);
    expect(mine.products.map((p) => p.id)).toEqual([third.id, second.id, first.id]);
    for (const p of mine.products) expect(p).toMatchObject({ supplierId: supplier.id, supplyPriceFen: 3800 });
    // the archived one has left the browse list; the supplier still sees it here
    const listed = await host.ok<{ products: SupplyProduct[] }>('supply', { action: 'list', q: '百花蜜' }, owner);
    expect(listed.products.map((p) => p.id)).not.toContain(second.id);
  });

  it('never shows another supplier’s products, not even one the caller carries in their own shop', async () => {
    const { owner: teaOwner } = await newSupplier('明前茶园');
    const tea = await create(teaOwner, '明前绿茶');
    // the caller is a seller carrying the tea (so they see its supply price) and a supplier nobody carries yet
    const { owner, supplier } = await newSupplier('既卖也供的果园');
    await host.ok('shop', { action: 'open', name: '既卖也供的小店' }, owner);
    await host.ok<Product>('catalog', { action: 'carry', supplyProductId: tea.id, priceFen: 5800 }, owner);
    const apples = await create(owner, '洛川苹果');

    const mine = await host.ok<MySupply>('supply', { action: 'mine' }, owner);
    expect(mine.supplier?.id).toBe(supplier.id);
    expect(mine.products.map((p) => p.id)).toEqual([apples.id]);
    const theirs = await host.ok<MySupply>('supply', { action: 'mine' }, teaOwner);
    expect(theirs.products.map((p) => p.id)).toEqual([tea.id]);
  });

  it('pages a supplier with many products without repeats or gaps, and answers a forged cursor BAD_INPUT', async () => {
    const { owner } = await newSupplier('大农场');
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) ids.push((await create(owner, `翻页蜜${i}`)).id);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page: MySupply = await host.ok<MySupply>('supply', { action: 'mine', ...(cursor ? { cursor } : {}) }, owner);
      expect(page.supplier?.name).toBe('大农场');
      sizes.push(page.products.length);
      seen.push(...page.products.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([20, 3]);
    expect(seen).toEqual([...ids].reverse());

    const forged = await host.call('supply', { action: 'mine', cursor: 'bm90LWEtY3Vyc29y' }, owner);
    expect(forged.body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: { fields: { cursor: expect.any(String) } } } });
  });
});
