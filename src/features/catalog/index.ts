export { catalogApi } from './api';
export { parseYuanToFen, fenToYuanInput, type YuanParse } from './price';
export { validateProductForm, validateCarriedForm, formErrorsFrom, productToForm, emptyProductForm, type ProductFormValues, type ProductFormErrors, type CarriedProductParams } from './form';
export { checkBandPrice, shortPrice } from './band';
export { bandToFix, type Band } from './band-to-fix';
export { useCatalog, hasRoom, type CatalogState } from './use-catalog';
export { useProductEditor } from './use-product-editor';
