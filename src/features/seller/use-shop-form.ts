import { useCallback, useState } from 'react';
import type { Shop } from '../../../types/shop';
import { ui } from '../../../types/zh-CN/ui';
import { callFunction, toApiError } from '../../api';
import { useImageList } from '../uploads';
import { shopFormErrorsFrom, validateShopForm, type ShopFormErrors, type ShopFormParams, type ShopFormValues } from './shop-form';

/** The "开店" form (no shop yet) and the settings form (the caller's shop): same fields, same rules. */
export function useShopForm(shop: Shop | null) {
  const [values, setValues] = useState<Omit<ShopFormValues, 'avatarUrl'>>({ name: shop?.name ?? '', intro: shop?.intro ?? '' });
  const [errors, setErrors] = useState<ShopFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const avatar = useImageList('avatars', 1, shop?.avatarUrl ? [shop.avatarUrl] : []);

  const setField = useCallback((field: 'name' | 'intro', value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  const submit = useCallback(async (): Promise<Shop | null> => {
    if (submitting) return null;
    if (avatar.uploading) {
      setFormError(ui.productForm.waitUploads);
      return null;
    }
    const checked = validateShopForm({ ...values, avatarUrl: avatar.urls[0] ?? null });
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(null);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      return shop ? await callFunction('shop', 'update', checked.params) : await callFunction('shop', 'open', checked.params);
    } catch (err) {
      const error = toApiError(err);
      setErrors(shopFormErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, avatar.uploading, avatar.urls, values, shop]);

  /** For a page that saves more than this form in one `shop.update`: the checked fields, or null after showing why not. */
  const check = useCallback((): ShopFormParams | null => {
    const checked = validateShopForm({ ...values, avatarUrl: avatar.urls[0] ?? null });
    setErrors(checked.ok ? {} : checked.errors);
    return checked.ok ? checked.params : null;
  }, [values, avatar.urls]);

  const showErrors = useCallback((fields: Record<string, string>) => setErrors(shopFormErrorsFrom(fields)), []);

  return { values, setField, avatar, errors, formError, submitting, submit, check, showErrors };
}
