import { DEFAULT_SHIP_WITHIN_HOURS, supplyCreateSchema, supplyOpenSchema, type SupplyCreateInput, type SupplyOpenInput, type SupplyProduct } from '../../../types/supply';
import { toFieldErrors } from '../../../types/validation';
import { ui } from '../../../types/zh-CN/ui';
import { parseYuanToFen, fenToYuanInput } from '../catalog';

/**
 * The supplier's forms, checked with the very schemas the backend uses (types/supply.ts), so each field
 * shows the message the backend would send. Prices are typed in yuan and sent in fen, as on the seller's form.
 */
export interface SupplyFormValues {
  title: string;
  story: string;
  /** yuan, as typed */
  supplyPrice: string;
  minPrice: string;
  maxPrice: string;
  stock: string;
  shipWithinHours: string;
}

export type SupplyField = keyof SupplyFormValues | 'images' | 'proofImages';
export type SupplyFormErrors = Partial<Record<SupplyField, string>>;

export const emptySupplyForm: SupplyFormValues = {
  title: '',
  story: '',
  supplyPrice: '',
  minPrice: '',
  maxPrice: '',
  stock: '',
  shipWithinHours: String(DEFAULT_SHIP_WITHIN_HOURS),
};

export function supplyProductToForm(p: SupplyProduct): SupplyFormValues {
  return {
    title: p.title,
    story: p.story,
    supplyPrice: p.supplyPriceFen === undefined ? '' : fenToYuanInput(p.supplyPriceFen),
    minPrice: fenToYuanInput(p.minPriceFen),
    maxPrice: fenToYuanInput(p.maxPriceFen),
    stock: String(p.stock),
    shipWithinHours: String(p.shipWithinHours),
  };
}

const PRICE_FIELDS = { supplyPriceFen: 'supplyPrice', minPriceFen: 'minPrice', maxPriceFen: 'maxPrice' } as const;

/** A schema or backend field path ("supplyPriceFen", "images.3") → the form field that shows it. */
function formField(path: string): SupplyField | null {
  const head = path.split('.')[0];
  if (head in PRICE_FIELDS) return PRICE_FIELDS[head as keyof typeof PRICE_FIELDS];
  if (head === 'title' || head === 'story' || head === 'stock' || head === 'shipWithinHours' || head === 'images' || head === 'proofImages') return head;
  return null;
}

/**
 * Field errors as the form shows them. A price's bound is said in yuan (the schema speaks in fen); the band's
 * own rule (供货价不能高于最低售价) is the backend's words and stays.
 */
export function supplyErrorsFrom(fields: Record<string, string>, fromSchema = false): SupplyFormErrors {
  const out: SupplyFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = formField(path);
    if (!field || out[field]) continue;
    const isPrice = field === 'supplyPrice' || field === 'minPrice' || field === 'maxPrice';
    out[field] = isPrice && fromSchema ? ui.productForm.priceRange : message;
  }
  return out;
}

/** '' → undefined (the schema says "不能为空"); anything else → a number, NaN when not one. */
function numberOrUndefined(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export type SupplyFormResult = { ok: true; params: SupplyCreateInput & { images: string[]; proofImages: string[] } } | { ok: false; errors: SupplyFormErrors };

/** The whole form, checked with the create schema; an edit sends only what changed of it (changedSupplyParams). */
export function validateSupplyForm(values: SupplyFormValues, images: string[], proofImages: string[]): SupplyFormResult {
  const prices = { supplyPrice: parseYuanToFen(values.supplyPrice), minPrice: parseYuanToFen(values.minPrice), maxPrice: parseYuanToFen(values.maxPrice) };
  const input = {
    title: values.title,
    story: values.story,
    images,
    proofImages,
    supplyPriceFen: prices.supplyPrice.ok ? prices.supplyPrice.fen : undefined,
    minPriceFen: prices.minPrice.ok ? prices.minPrice.fen : undefined,
    maxPriceFen: prices.maxPrice.ok ? prices.maxPrice.fen : undefined,
    stock: numberOrUndefined(values.stock),
    shipWithinHours: numberOrUndefined(values.shipWithinHours),
  };
  const parsed = supplyCreateSchema.safeParse(input);
  const errors = parsed.success ? {} : supplyErrorsFrom(toFieldErrors(parsed.error).fields, true);
  // The yuan text's own problem (format, decimals, empty) says more than the schema's bound.
  for (const key of ['supplyPrice', 'minPrice', 'maxPrice'] as const) {
    const price = prices[key];
    if (!price.ok) errors[key] = price.error;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, params: { ...parsed.data, images: parsed.data.images ?? [], proofImages: parsed.data.proofImages ?? [] } };
}

/**
 * What an edit sends: only the fields that differ from the product as the form loaded it. The stock above all is
 * shared by every shop that carries it and falls as friends buy, so sending the loaded number back with a story
 * edit would hand out again pieces already sold (the backend keeps whatever a field left out).
 */
export function changedSupplyParams(params: SupplyCreateInput & { images: string[]; proofImages: string[] }, loaded: SupplyProduct): Partial<SupplyCreateInput> {
  const changed: Partial<SupplyCreateInput> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of Object.keys(params) as (keyof SupplyCreateInput)[]) {
    if (!same(params[key], loaded[key])) Object.assign(changed, { [key]: params[key] });
  }
  return changed;
}

export interface OpenFormValues {
  name: string;
  intro: string;
  contact: string;
}

export type OpenFormResult = { ok: true; params: SupplyOpenInput } | { ok: false; errors: Partial<Record<keyof OpenFormValues, string>> };

export function validateOpenForm(values: OpenFormValues): OpenFormResult {
  const parsed = supplyOpenSchema.safeParse({ name: values.name.trim(), intro: values.intro.trim(), contact: values.contact.trim() });
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, errors: openErrorsFrom(toFieldErrors(parsed.error).fields) };
}

export function openErrorsFrom(fields: Record<string, string>): Partial<Record<keyof OpenFormValues, string>> {
  const out: Partial<Record<keyof OpenFormValues, string>> = {};
  for (const key of ['name', 'intro', 'contact'] as const) if (fields[key]) out[key] = fields[key];
  return out;
}
