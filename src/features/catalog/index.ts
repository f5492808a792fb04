export { catalogApi } from './api';
export { parseYuanToFen, fenToYuanInput, type YuanParse } from './price';
export { validateProductForm, formErrorsFrom, productToForm, emptyProductForm, type ProductFormValues, type ProductFormErrors } from './form';
export { useCatalog, hasRoom, type CatalogState } from './use-catalog';
export { useProductEditor } from './use-product-editor';
