import { shopPaymentPatchSchema } from '../../../types/shop';
import { toFieldErrors } from '../../../types/validation';

/** The seller's payment settings (`shop.update` { payment }), checked with the backend's own schema. Seller subpackage only (zod). */
export interface PaymentFormValues {
  transferNote: string;
  transferQrUrl: string | null;
  wechatSubMchId: string;
}

export type PaymentField = 'transferNote' | 'transferQrUrl' | 'wechatSubMchId';
export type PaymentFormErrors = Partial<Record<PaymentField, string>>;
export type PaymentParams = { wechatSubMchId?: string; transferNote?: string; transferQrUrl?: string };

export function paymentErrorsFrom(fields: Record<string, string>): PaymentFormErrors {
  const out: PaymentFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const head = parts[0] === 'payment' ? parts[1] : parts[0];
    if ((head === 'transferNote' || head === 'transferQrUrl' || head === 'wechatSubMchId') && !out[head]) out[head] = message;
  }
  return out;
}

/** Blank fields are left out: the backend keeps what it has for a field that is not sent. */
export function validatePaymentForm(values: PaymentFormValues): { ok: true; params: PaymentParams } | { ok: false; errors: PaymentFormErrors } {
  const input = {
    transferNote: values.transferNote.trim() || undefined,
    transferQrUrl: values.transferQrUrl ?? undefined,
    wechatSubMchId: values.wechatSubMchId.trim() || undefined,
  };
  const parsed = shopPaymentPatchSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: paymentErrorsFrom(toFieldErrors(parsed.error).fields) };
  const { transferNote, transferQrUrl, wechatSubMchId } = parsed.data;
  return { ok: true, params: { ...(transferNote ? { transferNote } : {}), ...(transferQrUrl ? { transferQrUrl } : {}), ...(wechatSubMchId ? { wechatSubMchId } : {}) } };
}
