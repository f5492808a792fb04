import { DROP_BOUNDS, dropOpenSchema, type DropOpenParams, type PickupPoint } from '../../../types/drop';
import type { Product } from '../../../types/product';
import { toFieldErrors } from '../../../types/validation';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { checkCutoff } from './time';

/**
 * The seller's 发起接龙 form, checked with the backend's own schema (types/drop.ts) so each field shows the
 * sentence the backend would send, plus what the schema leaves to the server: the cutoff window (against this
 * device's clock, the server checks again) and "at least one way" of fulfilment.
 */
export interface DropFormValues {
  title: string;
  intro: string;
  /** chosen products in the order chosen; the limit as typed */
  items: { productId: string; limit: string }[];
  /** the pickers' "YYYY-MM-DD" and "HH:MM", on the shop's wall clock */
  date: string;
  time: string;
  pickup: PickupPoint[];
  delivery: boolean;
  shipping: boolean;
  showJoiners: boolean;
}

export const DEFAULT_LIMIT = 5;

export function emptyDropForm(): DropFormValues {
  return { title: '', intro: '', items: [], date: '', time: '', pickup: [{ name: '', address: '', window: '' }], delivery: false, shipping: false, showJoiners: true };
}

/**
 * Where an error shows: `title`, `intro`, `items` (the list), `item:<productId>` (its limit), `closesAt`,
 * `fulfilment` (the ways), `pickup.<i>.<name|address|window>`, or `form` (above the button).
 */
export type DropFormErrors = Record<string, string>;

/** Why a product cannot go into a drop, or null when it can. Carried products are shipped by their supplier. */
export function unpickableReason(p: Product): string | null {
  if (p.source) return dropsUi.form.carriedReason(p.source.supplierName);
  if (p.stock <= 0) return dropsUi.form.outOfStock;
  return null;
}

/** A schema or backend path ("items.0.limitPerBuyer", "fulfilment.pickup.1.name") → where the form shows it. */
export function formKey(path: string, items: readonly { productId: string }[]): string {
  const parts = path.split('.');
  const [head] = parts;
  if (head === 'title' || head === 'intro' || head === 'closesAt') return head;
  if (head === 'items') {
    const i = Number(parts[1]);
    const item = parts.length > 1 && Number.isInteger(i) ? items[i] : undefined;
    return item ? `item:${item.productId}` : 'items';
  }
  if (head === 'fulfilment') {
    if (parts[1] === 'pickup' && parts.length >= 4) return `pickup.${parts[2]}.${parts[3]}`;
    return 'fulfilment';
  }
  return 'form';
}

/** Field errors (the schema's or BAD_INPUT's `fields`) keyed as the form shows them; the first per place wins. */
export function dropErrorsFrom(fields: Record<string, string>, items: readonly { productId: string }[]): DropFormErrors {
  const out: DropFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = formKey(path, items);
    if (!out[key]) out[key] = message;
  }
  return out;
}

/** '' → undefined (the schema says "不能为空"); digits → a number; anything else NaN. */
function limitNumber(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

export type DropFormResult = { ok: true; params: DropOpenParams } | { ok: false; errors: DropFormErrors };

export function validateDropForm(values: DropFormValues, products: readonly Product[], timeZone: string, now: number): DropFormResult {
  const cutoff = checkCutoff(values.date, values.time, timeZone, now);
  const items = values.items.map((i) => ({ productId: i.productId, limitPerBuyer: limitNumber(i.limit) }));
  const params = {
    title: values.title,
    intro: values.intro,
    items,
    closesAt: cutoff.ok ? new Date(cutoff.at).toISOString() : '',
    fulfilment: { pickup: values.pickup, delivery: values.delivery, shipping: values.shipping },
    showJoiners: values.showJoiners,
  };
  const parsed = dropOpenSchema.safeParse(params);
  const errors = parsed.success ? {} : dropErrorsFrom(toFieldErrors(parsed.error).fields, items);
  if (!cutoff.ok) errors.closesAt = cutoff.error;
  if (values.pickup.length === 0 && !values.delivery && !values.shipping) errors.fulfilment = dropsUi.form.noWay;
  for (const item of values.items) {
    const product = products.find((p) => p.id === item.productId);
    const reason = product ? unpickableReason(product) : null;
    if (reason && !errors[`item:${item.productId}`]) errors[`item:${item.productId}`] = reason;
  }
  if (Object.keys(errors).length > 0 || !parsed.success || !cutoff.ok) return { ok: false, errors };
  return {
    ok: true,
    params: {
      title: parsed.data.title,
      intro: parsed.data.intro ?? '',
      items: parsed.data.items,
      closesAt: new Date(cutoff.at).toISOString(),
      fulfilment: parsed.data.fulfilment,
      showJoiners: values.showJoiners,
    },
  };
}

/** Whether another product may be chosen. */
export function hasItemRoom(values: DropFormValues): boolean {
  return values.items.length < DROP_BOUNDS.items;
}
