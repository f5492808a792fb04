import type { Shop, ShopWithProducts, PolicyPatch } from './shop';
import type { Product, ProductWithReviews } from './product';
import type { CatalogCreateParams } from './catalog';

/**
 * Each cloud function's actions: the params the client sends (before validation) and the data it gets back.
 * The app's api client is typed from this table, so a change here shows up on both sides.
 */
export interface FunctionActions {
  shop: {
    open: { params: { name: string; intro?: string; avatarUrl?: string }; result: Shop };
    get: { params: { shopId: string }; result: ShopWithProducts };
    mine: { params: Record<string, never>; result: Shop };
    update: {
      params: { shopId?: string; name?: string; intro?: string; avatarUrl?: string; policy?: PolicyPatch };
      result: Shop;
    };
  };
  catalog: {
    create: { params: CatalogCreateParams; result: Product };
    update: { params: { productId: string } & Partial<CatalogCreateParams>; result: Product };
    archive: { params: { productId: string }; result: Product };
    restore: { params: { productId: string }; result: Product };
    move: { params: { productId: string; direction: 'up' | 'down' }; result: Product[] };
    get: { params: { productId: string }; result: ProductWithReviews };
    listMine: { params: Record<string, never>; result: { active: Product[]; archived: Product[]; productCap: number } };
  };
}

export type FunctionName = keyof FunctionActions;
export type ActionName<F extends FunctionName> = keyof FunctionActions[F] & string;
export type ActionParams<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { params: infer P } ? P : never;
export type ActionResult<F extends FunctionName, A extends ActionName<F>> = FunctionActions[F][A] extends { result: infer R } ? R : never;

/** Identities the dev host knows for the demo: the seeded seller and a friend. */
export const DEV_IDENTITIES = { seller: 'seller-demo', friend: 'friend-demo' } as const;
