import { catalogCreateSchema, catalogUpdateSchema, type CatalogCreateParams } from '../../../types/catalog';
import type { Product } from '../../../types/product';
import { toFieldErrors } from '../../../types/validation';
import { ui } from '../../../types/zh-CN/ui';
import type { ProductSource } from '../../../types/product';
import { checkBandPrice } from './band';
import { fenToYuanInput, parseYuanToFen } from './price';

/**
 * The seller's product form, validated with the very schemas the backend uses (types/catalog.ts),
 * so each field shows the message the backend would send. Lives in the seller subpackage only:
 * it pulls in zod, which the friends' pages must not carry.
 */
export interface ProductFormValues {
  title: string;
  /** yuan, as typed */
  price: string;
  stock: string;
  story: string;
}

export type ProductField = 'title' | 'price' | 'stock' | 'story' | 'images' | 'proofImages';
export type ProductFormErrors = Partial<Record<ProductField, string>>;

export const emptyProductForm: ProductFormValues = { title: '', price: '', stock: '', story: '' };

export function productToForm(p: Product): ProductFormValues {
  return { title: p.title, price: fenToYuanInput(p.priceFen), stock: String(p.stock), story: p.story };
}

/** '' → undefined (the schema says "不能为空"); anything else → a number, NaN when not one. */
function numberOrUndefined(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** A schema or backend field path ("priceFen", "images.3") → the form field that shows it. */
function formField(path: string): ProductField | null {
  const head = path.split('.')[0];
  if (head === 'priceFen') return 'price';
  if (head === 'title' || head === 'stock' || head === 'story' || head === 'images' || head === 'proofImages') return head;
  return null;
}

/**
 * Field errors as the form shows them. The price is typed in yuan, so the schema's bound on fen
 * ("价格（分）须在 1 到 10000000 之间") is said in yuan instead.
 */
export function formErrorsFrom(fields: Record<string, string>): ProductFormErrors {
  const out: ProductFormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = formField(path);
    if (!field || out[field]) continue;
    out[field] = field === 'price' ? ui.productForm.priceRange : message;
  }
  return out;
}

export type ProductFormResult = { ok: true; params: CatalogCreateParams } | { ok: false; errors: ProductFormErrors };

export function validateProductForm(values: ProductFormValues, images: string[], proofImages: string[], productId?: string): ProductFormResult {
  const price = parseYuanToFen(values.price);
  const input = {
    title: values.title,
    priceFen: price.ok ? price.fen : undefined,
    stock: numberOrUndefined(values.stock),
    story: values.story,
    images,
    proofImages,
  };
  // The form always sends every field, so the create schema's rules (all required) apply to both
  // creating and editing; editing also passes the update schema, which adds the productId.
  const parsed = catalogCreateSchema.safeParse(input);
  const update = productId && parsed.success ? catalogUpdateSchema.safeParse({ productId, ...input }) : null;
  if (update && !update.success) return { ok: false, errors: formErrorsFrom(toFieldErrors(update.error).fields) };
  const errors = parsed.success ? {} : formErrorsFrom(toFieldErrors(parsed.error).fields);
  // The yuan text's own problem (format, decimals, empty) says more than the schema's.
  if (!price.ok) errors.price = price.error;
  if (!parsed.success || !price.ok) return { ok: false, errors };
  const { title, priceFen, stock, story } = parsed.data;
  return { ok: true, params: { title, priceFen, stock, story, images: parsed.data.images ?? [], proofImages: parsed.data.proofImages ?? [] } };
}

/**
 * What an edit of the shop's own product sends: only the fields that differ from the product as the form loaded
 * it. The stock falls as friends buy, so sending the loaded number back with a story edit would sell again
 * pieces already sold (catalog.update keeps whatever a field left out).
 */
export function changedProductParams(params: CatalogCreateParams, loaded: Product): Partial<CatalogCreateParams> {
  const changed: Partial<CatalogCreateParams> = {};
  for (const key of Object.keys(params) as (keyof CatalogCreateParams)[]) {
    if (JSON.stringify(params[key]) !== JSON.stringify(loaded[key])) Object.assign(changed, { [key]: params[key] });
  }
  return changed;
}

/** What a carried product's form may send: its price (inside the band) and the seller's words — never the supplier's fields. */
export interface CarriedProductParams {
  priceFen: number;
  story?: string;
}

export type CarriedFormResult = { ok: true; params: CarriedProductParams } | { ok: false; errors: ProductFormErrors };

/**
 * The form of a product carried from a supplier: title, stock, images and proof are the supplier's
 * (catalog.update refuses them with BAD_INPUT), so only the price, checked against the band with the
 * backend's sentence, and the seller's own words are sent. Blank words are not sent: the schema takes a
 * story as required, and the words carried with stay as they are.
 */
export function validateCarriedForm(values: ProductFormValues, source: ProductSource, productId: string): CarriedFormResult {
  const price = checkBandPrice(values.price, source);
  const story = values.story.trim() === '' ? undefined : values.story;
  const parsed = catalogUpdateSchema.safeParse({ productId, priceFen: price.ok ? price.fen : source.minPriceFen, story });
  const errors = parsed.success ? {} : formErrorsFrom(toFieldErrors(parsed.error).fields);
  if (!price.ok) errors.price = price.error;
  if (!parsed.success || !price.ok) return { ok: false, errors };
  return { ok: true, params: parsed.data.story === undefined ? { priceFen: price.fen } : { priceFen: price.fen, story: parsed.data.story } };
}
