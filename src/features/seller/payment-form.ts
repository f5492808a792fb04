import { shopPaymentPatchSchema, type ShopPayment } from '../../../types/shop';
import { toFieldErrors } from '../../../types/validation';

/** The seller's payment settings (`shop.update` { payment }), checked with the backend's own schema. Seller subpackage only (zod). */
export interface PaymentFormValues {
  transferNote: string;
  transferQrUrl: string | null;
  /** only when the seller is entering a (new) merchant id; the saved one is never sent back to the app */
  wechatSubMchId: string;
}

export type PaymentField = 'transferNote' | 'transferQrUrl' | 'wechatSubMchId';
export type PaymentFormErrors = Partial<Record<PaymentField, string>>;
/** `shop.update`'s `payment`: a field left out is kept by the backend, null clears it. */
export type PaymentParams = { wechatSubMchId?: string; transferNote?: string | null; transferQrUrl?: string | null };

export function paymentErrorsFrom(fields: Record<string, string>): PaymentFormErrors {
  const out: PaymentFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const head = parts[0] === 'payment' ? parts[1] : parts[0];
    if ((head === 'transferNote' || head === 'transferQrUrl' || head === 'wechatSubMchId') && !out[head]) out[head] = message;
  }
  return out;
}

/**
 * Only what the seller changed against the saved `current`: an untouched field is left out (so a
 * save never clears it), one the seller emptied is null (the backend clears it), and the merchant
 * id goes only when one was typed (blank keeps the saved one).
 */
export function validatePaymentForm(values: PaymentFormValues, current: ShopPayment): { ok: true; params: PaymentParams } | { ok: false; errors: PaymentFormErrors } {
  const note = values.transferNote.trim();
  const input: PaymentParams = {
    ...(note !== current.transferNote ? { transferNote: note || null } : {}),
    ...(values.transferQrUrl !== current.transferQrUrl ? { transferQrUrl: values.transferQrUrl } : {}),
    ...(values.wechatSubMchId.trim() ? { wechatSubMchId: values.wechatSubMchId.trim() } : {}),
  };
  const parsed = shopPaymentPatchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: paymentErrorsFrom(toFieldErrors(parsed.error).fields) };
  return { ok: true, params: input };
}
