import { useCallback, useState } from 'react';
import type { Shop } from '../../../types/shop';
import { ui } from '../../../types/zh-CN/ui';
import { callFunction, toApiError } from '../../api';
import { useImageList } from '../uploads';
import { paymentErrorsFrom, validatePaymentForm, type PaymentFormErrors } from './paymentForm';

/** 收款设置: the transfer note and QR code buyers see, and the WeChat Pay merchant id (never shown back: the shop only says whether it has one). */
export function usePaymentForm(shop: Shop) {
  const [transferNote, setTransferNote] = useState(shop.payment.transferNote);
  const [wechatSubMchId, setWechatSubMchId] = useState('');
  const [errors, setErrors] = useState<PaymentFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const qr = useImageList('payments', 1, shop.payment.transferQrUrl ? [shop.payment.transferQrUrl] : []);

  const setField = useCallback((field: 'transferNote' | 'wechatSubMchId', value: string) => {
    if (field === 'transferNote') setTransferNote(value);
    else setWechatSubMchId(value);
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setFormError(null);
  }, []);

  const submit = useCallback(async (): Promise<Shop | null> => {
    if (submitting) return null;
    if (qr.uploading) {
      setFormError(ui.productForm.waitUploads);
      return null;
    }
    const checked = validatePaymentForm({ transferNote, transferQrUrl: qr.urls[0] ?? null, wechatSubMchId });
    if (!checked.ok) {
      setErrors(checked.errors);
      return null;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      const saved = await callFunction('shop', 'update', { payment: checked.params });
      setWechatSubMchId('');
      return saved;
    } catch (err) {
      const error = toApiError(err);
      setErrors(paymentErrorsFrom(error.fields));
      setFormError(error.message);
      return null;
    } finally {
      setSubmitting(false);
    }
  }, [submitting, qr.uploading, qr.urls, transferNote, wechatSubMchId]);

  return { transferNote, wechatSubMchId, setField, qr, errors, formError, submitting, submit };
}
