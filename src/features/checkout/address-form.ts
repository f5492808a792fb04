import { type Address } from '../../../types/order';
import { addressSchema } from '../../../types/order-schemas';
import { toFieldErrors } from '../../../types/validation';
import { addressErrorsFrom, type AddressCheck } from './address-fields';

/**
 * The browser's address form, checked with the backend's own `addressSchema`, so each field shows
 * the message the backend would send. This file carries zod: in the WeChat build
 * `address-form.weapp.ts` stands in for it (Taro resolves the platform file first), keeping zod out
 * of the main package — in WeChat the address comes from `Taro.chooseAddress`, not from a form.
 */
export function validateAddress(values: Address): AddressCheck {
  const parsed = addressSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: addressErrorsFrom(toFieldErrors(parsed.error).fields) };
  return { ok: true, address: parsed.data };
}
