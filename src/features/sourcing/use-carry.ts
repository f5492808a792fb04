import { useCallback, useLayoutEffect, useState } from 'react';
import type { Product } from '../../../types/product';
import type { SupplyProduct } from '../../../types/supply';
import { sourcingText } from '../../../types/zh-CN/sourcing';
import { ui } from '../../../types/zh-CN/ui';
import { ApiError, toApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { fenToYuanInput } from '../catalog';
import { sourcingApi } from './api';
import { carryErrorsFrom, startingPriceFen, validateCarry, type CarryErrors } from './band';
import { useCarriedIds } from './use-carried-ids';

/** Refusals shown as the backend says them, above the button (not under a field). */
const REFUSALS = new Set(['CONFLICT', 'SHOP_FULL', 'FORBIDDEN', 'NOT_FOUND']);

/**
 * One supply product and the form that carries it: the price starts inside the band and is checked against it
 * (with the backend's own sentence), the seller's words are optional. `submit` resolves with the new product,
 * or null when something is to fix; CONFLICT (carried already) and SHOP_FULL come back as the backend's message.
 */
export function useCarry(supplyProductId: string) {
  const load = useCallback(() => {
    if (!supplyProductId) throw new ApiError('NOT_FOUND', sourcingText.notFound);
    return sourcingApi.get(supplyProductId);
  }, [supplyProductId]);
  const product = useResource<SupplyProduct>(load);
  const carried = useCarriedIds();
  const refreshCarried = carried.refresh;
  const [price, setPriceText] = useState('');
  const [story, setStoryText] = useState('');
  const [errors, setErrors] = useState<CarryErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const loaded = product.state.status === 'ready' ? product.state.data : null;

  // The price is filled once per product, before paint; a refresh does not overwrite what the seller typed.
  const loadedId = loaded?.id ?? null;
  const loadedMin = loaded?.minPriceFen ?? 0;
  const loadedMax = loaded?.maxPriceFen ?? 0;
  useLayoutEffect(() => {
    if (loadedId) setPriceText(fenToYuanInput(startingPriceFen({ minPriceFen: loadedMin, maxPriceFen: loadedMax })));
  }, [loadedId, loadedMin, loadedMax]);

  const setPrice = useCallback((value: string) => {
    setPriceText(value);
    setErrors((prev) => (prev.price ? { ...prev, price: undefined } : prev));
    setFormError(null);
  }, []);
  const setStory = useCallback((value: string) => {
    setStoryText(value);
    setErrors((prev) => (prev.story ? { ...prev, story: undefined } : prev));
    setFormError(null);
  }, []);

  const submit = useCallback(async (): Promise<Product | null> => {
    if (submitting || !loaded) return null;
    const checked = validateCarry(loaded.id, loaded, price, story);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(ui.productForm.fixErrors);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      return await sourcingApi.carry(checked.params);
    } catch (err) {
      const error = toApiError(err);
      const fieldErrors = REFUSALS.has(error.code) ? {} : carryErrorsFrom(error.fields);
      setErrors(fieldErrors);
      setFormError(error.message);
      if (error.code === 'CONFLICT') void refreshCarried();
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, loaded, price, story, refreshCarried]);

  return {
    state: product.state,
    reload: product.reload,
    refresh: product.refresh,
    isCarried: loaded ? carried.ids.has(loaded.id) : false,
    carriedProduct: loaded ? carried.productOf(loaded.id) : null,
    price,
    setPrice,
    story,
    setStory,
    errors,
    formError,
    submitting,
    submit,
  };
}
