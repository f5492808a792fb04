// Types and constants only (no dayjs, no zod): the app's main package imports this for consent prompts.
import type { KeywordKey } from './messages-format';

/**
 * The subscription message templates this mini program registers in the WeChat admin
 * (mp.weixin.qq.com → 功能 → 订阅消息 → 公共模板库 → 选用), as one-time (一次性订阅) templates.
 * Each is a title of the public library with the keywords chosen from it; WeChat then names each
 * keyword by its type and number (`thing1`, `time2`, …) — the registry below must match the names the
 * admin shows under 详情 for the registered template, in type and number.
 *
 * Who consents to what: a buyer to BUYER_TEMPLATES (asked in the tap that places or pays an order), a
 * seller to SELLER_TEMPLATES (asked in the console), a seller to post_reminder when planning a post, a
 * friend to shop_update when following a shop. WeChat asks for at most 3 templates in one
 * requestSubscribeMessage call, and their titles must differ
 * (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html).
 */
export interface TemplateSpec {
  /** the public library's title, as chosen in the admin */
  title: string;
  /** keyword name → its label in the template, in the order chosen */
  keywords: Partial<Record<KeywordKey, string>>;
}

export const TEMPLATES = {
  post_reminder: {
    title: '待办事项提醒',
    keywords: { thing1: '事项名称', time2: '提醒时间', thing3: '备注' },
  },
  shop_update: {
    title: '店铺上新通知',
    keywords: { thing1: '店铺名称', thing2: '上新内容', time3: '发布时间' },
  },
  new_order: {
    title: '新订单通知',
    keywords: { character_string1: '订单编号', thing2: '商品名称', amount3: '订单金额', phrase4: '订单状态', time5: '下单时间' },
  },
  after_sale_request: {
    title: '售后申请通知',
    keywords: { character_string1: '订单编号', thing2: '商品名称', phrase3: '售后类型', thing4: '申请原因', time5: '申请时间' },
  },
  order_cancelled: {
    title: '订单取消通知',
    keywords: { character_string1: '订单编号', thing2: '商品名称', amount3: '订单金额', thing4: '取消原因', time5: '取消时间' },
  },
  order_status: {
    title: '订单状态通知',
    keywords: { character_string1: '订单编号', thing2: '商品名称', phrase3: '订单状态', amount4: '订单金额', thing5: '温馨提示' },
  },
  order_shipped: {
    title: '订单发货通知',
    keywords: { character_string1: '订单编号', thing2: '商品名称', thing3: '快递公司', character_string4: '快递单号', time5: '发货时间' },
  },
  after_sale_result: {
    title: '售后结果通知',
    keywords: { character_string1: '订单编号', phrase2: '处理结果', amount3: '退款金额', thing4: '备注', time5: '处理时间' },
  },
} as const satisfies Record<string, TemplateSpec>;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** The keyword names of a template (`'character_string1' | 'thing2' | …`). */
export type KeywordsOf<T extends TemplateName> = keyof (typeof TEMPLATES)[T]['keywords'] & KeywordKey;

/** What a buyer is asked for, in one prompt, when placing or paying an order. */
export const BUYER_TEMPLATES = ['order_status', 'order_shipped', 'after_sale_result'] as const satisfies readonly TemplateName[];
/** What a seller is asked for, in one prompt, from the console ("接收新订单提醒"). */
export const SELLER_TEMPLATES = ['new_order', 'after_sale_request', 'order_cancelled'] as const satisfies readonly TemplateName[];

export function isTemplateName(name: unknown): name is TemplateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, name);
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
