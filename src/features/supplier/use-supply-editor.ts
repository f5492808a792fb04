import { useCallback, useLayoutEffect, useState } from 'react';
import { SUPPLY_BOUNDS, type SupplyProduct } from '../../../types/supply';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { toApiError, type ApiError } from '../../api';
import { readyResource, useResource } from '../../hooks/use-resource';
import { useImageList } from '../uploads';
import { supplyApi } from './api';
import { changedSupplyParams, emptySupplyForm, supplyErrorsFrom, supplyProductToForm, validateSupplyForm, type SupplyFormErrors, type SupplyFormValues } from './form';

export type SupplyEditorLoad = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; product: SupplyProduct | null };

/**
 * The supply product form: values, images (uploaded as soon as chosen, like the seller's product form),
 * errors under each field (the shared schema first, then the backend's BAD_INPUT), `submit` and `archive`.
 */
export function useSupplyEditor(supplyProductId: string) {
  const editing = supplyProductId !== '';
  const [values, setValues] = useState<SupplyFormValues>(emptySupplyForm);
  const [errors, setErrors] = useState<SupplyFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const images = useImageList('products', SUPPLY_BOUNDS.images);
  const proofImages = useImageList('proofs', SUPPLY_BOUNDS.proofImages);
  const resetImages = images.reset;
  const resetProofs = proofImages.reset;
  const fetchProduct = useCallback(() => supplyApi.get(supplyProductId), [supplyProductId]);
  const product = useResource<SupplyProduct | null>(fetchProduct, { enabled: editing, initial: editing ? undefined : readyResource(null) });
  const loaded = product.state.status === 'ready' ? product.state.data : null;
  // The form is filled from each answer before it is painted (no flash of an empty form).
  useLayoutEffect(() => {
    if (!loaded) return;
    setValues(supplyProductToForm(loaded));
    resetImages(loaded.images);
    resetProofs(loaded.proofImages);
  }, [loaded, resetImages, resetProofs]);
  const load: SupplyEditorLoad = product.state.status === 'ready' ? { status: 'ready', product: product.state.data } : product.state;

  const setField = useCallback((field: keyof SupplyFormValues, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  const fail = (err: unknown) => {
    const error = toApiError(err);
    setErrors(supplyErrorsFrom(error.fields));
    setFormError(error.message);
  };

  /** Resolves with the saved product, or null when the form (or the backend) found something to fix. */
  const submit = async (): Promise<SupplyProduct | null> => {
    if (submitting) return null;
    if (images.uploading || proofImages.uploading) {
      setFormError(supplierConsoleUi.form.waitUploads);
      return null;
    }
    const checked = validateSupplyForm(values, images.urls, proofImages.urls);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(supplierConsoleUi.fixErrors);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      if (!editing) return await supplyApi.create(checked.params);
      const saved = await supplyApi.update({ supplyProductId, ...(loaded ? changedSupplyParams(checked.params, loaded) : checked.params) });
      // the next edit's changes are counted from what was just saved
      product.replace(saved);
      return saved;
    } catch (err) {
      fail(err);
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  /** Archives the product (the page asks first); true when done. */
  const archive = async (): Promise<boolean> => {
    if (!editing || submitting) return false;
    setSubmitting(true);
    try {
      product.replace(await supplyApi.archive(supplyProductId));
      return true;
    } catch (err) {
      fail(err);
      return false;
    } finally {
      setSubmitting(false);
    }
  };

  return { editing, load, retry: product.reload, values, setField, errors, formError, submitting, images, proofImages, submit, archive };
}
