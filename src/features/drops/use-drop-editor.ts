import { useCallback, useEffect, useState } from 'react';
import type { Drop, PickupPoint } from '../../../types/drop';
import { DROP_BOUNDS } from '../../../types/drop';
import type { Product } from '../../../types/product';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { callFunction, toApiError } from '../../api';
import { useResource } from '../../hooks/use-resource';
import { catalogApi } from '../catalog';
import { dropsApi } from './api';
import { DEFAULT_LIMIT, dropErrorsFrom, emptyDropForm, hasItemRoom, unpickableReason, validateDropForm, type DropFormErrors, type DropFormValues } from './form';

export interface DropEditorData {
  /** the shop's zone: the cutoff is picked and said on its wall clock */
  timeZone: string;
  /** the shop's active products, in shop order */
  products: Product[];
}

type TextField = 'title' | 'intro' | 'date' | 'time';

/**
 * The 发起接龙 form's state: what is typed and chosen, the errors under each field (the shared schema's first,
 * then the backend's BAD_INPUT), and `submit`. `preselect` is the product the catalog's 发起接龙 came from.
 */
export function useDropEditor(preselect: string) {
  const load = useCallback(async (): Promise<DropEditorData> => {
    const [shop, catalog] = await Promise.all([callFunction('shop', 'mine', {}), catalogApi.listMine()]);
    return { timeZone: shop.policy.timeZone, products: catalog.active };
  }, []);
  const { state, reload } = useResource(load);
  const [values, setValues] = useState<DropFormValues>(emptyDropForm);
  const [errors, setErrors] = useState<DropFormErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const data = state.status === 'ready' ? state.data : null;

  useEffect(() => {
    if (!data || !preselect) return;
    const p = data.products.find((x) => x.id === preselect);
    if (p && !unpickableReason(p)) setValues((prev) => (prev.items.length > 0 ? prev : { ...prev, items: [{ productId: p.id, limit: String(DEFAULT_LIMIT) }] }));
  }, [data, preselect]);

  const clear = useCallback((...keys: string[]) => {
    setErrors((prev) => {
      if (!keys.some((k) => prev[k]) && !prev.form) return prev;
      const next = { ...prev };
      for (const k of [...keys, 'form']) delete next[k];
      return next;
    });
  }, []);

  const setText = useCallback(
    (field: TextField, value: string) => {
      setValues((prev) => ({ ...prev, [field]: value }));
      clear(field === 'date' || field === 'time' ? 'closesAt' : field);
    },
    [clear],
  );

  const toggleProduct = useCallback(
    (p: Product) => {
      if (unpickableReason(p)) return;
      setValues((prev) => {
        if (prev.items.some((i) => i.productId === p.id)) return { ...prev, items: prev.items.filter((i) => i.productId !== p.id) };
        if (!hasItemRoom(prev)) return prev;
        return { ...prev, items: [...prev.items, { productId: p.id, limit: String(DEFAULT_LIMIT) }] };
      });
      clear('items', `item:${p.id}`);
    },
    [clear],
  );

  const setLimit = useCallback(
    (productId: string, limit: string) => {
      setValues((prev) => ({ ...prev, items: prev.items.map((i) => (i.productId === productId ? { ...i, limit } : i)) }));
      clear(`item:${productId}`);
    },
    [clear],
  );

  const setPickup = useCallback(
    (index: number, field: keyof PickupPoint, value: string) => {
      setValues((prev) => ({ ...prev, pickup: prev.pickup.map((p, i) => (i === index ? { ...p, [field]: value } : p)) }));
      clear(`pickup.${index}.${field}`, 'fulfilment');
    },
    [clear],
  );

  const addPickup = useCallback(() => {
    setValues((prev) => (prev.pickup.length >= DROP_BOUNDS.pickupPoints ? prev : { ...prev, pickup: [...prev.pickup, { name: '', address: '', window: '' }] }));
    clear('fulfilment');
  }, [clear]);

  // the errors of later points move up with them, so they are cleared rather than shifted
  const removePickup = useCallback((index: number) => {
    setValues((prev) => ({ ...prev, pickup: prev.pickup.filter((_, i) => i !== index) }));
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('pickup.'))));
  }, []);

  const setFlag = useCallback(
    (flag: 'delivery' | 'shipping' | 'showJoiners', on: boolean) => {
      setValues((prev) => ({ ...prev, [flag]: on }));
      if (flag !== 'showJoiners') clear('fulfilment');
    },
    [clear],
  );

  /** Resolves with the opened drop, or null when the form (or the backend) found something to fix. */
  const submit = useCallback(async (): Promise<Drop | null> => {
    if (submitting || !data) return null;
    const checked = validateDropForm(values, data.products, data.timeZone, Date.now());
    if (!checked.ok) {
      setErrors({ ...checked.errors, form: dropsUi.form.fixErrors });
      return null;
    }
    setErrors({});
    setSubmitting(true);
    try {
      return await dropsApi.open(checked.params);
    } catch (err) {
      const error = toApiError(err);
      setErrors({ ...dropErrorsFrom(error.fields, checked.params.items), form: error.message });
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, data, values]);

  return { state, reload, values, errors, submitting, setText, toggleProduct, setLimit, setPickup, addPickup, removePickup, setFlag, submit };
}
