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
  createdAt: string;
  updatedAt: string;
}

export interface ProductWithReviews extends Product {
  reviews: Review[];
}
