import { useCallback, useEffect, useRef, useState } from 'react';
import { CATALOG_BOUNDS } from '../../../types/catalog';
import type { Product } from '../../../types/product';
import { ui } from '../../../types/zh-CN/ui';
import { toApiError, type ApiError } from '../../api';
import { useImageList } from '../uploads';
import { catalogApi } from './api';
import { emptyProductForm, formErrorsFrom, productToForm, validateProductForm, type ProductFormErrors, type ProductFormValues } from './form';

export type EditorLoad = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready' };

/**
 * The create / edit form's state: field values, images (uploaded as soon as chosen), the errors to
 * show under each field (from the shared schemas first, then from the backend), and `submit`.
 */
export function useProductEditor(productId: string) {
  const editing = productId !== '';
  const [load, setLoad] = useState<EditorLoad>(editing ? { status: 'loading' } : { status: 'ready' });
  const [values, setValues] = useState<ProductFormValues>(emptyProductForm);
  const [errors, setErrors] = useState<ProductFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const images = useImageList('products', CATALOG_BOUNDS.images);
  const proofImages = useImageList('proofs', CATALOG_BOUNDS.proofImages);
  const resetImages = images.reset;
  const resetProofs = proofImages.reset;
  const latest = useRef(0);

  const fetchProduct = useCallback(async () => {
    if (!editing) return;
    const request = ++latest.current;
    setLoad({ status: 'loading' });
    try {
      const product = await catalogApi.get(productId);
      if (request !== latest.current) return;
      setValues(productToForm(product));
      resetImages(product.images);
      resetProofs(product.proofImages);
      setLoad({ status: 'ready' });
    } catch (err) {
      if (request === latest.current) setLoad({ status: 'error', error: toApiError(err) });
    }
  }, [editing, productId, resetImages, resetProofs]);

  useEffect(() => {
    void fetchProduct();
    return () => {
      latest.current += 1;
    };
  }, [fetchProduct]);

  const setField = useCallback((field: keyof ProductFormValues, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  /** Resolves with the saved product, or null when the form (or the backend) found something to fix. */
  const submit = useCallback(async (): Promise<Product | null> => {
    if (submitting) return null;
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
      return editing ? await catalogApi.update(productId, checked.params) : await catalogApi.create(checked.params);
    } catch (err) {
      const error = toApiError(err);
      setErrors(formErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, images.uploading, images.urls, proofImages.uploading, proofImages.urls, values, editing, productId]);

  return { editing, load, retry: fetchProduct, values, setField, errors, formError, submitting, images, proofImages, submit };
}
