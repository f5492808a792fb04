import { crmUi } from '../../../types/zh-CN/crm-ui';

/** The bounds of `crm.tag` (types/crm-schemas.ts): at most 10 tags, each 1–10 characters. */
export const MAX_TAGS = 10;
export const MAX_TAG_LENGTH = 10;

/** Characters as a person counts them (an emoji is one). */
export function tagLength(tag: string): number {
  return Array.from(tag).length;
}

/** Why `tag` cannot be added to `tags`, in zh-CN; null when it can. */
export function tagError(tag: string, tags: readonly string[]): string | null {
  const t = tag.trim();
  if (t === '') return crmUi.tags.empty;
  if (tagLength(t) > MAX_TAG_LENGTH) return crmUi.tags.tooLong(MAX_TAG_LENGTH);
  if (tags.includes(t)) return crmUi.tags.duplicate;
  if (tags.length >= MAX_TAGS) return crmUi.tags.tooMany(MAX_TAGS);
  return null;
}

/** The whole list as `crm.tag` would judge it; null when it may be saved. */
export function tagsError(tags: readonly string[]): string | null {
  if (tags.length > MAX_TAGS) return crmUi.tags.tooMany(MAX_TAGS);
  for (const t of tags) {
    if (t.trim() === '') return crmUi.tags.empty;
    if (tagLength(t) > MAX_TAG_LENGTH) return crmUi.tags.tooLong(MAX_TAG_LENGTH);
  }
  return null;
}
