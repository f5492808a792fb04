import { z } from 'zod';
import { imageUrl, int, list, requiredId, text } from './validation';
import { validationText } from './zh-CN/errors';

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
  title: text('商品名称', CATALOG_BOUNDS.title),
  priceFen: int('价格（分）', ...CATALOG_BOUNDS.priceFen),
  stock: int('库存', ...CATALOG_BOUNDS.stock),
  story: text('商品故事', CATALOG_BOUNDS.story),
  images: list('商品图片', imageUrl('商品图片'), CATALOG_BOUNDS.images),
  proofImages: list('品质证明', imageUrl('品质证明'), CATALOG_BOUNDS.proofImages),
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
  productId: requiredId('商品'),
  title: fields.title.optional(),
  priceFen: fields.priceFen.optional(),
  stock: fields.stock.optional(),
  story: fields.story.optional(),
  images: fields.images.optional(),
  proofImages: fields.proofImages.optional(),
});

export const productIdSchema = z.object({ productId: requiredId('商品') });

export const catalogMoveSchema = z.object({
  productId: requiredId('商品'),
  direction: z.enum(['up', 'down'], { error: validationText.invalid('移动方向') }),
});

export const catalogListMineSchema = z.object({});

export type CatalogCreateInput = z.infer<typeof catalogCreateSchema>;
export type CatalogUpdateInput = z.infer<typeof catalogUpdateSchema>;
export type CatalogCreateParams = z.input<typeof catalogCreateSchema>;
