/** What a seller calls a product's texts, for CONTENT_REJECTED's sentence (the schema's own labels). */
export const PRODUCT_LABELS = { title: '商品名称', story: '商品故事' } as const;
