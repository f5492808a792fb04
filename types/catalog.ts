import { z } from 'zod';
import { imageUrl, int, list, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';
import { catalogFieldText } from './zh-CN/validation';

/** Bounds of the contract's `catalog.create`; the seller's form shows the same limits. */
export const CATALOG_BOUNDS = {
  title: 60,
  story: 2000,
  priceFen: [1, 10_000_000],
  stock: [0, 9999],
  images: 9,
  proofImages: 9,
} as const;

const fields = {
  title: text(catalogFieldText.title, CATALOG_BOUNDS.title),
  priceFen: int(catalogFieldText.priceFen, ...CATALOG_BOUNDS.priceFen),
  stock: int(catalogFieldText.stock, ...CATALOG_BOUNDS.stock),
  story: text(catalogFieldText.story, CATALOG_BOUNDS.story),
  images: list(catalogFieldText.images, imageUrl(catalogFieldText.images), CATALOG_BOUNDS.images),
  proofImages: list(catalogFieldText.proofImages, imageUrl(catalogFieldText.proofImages), CATALOG_BOUNDS.proofImages),
};

export const catalogCreateSchema = z.object({
  title: fields.title,
  priceFen: fields.priceFen,
  stock: fields.stock,
  story: fields.story,
  images: fields.images.optional(),
  proofImages: fields.proofImages.optional(),
});

export const catalogUpdateSchema = z.object({
  productId: requiredId(catalogFieldText.product),
  title: fields.title.optional(),
  priceFen: fields.priceFen.optional(),
  stock: fields.stock.optional(),
  story: fields.story.optional(),
  images: fields.images.optional(),
  proofImages: fields.proofImages.optional(),
});

export const productIdSchema = z.object({ productId: requiredId(catalogFieldText.product) });

export const catalogMoveSchema = z.object({
  productId: requiredId(catalogFieldText.product),
  direction: z.enum(['up', 'down'], { error: validationText.invalid(catalogFieldText.direction) }),
});

export const catalogListMineSchema = z.object({});

export type CatalogCreateInput = z.infer<typeof catalogCreateSchema>;
export type CatalogUpdateInput = z.infer<typeof catalogUpdateSchema>;
export type CatalogCreateParams = z.input<typeof catalogCreateSchema>;
