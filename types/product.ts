export type ProductStatus = 'active' | 'archived';

export interface Review {
  id: string;
  orderId: string;
  rating: number;
  text: string;
  reply: string | null;
  createdAt: string;
  /** the reviewer as everyone sees them: the first character of the order's receiver name and "*" ("王*"), never the full name */
  reviewerName: string;
  /** when the reviewed order was placed: a review says when the reviewer bought */
  purchasedAt: string;
  /** the product of the order the buyer said the review is about; null when they did not say */
  productId: string | null;
  /** true when the review names no product and its order had several: it is about the whole order */
  wholeOrder: boolean;
}

/**
 * Where a carried product comes from (CONTRACT.md, Additions, `supply`): its supplier ships it, its title, images,
 * proof and stock are the supplier's. Null on a product the shop made itself.
 */
export interface ProductSource {
  supplierId: string;
  supplierName: string;
  supplyProductId: string;
  /** the supplier's own words about it, shown to friends after the seller's */
  supplierStory: string;
  /** how soon the supplier ships a paid order */
  shipWithinHours: number;
  /** what the seller owes the supplier per piece: only in the carrying seller's own view */
  supplyPriceFen?: number;
  /** the supplier's band the seller's price must stay inside */
  minPriceFen: number;
  maxPriceFen: number;
}

export interface Product {
  id: string;
  shopId: string;
  title: string;
  priceFen: number;
  stock: number;
  story: string;
  images: string[];
  proofImages: string[];
  status: ProductStatus;
  /** the seller's chosen order on the shop page, ascending */
  position: number;
  /** a carried product's supplier (一件代发); null for the shop's own */
  source: ProductSource | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProductWithReviews extends Product {
  reviews: Review[];
}
