import { z } from 'zod';
import type { Address, OrderStatus, Shipment } from './order';
import type { ProductStatus } from './product';
import { cursor, imageUrl, int, list, optionalText, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { supplyFieldText } from './zh-CN/validation';

/** A supplier (CONTRACT.md, Additions, `supply`): ships on sellers' behalf. Its contact stays with the supplier. */
export interface Supplier {
  id: string;
  name: string;
  intro: string;
  createdAt: string;
}

export interface SupplyProduct {
  id: string;
  supplierId: string;
  supplierName: string;
  title: string;
  story: string;
  images: string[];
  proofImages: string[];
  /** what a carrying seller owes the supplier per piece: present only for its supplier (and, later, sellers who carry it) */
  supplyPriceFen?: number;
  /** the band a carrying seller's price must stay inside */
  minPriceFen: number;
  maxPriceFen: number;
  stock: number;
  shipWithinHours: number;
  status: ProductStatus;
  /** how many shops carry it */
  carriedBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface SupplyProductPage {
  products: SupplyProduct[];
  nextCursor: string | null;
}

/** Bounds of the contract's `supply.open` and `supply.create`; the supplier's forms show the same limits. */
export const SUPPLY_BOUNDS = {
  name: 30,
  intro: 500,
  contact: 100,
  title: 60,
  story: 2000,
  images: 9,
  proofImages: 9,
  priceFen: [1, 10_000_000],
  stock: [0, 99_999],
  shipWithinHours: [1, 720],
  search: 30,
} as const;

export const DEFAULT_SHIP_WITHIN_HOURS = 48;

const f = supplyFieldText;
const fields = {
  title: text(f.title, SUPPLY_BOUNDS.title),
  story: text(f.story, SUPPLY_BOUNDS.story),
  images: list(f.images, imageUrl(f.images), SUPPLY_BOUNDS.images),
  proofImages: list(f.proofImages, imageUrl(f.proofImages), SUPPLY_BOUNDS.proofImages),
  supplyPriceFen: int(f.supplyPriceFen, ...SUPPLY_BOUNDS.priceFen),
  minPriceFen: int(f.minPriceFen, ...SUPPLY_BOUNDS.priceFen),
  maxPriceFen: int(f.maxPriceFen, ...SUPPLY_BOUNDS.priceFen),
  stock: int(f.stock, ...SUPPLY_BOUNDS.stock),
  shipWithinHours: int(f.shipWithinHours, ...SUPPLY_BOUNDS.shipWithinHours),
};

export const supplyOpenSchema = z.object({
  name: text(f.name, SUPPLY_BOUNDS.name),
  intro: optionalText(f.intro, SUPPLY_BOUNDS.intro),
  contact: optionalText(f.contact, SUPPLY_BOUNDS.contact),
});

// The band (supply ≤ min ≤ max) spans fields an update may send only some of, so it is checked on the
// merged values in cloud/core/supply (supplyBandProblems), for create and update alike.
export const supplyCreateSchema = z.object({
  title: fields.title,
  story: fields.story,
  images: fields.images.optional(),
  proofImages: fields.proofImages.optional(),
  supplyPriceFen: fields.supplyPriceFen,
  minPriceFen: fields.minPriceFen,
  maxPriceFen: fields.maxPriceFen,
  stock: fields.stock,
  shipWithinHours: fields.shipWithinHours.optional(),
});

export const supplyProductIdSchema = z.object({ supplyProductId: requiredId(f.supplyProduct) });

export const supplyUpdateSchema = z.object({
  supplyProductId: requiredId(f.supplyProduct),
  title: fields.title.optional(),
  story: fields.story.optional(),
  images: fields.images.optional(),
  proofImages: fields.proofImages.optional(),
  supplyPriceFen: fields.supplyPriceFen.optional(),
  minPriceFen: fields.minPriceFen.optional(),
  maxPriceFen: fields.maxPriceFen.optional(),
  stock: fields.stock.optional(),
  shipWithinHours: fields.shipWithinHours.optional(),
});

export const supplyListSchema = z.object({
  q: optionalText(f.search, SUPPLY_BOUNDS.search),
  cursor: cursor(f.cursor),
});

/** `supply.mine`: the caller's own supplier and its products (an addition the contract leaves open). */
export const supplyMineSchema = z.object({ cursor: cursor(f.cursor) });

/**
 * The supplier console's first screen: the caller's supplier (null: not one yet, which is no error) and its
 * products in every status, newest first, a page at a time (a supplier has no cap on how many it lists).
 */
export interface MySupply extends SupplyProductPage {
  supplier: Supplier | null;
}

export interface SupplyBand {
  supplyPriceFen: number;
  minPriceFen: number;
  maxPriceFen: number;
}

export type SupplyOpenInput = z.infer<typeof supplyOpenSchema>;
export type SupplyCreateInput = z.infer<typeof supplyCreateSchema>;
export type SupplyUpdateInput = z.infer<typeof supplyUpdateSchema>;

// ---- carrying, the supplier's orders and the money between supplier and seller (issue 16) ----

/** `catalog.carry`: the seller's price (inside the band) and their own words; the rest is the supplier's. */
export const catalogCarrySchema = z.object({
  supplyProductId: requiredId(f.supplyProduct),
  priceFen: int(f.priceFen, ...SUPPLY_BOUNDS.priceFen),
  story: optionalText(f.sellerStory, SUPPLY_BOUNDS.story),
});

/** Order statuses a supplier's queue can be filtered by; none = every order it fulfils, newest first. */
export const SUPPLIER_ORDER_STATUSES = ['paid', 'shipped', 'completed', 'after_sale', 'refunded', 'cancelled'] as const;
export type SupplierOrderStatus = (typeof SUPPLIER_ORDER_STATUSES)[number];

export const supplyOrdersSchema = z.object({
  status: z.enum(SUPPLIER_ORDER_STATUSES, { error: validationText.invalid(f.status) }).optional(),
  cursor: cursor(f.cursor),
});

export const supplyStatementSchema = z.object({
  /** the supplier asks for one seller's line; a seller always gets their own lines, whatever they send */
  shopId: requiredId(f.shop).optional(),
});

export const supplySettleSchema = z.object({
  shopId: requiredId(f.shop),
  amountFen: int(f.amountFen, 1, 1_000_000_000),
  note: optionalText(f.note, 100),
  /** one per submission of the form (the app always sends one): the same key answers the first settlement and records nothing */
  idempotencyKey: text(f.idempotencyKey, 64, 8).optional(),
});

export const supplySellersSchema = z.object({});

export type CatalogCarryInput = z.infer<typeof catalogCarrySchema>;

/** One line of an order as the supplier sees it: the piece, how many, and what the seller owes per piece. */
export interface SupplierOrderItem {
  supplyProductId: string;
  title: string;
  qty: number;
  supplyPriceFen: number;
  image: string | null;
}

/**
 * An order a supplier ships, as the supplier sees it: where to send it and which shop sold it — never the
 * buyer's WeChat identity, their other orders, or what the friend paid the seller.
 */
export interface SupplierOrder {
  id: string;
  shopId: string;
  shopName: string;
  status: OrderStatus;
  items: SupplierOrderItem[];
  address: Address;
  note: string;
  shipment: Shipment | null;
  paidAt: string | null;
  /** paidAt + the product's shipWithinHours: when the supplier promised to have shipped it */
  shipBy: string | null;
  createdAt: string;
}

export interface SupplierOrderPage {
  orders: SupplierOrder[];
  nextCursor: string | null;
  counts: Partial<Record<SupplierOrderStatus, number>>;
}

export interface Settlement {
  id: string;
  amountFen: number;
  note: string;
  at: string;
}

/** What one seller owes one supplier: supply price × pieces shipped, less pieces refunded; and what was paid. */
export interface StatementLine {
  shopId: string;
  shopName: string;
  supplierId: string;
  supplierName: string;
  pieces: number;
  owedFen: number;
  settledFen: number;
  /** owedFen − settledFen: what is still to pay (negative when the seller paid ahead) */
  balanceFen: number;
  settlements: Settlement[];
}

export interface Statement {
  lines: StatementLine[];
}

/** A shop that carries the supplier's products, with pieces sold of each: counts, never buyers. */
export interface SupplierSeller {
  shopId: string;
  shopName: string;
  products: { supplyProductId: string; title: string; priceFen: number; pieces: number }[];
}
