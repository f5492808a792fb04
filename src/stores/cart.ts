import Taro from '@tarojs/taro';
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { addLine, clampQty, refreshLines, removeLines, setLineQty, type CartLine } from './cart-lines';
import type { Product } from '../../types/product';

export const CART_STORAGE_KEY = 'shuren.cart';

interface CartState {
  lines: CartLine[];
  /** "立即购买": the one line to check out, apart from the cart (which it leaves alone) */
  buyNow: CartLine | null;
  add: (line: CartLine) => void;
  setQty: (productId: string, qty: number) => void;
  remove: (productIds: readonly string[]) => void;
  refresh: (products: readonly Product[]) => void;
  /** the backend said only `available` are left (OUT_OF_STOCK): bound the line by it */
  setStock: (productId: string, available: number) => void;
  setBuyNow: (line: CartLine | null) => void;
  clear: () => void;
}

/** Taro's synchronous storage (WeChat's storage; localStorage in the browser), so the cart is there at the first render. */
export const taroStorage: StateStorage = {
  getItem: (key) => {
    try {
      const value: unknown = Taro.getStorageSync(key);
      return typeof value === 'string' && value !== '' ? value : null;
    } catch {
      return null;
    }
  },
  setItem: (key, value) => {
    try {
      Taro.setStorageSync(key, value);
    } catch {
      // Storage full or unavailable: the cart still works for this visit.
    }
  },
  removeItem: (key) => {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // nothing stored, nothing to remove
    }
  },
};

function isLine(value: unknown): value is CartLine {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return (
    typeof l.productId === 'string' &&
    typeof l.shopId === 'string' &&
    typeof l.title === 'string' &&
    typeof l.priceFen === 'number' &&
    typeof l.qty === 'number' &&
    typeof l.stock === 'number' &&
    (l.image === null || typeof l.image === 'string')
  );
}

/** A stored line's fulfiller may be missing (an older app) or damaged: then the line is the shop's until refreshed. */
function withFulfiller(line: CartLine): CartLine {
  const supplierId = typeof line.supplierId === 'string' && line.supplierId !== '' ? line.supplierId : null;
  const supplierName = supplierId && typeof line.supplierName === 'string' ? line.supplierName : null;
  return { ...line, supplierId, supplierName };
}

/** The cart store on any storage (tests give a map); `useCart` is the app's, on Taro storage. */
export function createCartStore(storage: StateStorage) {
  return create<CartState>()(
    persist(
      (set) => ({
        lines: [],
        buyNow: null,
        add: (line) => set((s) => ({ lines: addLine(s.lines, line) })),
        setQty: (productId, qty) => set((s) => ({ lines: setLineQty(s.lines, productId, qty) })),
        remove: (productIds) => set((s) => ({ lines: removeLines(s.lines, productIds) })),
        refresh: (products) =>
          set((s) => ({ lines: refreshLines(s.lines, products), buyNow: s.buyNow ? (refreshLines([s.buyNow], products)[0] ?? null) : null })),
        setStock: (productId, available) =>
          set((s) => {
            const bound = (l: CartLine): CartLine => (l.productId === productId ? { ...l, stock: available, qty: clampQty(l.qty, available) } : l);
            return { lines: s.lines.map(bound), buyNow: s.buyNow ? bound(s.buyNow) : null };
          }),
        setBuyNow: (buyNow) => set({ buyNow }),
        clear: () => set({ lines: [], buyNow: null }),
      }),
      {
        name: CART_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ lines: s.lines, buyNow: s.buyNow }),
        // What was stored may come from an older app or be damaged: keep only well-formed lines.
        merge: (persisted, current) => {
          const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as { lines?: unknown; buyNow?: unknown };
          const lines = Array.isArray(p.lines) ? p.lines.filter(isLine).map(withFulfiller).reduce<CartLine[]>((acc, l) => addLine(acc, l), []) : [];
          return { ...current, lines, buyNow: isLine(p.buyNow) ? withFulfiller(p.buyNow) : null };
        },
      },
    ),
  );
}

export const useCart = createCartStore(taroStorage);
