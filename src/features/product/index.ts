export { fetchProduct } from './api';
export { productIdFromParams, productPagePath } from './route';
export { formatReviewDate, stars } from './format';
export { useProduct, type ProductState } from './use-product';
export { ProductGallery, previewImages } from './components/product-gallery';
export { ProofSection } from './components/proof-section';
export { SupplierSection } from './components/supplier-section';
export { ReviewList } from './components/review-list';
export { OrderEntry } from './components/order-entry';
