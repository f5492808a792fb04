export { fetchProduct } from './api';
export { productIdFromParams, productPagePath } from './route';
export { formatReviewDate, stars } from './format';
export { useProduct, type ProductState } from './useProduct';
export { ProductGallery, previewImages } from './components/ProductGallery';
export { ProofSection } from './components/ProofSection';
export { ReviewList } from './components/ReviewList';
export { OrderEntry } from './components/OrderEntry';
