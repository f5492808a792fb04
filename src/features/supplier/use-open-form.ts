import { useCallback, useState } from 'react';
import type { Supplier } from '../../../types/supply';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { toApiError } from '../../api';
import { supplyApi } from './api';
import { openErrorsFrom, validateOpenForm, type OpenFormValues } from './form';

/** 开通供货商: the form's values, the errors under each field, and `submit` (the new supplier, or null). */
export function useOpenForm() {
  const [values, setValues] = useState<OpenFormValues>({ name: '', intro: '', contact: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof OpenFormValues, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setField = useCallback((field: keyof OpenFormValues, value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  /**
   * The new supplier; 'exists' when the caller is one already (CONFLICT: opened meanwhile, from another device or
   * tab, after the console asked supply.mine); null when something is to fix.
   */
  const submit = useCallback(async (): Promise<Supplier | 'exists' | null> => {
    if (busy) return null;
    const checked = validateOpenForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(supplierConsoleUi.fixErrors);
      return null;
    }
    setBusy(true);
    try {
      return await supplyApi.open(checked.params);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'CONFLICT') return 'exists';
      setErrors(openErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      setBusy(false);
    }
  }, [busy, values]);

  return { values, errors, formError, busy, setField, submit };
}
