import { supplyFieldText } from '../../../types/zh-CN/validation';

/** What a supplier calls its texts, for CONTENT_REJECTED's sentence (the schema's own labels). */
export const SUPPLY_LABELS = { name: supplyFieldText.name, intro: supplyFieldText.intro, title: supplyFieldText.title, story: supplyFieldText.story };
