import { shopOpenSchema, type Shop } from '../../../types/shop';
import { toFieldErrors } from '../../../types/validation';

/** The shop form (open and settings), validated with the backend's own schemas. Seller subpackage only (zod). */
export interface ShopFormValues {
  name: string;
  intro: string;
  avatarUrl: string | null;
}

export type ShopField = 'name' | 'intro' | 'avatarUrl';
export type ShopFormErrors = Partial<Record<ShopField, string>>;

export interface ShopFormParams {
  name: string;
  intro?: string;
  avatarUrl?: string;
}

export function shopFormErrorsFrom(fields: Record<string, string>): ShopFormErrors {
  const out: ShopFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const head = path.split('.')[0];
    if ((head === 'name' || head === 'intro' || head === 'avatarUrl') && !out[head]) out[head] = message;
  }
  return out;
}

/**
 * Opening and editing send the same three fields with the same rules (`shop.open`'s: a name is
 * required), so both are checked with shopOpenSchema; `shop.update`'s extra fields (shopId, policy)
 * are not part of this form.
 */
export function validateShopForm(values: ShopFormValues): { ok: true; params: ShopFormParams } | { ok: false; errors: ShopFormErrors } {
  const parsed = shopOpenSchema.safeParse({ name: values.name, intro: values.intro, avatarUrl: values.avatarUrl ?? undefined });
  if (!parsed.success) return { ok: false, errors: shopFormErrorsFrom(toFieldErrors(parsed.error).fields) };
  const { name, intro, avatarUrl } = parsed.data;
  return { ok: true, params: { name, ...(intro ? { intro } : {}), ...(avatarUrl ? { avatarUrl } : {}) } };
}

/** `shop.update`'s part of the form: a field left out is kept by the backend, null clears it. */
export interface ShopChanges {
  name?: string;
  intro?: string | null;
  avatarUrl?: string | null;
}

/** What the seller changed against the saved shop: untouched fields are left out, so a save never clears them; an emptied intro or a removed avatar is null. */
export function shopChanges(shop: Shop, params: ShopFormParams): ShopChanges {
  const intro = params.intro ?? '';
  const avatarUrl = params.avatarUrl ?? null;
  return {
    ...(params.name !== shop.name ? { name: params.name } : {}),
    ...(intro !== shop.intro ? { intro: intro || null } : {}),
    ...(avatarUrl !== shop.avatarUrl ? { avatarUrl } : {}),
  };
}
