import { z } from 'zod';
import type { ProductStatus } from './product';
import { cursor, imageUrl, int, list, optionalText, requiredId, text } from './validation';
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

export interface SupplyBand {
  supplyPriceFen: number;
  minPriceFen: number;
  maxPriceFen: number;
}

export type SupplyOpenInput = z.infer<typeof supplyOpenSchema>;
export type SupplyCreateInput = z.infer<typeof supplyCreateSchema>;
export type SupplyUpdateInput = z.infer<typeof supplyUpdateSchema>;
