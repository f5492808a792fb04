import { useCallback, useLayoutEffect, useState } from 'react';
import { CATALOG_BOUNDS } from '../../../types/catalog';
import type { Product } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { toApiError, type ApiError } from '../../api';
import { readyResource, useResource } from '../../hooks/use-resource';
import { useImageList } from '../uploads';
import { catalogApi } from './api';
import { changedProductParams, emptyProductForm, formErrorsFrom, productToForm, validateCarriedForm, validateProductForm, type ProductFormErrors, type ProductFormValues } from './form';

export type EditorLoad = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready' };

/**
 * The create / edit form's state: field values, images (uploaded as soon as chosen), the errors to
 * show under each field (from the shared schemas first, then from the backend), and `submit`.
 */
export function useProductEditor(productId: string) {
  const editing = productId !== '';
  const [values, setValues] = useState<ProductFormValues>(emptyProductForm);
  const [errors, setErrors] = useState<ProductFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const images = useImageList('products', CATALOG_BOUNDS.images);
  const proofImages = useImageList('proofs', CATALOG_BOUNDS.proofImages);
  const resetImages = images.reset;
  const resetProofs = proofImages.reset;
  const fetchProduct = useCallback(() => catalogApi.get(productId), [productId]);
  const product = useResource(fetchProduct, { enabled: editing, initial: editing ? undefined : readyResource(null) });
  const loaded = product.state.status === 'ready' ? product.state.data : null;
  // The form is filled from each product answer before it is painted (no flash of an empty form).
  useLayoutEffect(() => {
    if (!loaded) return;
    setValues(productToForm(loaded));
    resetImages(loaded.images);
    resetProofs(loaded.proofImages);
  }, [loaded, resetImages, resetProofs]);
  /** a product carried from a supplier: only its price (inside the band) and the seller's words are the seller's */
  const source = loaded?.source ?? null;
  const load: EditorLoad = product.state.status === 'ready' ? { status: 'ready' } : product.state;

  const setField = useCallback((field: keyof ProductFormValues, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  const submitCarried = useCallback(async (): Promise<Product | null> => {
    if (!source) return null;
    const checked = validateCarriedForm(values, source, productId);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(ui.productForm.fixErrors);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      return await catalogApi.update(productId, checked.params);
    } catch (err) {
      const error = toApiError(err);
      // the band's sentence says the range, so it is shown as the backend wrote it
      const price = error.fields.priceFen;
      setErrors({ ...formErrorsFrom(error.fields), ...(price ? { price } : {}) });
      setFormError(error.message);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [source, values, productId]);

  /** Resolves with the saved product, or null when the form (or the backend) found something to fix. */
  const submit = useCallback(async (): Promise<Product | null> => {
    if (submitting) return null;
    if (source) return submitCarried();
    if (images.uploading || proofImages.uploading) {
      setFormError(ui.productForm.waitUploads);
      return null;
    }
    const checked = validateProductForm(values, images.urls, proofImages.urls, editing ? productId : undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(ui.productForm.fixErrors);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      if (!editing) return await catalogApi.create(checked.params);
      return await catalogApi.update(productId, loaded ? changedProductParams(checked.params, loaded) : checked.params);
    } catch (err) {
      const error = toApiError(err);
      setErrors(formErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, source, submitCarried, images.uploading, images.urls, proofImages.uploading, proofImages.urls, values, editing, productId, loaded]);

  return { editing, load, retry: product.reload, product: loaded, source, values, setField, errors, formError, submitting, images, proofImages, submit };
}
