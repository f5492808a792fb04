// Names only, no texts: the app's main package reads WX_TEMPLATES and asks for consents by name, and should not
// carry the registry's titles and keywords (./messages-templates, keyed by these names) to do so.

/** The subscription templates this mini program registers; their titles and keywords: TEMPLATES (./messages-templates). */
export const TEMPLATE_NAMES = [
  'post_reminder',
  'shop_update',
  'new_order',
  'after_sale_request',
  'order_cancelled',
  'order_status',
  'order_shipped',
  'after_sale_result',
  'supply_order',
] as const;

export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** What a buyer is asked for, in one prompt, when placing or paying an order. */
export const BUYER_TEMPLATES = ['order_status', 'order_shipped', 'after_sale_result'] as const satisfies readonly TemplateName[];
/** What a seller is asked for, in one prompt, from the console ("接收新订单提醒"). */
export const SELLER_TEMPLATES = ['new_order', 'after_sale_request', 'order_cancelled'] as const satisfies readonly TemplateName[];
/** What a supplier is asked for from its console ("新订单提醒我"): one notice per order of its products paid. */
export const SUPPLIER_TEMPLATES = ['supply_order'] as const satisfies readonly TemplateName[];

export function isTemplateName(name: unknown): name is TemplateName {
  return typeof name === 'string' && (TEMPLATE_NAMES as readonly string[]).includes(name);
}

export type TemplateIds = Partial<Record<TemplateName, string>>;

/**
 * The template ids registered for this mini program, from the `WX_TEMPLATES` setting: a JSON object
 * of template name → template id, e.g. {"order_status":"AbC…","new_order":"XyZ…"}. The sender reads it
 * from the cloud function's environment, the app from the build (config/index.ts). Names this
 * registry does not know and ids that are not non-empty strings are reported, not used.
 */
export function parseTemplateIds(raw: string | undefined | null): { ids: TemplateIds; problems: string[] } {
  if (!raw || raw.trim() === '') return { ids: {}, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ids: {}, problems: ['WX_TEMPLATES is not valid JSON'] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ids: {}, problems: ['WX_TEMPLATES must be a JSON object of template name → id'] };
  const ids: TemplateIds = {};
  const problems: string[] = [];
  for (const [name, id] of Object.entries(parsed as Record<string, unknown>)) {
    if (!isTemplateName(name)) problems.push(`WX_TEMPLATES: unknown template ${name}`);
    else if (typeof id !== 'string' || id.trim() === '') problems.push(`WX_TEMPLATES: the id of ${name} must be a non-empty string`);
    else ids[name] = id.trim();
  }
  return { ids, problems };
}
