import type { Address } from '../../../types/order';

/** The address form's fields and how backend field paths map onto them (no zod: both builds use this). */
export type AddressField = keyof Address;
export type AddressErrors = Partial<Record<AddressField, string>>;
export type AddressCheck = { ok: true; address: Address } | { ok: false; errors: AddressErrors };

export const emptyAddress: Address = { name: '', phone: '', detail: '' };

/** A field path from the schema or the backend ("address.phone", "phone") → the form field. */
export function addressErrorsFrom(fields: Record<string, string>): AddressErrors {
  const out: AddressErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const head = parts[0] === 'address' ? parts[1] : parts[0];
    if ((head === 'name' || head === 'phone' || head === 'detail') && !out[head]) out[head] = message;
  }
  return out;
}
