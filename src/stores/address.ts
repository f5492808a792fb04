import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Address } from '../../types/order';
import { taroStorage } from './cart';

export const ADDRESS_STORAGE_KEY = 'shuren.address';

interface AddressState {
  /** the last address an order was placed with: the next checkout starts from it */
  address: Address | null;
  remember: (address: Address) => void;
}

function isAddress(value: unknown): value is Address {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.name === 'string' && typeof a.phone === 'string' && typeof a.detail === 'string';
}

export function createAddressStore(storage: StateStorage) {
  return create<AddressState>()(
    persist(
      (set) => ({
        address: null,
        remember: (address) => set({ address }),
      }),
      {
        name: ADDRESS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (s) => ({ address: s.address }),
        merge: (persisted, current) => {
          const p = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as { address?: unknown };
          return { ...current, address: isAddress(p.address) ? p.address : null };
        },
      },
    ),
  );
}

export const useAddressBook = createAddressStore(taroStorage);
