import type { Address } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import type { AddressCheck, AddressErrors } from './address-fields';

/**
 * WeChat's stand-in for `address-form.ts` (same export): the address comes from `Taro.chooseAddress`,
 * already complete, so this only checks that one was chosen; the backend's schema checks the rest
 * and its field errors are shown the same way. No zod here: the main package stays lean.
 */
export function validateAddress(values: Address): AddressCheck {
  const address = { name: values.name.trim(), phone: values.phone.trim(), detail: values.detail.trim() };
  const errors: AddressErrors = {};
  if (!address.name) errors.name = ordersUi.checkout.addressRequired;
  if (!address.phone) errors.phone = ordersUi.checkout.addressRequired;
  if (!address.detail) errors.detail = ordersUi.checkout.addressRequired;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, address };
}
