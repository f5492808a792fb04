// Types and constants only (no dayjs, no zod). The app asks for consents by name (./messages-template-names,
// re-exported here), so these titles and keywords stay out of its main package.
import type { KeywordKey } from './messages-format';
import type { TemplateName } from './messages-template-names';
import { templateText as T } from './zh-CN/messages';

/**
 * The subscription message templates this mini program registers in the WeChat admin
 * (mp.weixin.qq.com → 功能 → 订阅消息 → 公共模板库 → 选用), as one-time (一次性订阅) templates.
 * Each is a title of the public library with the keywords chosen from it; WeChat then names each
 * keyword by its type and number (`thing1`, `time2`, …) — the registry below must match the names the
 * admin shows under 详情 for the registered template, in type and number.
 *
 * Who consents to what: a buyer to BUYER_TEMPLATES (asked in the tap that places or pays an order), a
 * seller to SELLER_TEMPLATES (asked in the console), a seller to post_reminder when planning a post, a
 * friend to shop_update when following a shop, a supplier to SUPPLIER_TEMPLATES (asked in its console). WeChat asks for at most 3 templates in one
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
    title: T.post_reminder.title,
    keywords: { thing1: T.post_reminder.thing1, time2: T.post_reminder.time2, thing3: T.post_reminder.thing3 },
  },
  shop_update: {
    title: T.shop_update.title,
    keywords: { thing1: T.shop_update.thing1, thing2: T.shop_update.thing2, time3: T.shop_update.time3 },
  },
  new_order: {
    title: T.new_order.title,
    keywords: { character_string1: T.new_order.character_string1, thing2: T.new_order.thing2, amount3: T.new_order.amount3, phrase4: T.new_order.phrase4, time5: T.new_order.time5 },
  },
  after_sale_request: {
    title: T.after_sale_request.title,
    keywords: { character_string1: T.after_sale_request.character_string1, thing2: T.after_sale_request.thing2, phrase3: T.after_sale_request.phrase3, thing4: T.after_sale_request.thing4, time5: T.after_sale_request.time5 },
  },
  order_cancelled: {
    title: T.order_cancelled.title,
    keywords: { character_string1: T.order_cancelled.character_string1, thing2: T.order_cancelled.thing2, amount3: T.order_cancelled.amount3, thing4: T.order_cancelled.thing4, time5: T.order_cancelled.time5 },
  },
  order_status: {
    title: T.order_status.title,
    keywords: { character_string1: T.order_status.character_string1, thing2: T.order_status.thing2, phrase3: T.order_status.phrase3, amount4: T.order_status.amount4, thing5: T.order_status.thing5 },
  },
  order_shipped: {
    title: T.order_shipped.title,
    keywords: { character_string1: T.order_shipped.character_string1, thing2: T.order_shipped.thing2, thing3: T.order_shipped.thing3, character_string4: T.order_shipped.character_string4, time5: T.order_shipped.time5 },
  },
  after_sale_result: {
    title: T.after_sale_result.title,
    keywords: { character_string1: T.after_sale_result.character_string1, phrase2: T.after_sale_result.phrase2, amount3: T.after_sale_result.amount3, thing4: T.after_sale_result.thing4, time5: T.after_sale_result.time5 },
  },
  // The supplier's own template, not the seller's new_order: it names the selling shop and the ship-by time and
  // no amount (what the friend paid is the seller's business), and a person who is both a seller and a supplier
  // spends their shop's consents and their supply's separately.
  supply_order: {
    title: T.supply_order.title,
    keywords: { character_string1: T.supply_order.character_string1, thing2: T.supply_order.thing2, thing3: T.supply_order.thing3, time4: T.supply_order.time4, thing5: T.supply_order.thing5 },
  },
  // keyed by the names list: a template named there and missing here, or here and not there, does not compile
} as const satisfies Record<TemplateName, TemplateSpec>;

export { TEMPLATE_NAMES, BUYER_TEMPLATES, SELLER_TEMPLATES, SUPPLIER_TEMPLATES, isTemplateName, parseTemplateIds, type TemplateName, type TemplateIds } from './messages-template-names';

/** The keyword names of a template (`'character_string1' | 'thing2' | …`). */
export type KeywordsOf<T extends TemplateName> = keyof (typeof TEMPLATES)[T]['keywords'] & KeywordKey;
