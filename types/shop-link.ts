import type { ShopWithProducts } from './shop';

/**
 * The shop's data the local host puts into the H5 page it answers `/s/<shopId>` with: `shop.get`'s answer
 * for an anonymous viewer, so the shop page renders its first view without asking the API first.
 */
export interface EmbeddedShop {
  shopId: string;
  data: ShopWithProducts;
}

/** The id of the `<script type="application/json">` element that carries it. */
export const SHOP_DATA_ELEMENT_ID = 'shuren-shop-data';
