export type ProductStatus = 'active' | 'archived';

export interface Review {
  id: string;
  orderId: string;
  rating: number;
  text: string;
  reply: string | null;
  createdAt: string;
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
