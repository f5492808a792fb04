import { parseTemplateIds, type TemplateIds } from '../../../types/messages-template-names';

let cached: { raw: string | undefined; ids: TemplateIds } | null = null;

/**
 * The subscription template ids of this mini program: the registry's names (types/messages-templates.ts)
 * with the ids of the build's `WX_TEMPLATES` setting (config/index.ts passes the same JSON the cloud
 * functions read). No placeholders: a template without an id is simply not asked for.
 */
export function templateIds(): TemplateIds {
  const raw = process.env.WX_TEMPLATES;
  if (!cached || cached.raw !== raw) cached = { raw, ids: parseTemplateIds(raw).ids };
  return cached.ids;
}
