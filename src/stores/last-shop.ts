import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { taroStorage } from './cart';

export const LAST_SHOP_STORAGE_KEY = 'shuren.lastShop';

interface LastShopState {
  /** the last shop the friend looked at (its page, or a product of it): where "回店里" leads from the cart and the orders */
  shopId: string | null;
  name: string | null;
  seen: (shopId: string, name?: string | null) => void;
}

/** The store on any storage (tests give a map); `useLastShop` is the app's, on Taro storage like the cart. */
export function createLastShopStore(storage: StateStorage) {
  return create<LastShopState>()(
    persist(
      (set) => ({
        shopId: null,
        name: null,
        seen: (shopId, name) =>
          set((s) => {
            if (!shopId) return s;
            // A product page knows the shop's id but not its name: keep the name seen before for the same shop.
            const keptName = name ?? (s.shopId === shopId ? s.name : null);
            return s.shopId === shopId && s.name === keptName ? s : { shopId, name: keptName };
          }),
      }),
      {
        name: LAST_SHOP_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ shopId: s.shopId, name: s.name }),
        // Stored by an older app or damaged: start without a last shop rather than with a wrong one.
        merge: (persisted, current) => {
          const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as { shopId?: unknown; name?: unknown };
          const shopId = typeof p.shopId === 'string' && p.shopId !== '' ? p.shopId : null;
          return { ...current, shopId, name: shopId && typeof p.name === 'string' ? p.name : null };
        },
      },
    ),
  );
}

export const useLastShop = createLastShopStore(taroStorage);
