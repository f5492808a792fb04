import { useCallback, useState } from 'react';
import type { Shop } from '../../../types/shop';
import { useImageList } from '../uploads';
import { paymentErrorsFrom, validatePaymentForm, type PaymentFormErrors, type PaymentParams } from './payment-form';

/**
 * 收款设置: the transfer note and QR code buyers see, and the WeChat Pay merchant id. The id is never
 * shown back (the shop only says whether it has one, `payment.wechatPay`): once set, the field reads
 * 已设置 with 修改, which opens an empty field for a new one.
 */
export function usePaymentForm(shop: Shop) {
  const [transferNote, setTransferNote] = useState(shop.payment.transferNote);
  const [wechatSubMchId, setWechatSubMchId] = useState('');
  const [subMchSet, setSubMchSet] = useState(shop.payment.wechatPay);
  const [editingSubMch, setEditingSubMch] = useState(!shop.payment.wechatPay);
  const [errors, setErrors] = useState<PaymentFormErrors>({});
  const qr = useImageList('payments', 1, shop.payment.transferQrUrl ? [shop.payment.transferQrUrl] : []);

  const setField = useCallback((field: 'transferNote' | 'wechatSubMchId', value: string) => {
    if (field === 'transferNote') setTransferNote(value);
    else setWechatSubMchId(value);
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
  }, []);

  /** 修改 (true) or 不修改了 (false): leaving the field drops what was typed in it, and keeps the saved id. */
  const editSubMch = useCallback((on: boolean) => {
    setEditingSubMch(on);
    setWechatSubMchId('');
    setErrors((prev) => ({ ...prev, wechatSubMchId: undefined }));
  }, []);

  /** The changes to send, or null after showing why not (`saved`: the shop as the server has it now). */
  const check = useCallback(
    (saved: Shop): PaymentParams | null => {
      const checked = validatePaymentForm({ transferNote, transferQrUrl: qr.urls[0] ?? null, wechatSubMchId: editingSubMch ? wechatSubMchId : '' }, saved.payment);
      if (!checked.ok) {
        setErrors(checked.errors);
        return null;
      }
      setErrors({});
      return checked.params;
    },
    [transferNote, qr.urls, wechatSubMchId, editingSubMch],
  );

  const showErrors = useCallback((fields: Record<string, string>) => setErrors(paymentErrorsFrom(fields)), []);

  /** After a save: the typed id is on the server now; the field goes back to 已设置 (or stays open if none is set). */
  const saved = useCallback((shop: Shop) => {
    setWechatSubMchId('');
    setSubMchSet(shop.payment.wechatPay);
    setEditingSubMch(!shop.payment.wechatPay);
    setTransferNote(shop.payment.transferNote);
  }, []);

  return { transferNote, wechatSubMchId, subMchSet, editingSubMch, editSubMch, setField, qr, errors, check, showErrors, saved };
}
