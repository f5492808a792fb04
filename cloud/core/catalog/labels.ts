import { fieldText } from '../../../types/zh-CN/errors';

/** What a seller calls a product's texts, for CONTENT_REJECTED's sentence (the schema's own labels). */
export const PRODUCT_LABELS = { title: fieldText.title, story: fieldText.story };
