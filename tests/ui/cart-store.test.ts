import type { StateStorage } from 'zustand/middleware';
import { createCartStore, CART_STORAGE_KEY } from '../../src/stores/cart';
import { clampQty, groupByFulfiller, groupByShop, lineFromProduct, maxQtyOf, cartCount, type CartLine } from '../../src/features/cart';
import type { ProductSource } from '../../types/product';
import { aProduct } from './fixtures';

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const walnut = aProduct({ id: 'p-walnut', shopId: 'shop-a', title: '核桃', priceFen: 6800, stock: 3, images: ['https://img.example/w.jpg'] });
const honey = aProduct({ id: 'p-honey', shopId: 'shop-b', title: '蜂蜜', priceFen: 5800, stock: 200 });
const tea = aProduct({ id: 'p-tea', shopId: 'shop-a', title: '茶', priceFen: 1000, stock: 10 });

describe('cart lines', () => {
  it('bounds quantities to 1..min(99, stock)', () => {
    expect(maxQtyOf({ stock: 3 })).toBe(3);
    expect(maxQtyOf({ stock: 500 })).toBe(99);
    expect(maxQtyOf({ stock: 0 })).toBe(0);
    expect(clampQty(0, 5)).toBe(1);
    expect(clampQty(-3, 5)).toBe(1);
    expect(clampQty(7, 5)).toBe(5);
    expect(clampQty(150, 500)).toBe(99);
    expect(clampQty(Number.NaN, 5)).toBe(1);
    expect(clampQty(2.7, 5)).toBe(2);
  });

  it('groups by shop in the order shops were added, with counts and subtotals in fen', () => {
    const lines: CartLine[] = [lineFromProduct(walnut, 2), lineFromProduct(honey, 1), lineFromProduct(tea, 3)];
    const groups = groupByShop(lines);
    expect(groups.map((g) => g.shopId)).toEqual(['shop-a', 'shop-b']);
    expect(groups[0]).toMatchObject({ count: 5, subtotalFen: 2 * 6800 + 3 * 1000 });
    expect(groups[0].lines.map((l) => l.productId)).toEqual(['p-walnut', 'p-tea']);
    expect(groups[1]).toMatchObject({ count: 1, subtotalFen: 5800 });
    expect(cartCount(lines)).toBe(6);
  });
});

describe('the cart store', () => {
  it('adds, merges the same product, and never goes past the stock or below 1', () => {
    const cart = createCartStore(memoryStorage());
    cart.getState().add(lineFromProduct(walnut, 1));
    cart.getState().add(lineFromProduct(walnut, 1));
    expect(cart.getState().lines).toHaveLength(1);
    expect(cart.getState().lines[0].qty).toBe(2);
    cart.getState().add(lineFromProduct(walnut, 5));
    expect(cart.getState().lines[0].qty).toBe(3); // stock 3
    cart.getState().setQty('p-walnut', 0);
    expect(cart.getState().lines[0].qty).toBe(1);
    cart.getState().setQty('p-walnut', 99);
    expect(cart.getState().lines[0].qty).toBe(3);

    cart.getState().add(lineFromProduct(honey, 150));
    expect(cart.getState().lines.find((l) => l.productId === 'p-honey')?.qty).toBe(99);

    // The backend says fewer are left: the line is bounded again.
    cart.getState().setStock('p-walnut', 2);
    expect(cart.getState().lines[0]).toMatchObject({ stock: 2, qty: 2 });
    cart.getState().remove(['p-walnut']);
    expect(cart.getState().lines.map((l) => l.productId)).toEqual(['p-honey']);
  });

  it('survives a reload: the lines and the buy-now line go through storage and come back', () => {
    const storage = memoryStorage();
    const first = createCartStore(storage);
    first.getState().add(lineFromProduct(walnut, 2));
    first.getState().add(lineFromProduct(honey, 1));
    first.getState().setBuyNow(lineFromProduct(tea, 1));
    expect(JSON.parse(storage.data.get(CART_STORAGE_KEY) ?? '{}').state.lines).toHaveLength(2);

    const reloaded = createCartStore(storage);
    expect(reloaded.getState().lines).toEqual(first.getState().lines);
    expect(reloaded.getState().buyNow?.productId).toBe('p-tea');
    expect(groupByShop(reloaded.getState().lines).map((g) => g.shopId)).toEqual(['shop-a', 'shop-b']);
  });

  it('drops damaged stored lines instead of crashing', () => {
    const storage = memoryStorage();
    storage.data.set(
      CART_STORAGE_KEY,
      JSON.stringify({ state: { lines: [{ productId: 'x' }, { ...lineFromProduct(walnut, 9) }, 'nonsense'], buyNow: 42 }, version: 1 }),
    );
    const cart = createCartStore(storage);
    expect(cart.getState().lines).toHaveLength(1);
    expect(cart.getState().lines[0]).toMatchObject({ productId: 'p-walnut', qty: 3 });
    expect(cart.getState().buyNow).toBeNull();
  });

  it('refreshes price and stock from the shop and re-bounds quantities', () => {
    const cart = createCartStore(memoryStorage());
    cart.getState().add(lineFromProduct(tea, 8));
    cart.getState().refresh([{ ...tea, priceFen: 1200, stock: 5 }]);
    expect(cart.getState().lines[0]).toMatchObject({ priceFen: 1200, stock: 5, qty: 5 });
  });
});

describe('who ships each line (一件代发)', () => {
  const uncle: ProductSource = {
    supplierId: 'sup-uncle',
    supplierName: '秦岭蜂场',
    supplyProductId: 'sp-honey',
    supplierStory: '',
    shipWithinHours: 48,
    minPriceFen: 5200,
    maxPriceFen: 6800,
  };
  const carried = aProduct({ id: 'p-carried', shopId: 'shop-a', title: '秦岭土蜂蜜', priceFen: 6000, stock: 50, source: uncle });
  const tea2 = aProduct({ id: 'p-tea2', shopId: 'shop-a', title: '秋茶', priceFen: 900, stock: 10 });

  it('a line remembers its product’s supplier, and the shop’s lines group by who ships them, the shop’s own first', () => {
    expect(lineFromProduct(carried, 1)).toMatchObject({ supplierId: 'sup-uncle', supplierName: '秦岭蜂场' });
    expect(lineFromProduct(tea, 1)).toMatchObject({ supplierId: null, supplierName: null });
    const groups = groupByFulfiller([lineFromProduct(carried, 2), lineFromProduct(tea, 1), lineFromProduct(tea2, 3)]);
    expect(groups.map((g) => [g.supplierId, g.supplierName, g.lines.map((l) => l.productId), g.count, g.subtotalFen])).toEqual([
      [null, null, ['p-tea', 'p-tea2'], 4, 1000 + 3 * 900],
      ['sup-uncle', '秦岭蜂场', ['p-carried'], 2, 12000],
    ]);
  });

  it('a line stored by an older app (no fulfiller) counts as the shop’s until the shop’s products refresh it', () => {
    const storage = memoryStorage();
    const { supplierId: _id, supplierName: _name, ...old } = lineFromProduct(carried, 2);
    storage.data.set(CART_STORAGE_KEY, JSON.stringify({ state: { lines: [old], buyNow: { ...old, supplierId: 42 } }, version: 1 }));
    const cart = createCartStore(storage);
    expect(cart.getState().lines[0]).toMatchObject({ productId: 'p-carried', qty: 2, supplierId: null, supplierName: null });
    expect(cart.getState().buyNow).toMatchObject({ productId: 'p-carried', supplierId: null });
    expect(groupByFulfiller(cart.getState().lines).map((g) => g.supplierId)).toEqual([null]);

    cart.getState().refresh([carried]);
    expect(cart.getState().lines[0]).toMatchObject({ supplierId: 'sup-uncle', supplierName: '秦岭蜂场' });
    expect(cart.getState().buyNow).toMatchObject({ supplierId: 'sup-uncle', supplierName: '秦岭蜂场' });
  });

  it('a refresh also notices a product that stopped being carried', () => {
    const cart = createCartStore(memoryStorage());
    cart.getState().add(lineFromProduct(carried, 1));
    cart.getState().refresh([{ ...carried, source: null }]);
    expect(cart.getState().lines[0]).toMatchObject({ supplierId: null, supplierName: null });
  });
});
