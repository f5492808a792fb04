/**
 * Every subscription message the backend sends, in one registry: for each kind and recipient, the
 * template it uses, how each of the template's keywords is filled from the message, and the page the
 * message opens. The outbox stores a `Message` (exactly the input type below); the sender turns it
 * into `subscribeMessage.send`'s `data` with `buildSubscribeRequest`, formatting each value by its
 * keyword type (./messages-format.ts), so every value meets WeChat's rule however long or odd our data is.
 *
 * One consent = one message (https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html):
 * the core spends one of the recipient's consents for the binding's template when it queues a message,
 * in the same transaction, and queues nothing without one.
 */
import type { AfterSaleType, PaymentMethod } from './order';
import { DEFAULT_TIME_ZONE, formatKeyword, keywordTypeOf, type KeywordType, type RawValueOf, type TypeOfKey } from './messages-format';
import { TEMPLATES, type KeywordsOf, type TemplateIds, type TemplateName } from './messages-templates';
import { messageText as M } from './zh-CN/messages';
import { dropJoinText as J } from './zh-CN/drop-join';

export type Recipient = 'buyer' | 'owner' | 'follower' | 'supplier';

/** What every order message knows about its order. */
export interface OrderFacts {
  orderId: string;
  shopName: string;
  /** the first line's title, with the number of pieces when there are more ("核桃 等3件") */
  productSummary: string;
  totalFen: number;
  /** when the order was placed (ISO 8601) */
  createdAt: string;
  /** when what the message tells happened (ISO 8601) */
  at: string;
  /** the shop's IANA time zone: times are shown in it */
  timeZone: string;
}

export interface MessageInputs {
  post_reminder: { to: 'owner'; postId: string; text: string; at: string; timeZone: string };
  shop_update: { to: 'follower'; shopId: string; shopName: string; productId: string | null; text: string; at: string; timeZone: string };
  'order.created': OrderFacts & { to: 'owner' };
  /** to the seller when the buyer paid (WeChat Pay) or says they transferred; to the buyer when the seller confirms a transfer */
  'order.paid': OrderFacts & { to: 'owner' | 'buyer'; method: PaymentMethod };
  'order.payment_rejected': OrderFacts & { to: 'buyer' };
  'order.shipped': OrderFacts & { to: 'buyer'; carrier: string; trackingNo: string };
  'order.cancelled': OrderFacts & { to: 'owner' | 'buyer'; by: 'buyer' | 'owner' | 'system'; reason: string | null; refunded: boolean };
  'order.after_sale_requested': OrderFacts & { to: 'owner'; type: AfterSaleType; reason: string };
  'order.after_sale_resolved': OrderFacts & { to: 'buyer'; approve: boolean; note: string | null; refundFen: number };
  'order.after_sale_overdue': OrderFacts & { to: 'owner' | 'buyer'; type: AfterSaleType; reason: string };
  /** a return approved: the buyer is to send it back (amountFen: what comes back once it arrives) */
  /** inPerson: a drop's pickup or delivery order, handed back rather than posted (no carrier or number then) */
  'order.return_approved': OrderFacts & { to: 'buyer'; amountFen: number; days: number; inPerson?: boolean };
  'order.return_shipped': OrderFacts & { to: 'owner'; carrier: string; trackingNo: string; inPerson?: boolean };
  /** the buyer did not send an approved return back in time */
  'order.return_closed': OrderFacts & { to: 'buyer'; days: number };
  'order.completed': OrderFacts & { to: 'buyer'; auto: boolean };
  /** a drop's goods arrived at the buyer's pickup point (`drop.markReady`, issue 17); point: its name */
  'order.ready': OrderFacts & { to: 'buyer'; point: string };
  /** the seller sent a transfer's refund back by hand (issue 13) */
  'order.refund_sent': OrderFacts & { to: 'buyer'; amountFen: number; note: string | null };
  /**
   * to the supplier who ships a paid order of its product (issue 16): which shop sold it, what, and by when to
   * ship — not the order's OrderFacts, since neither the buyer nor what the friend paid is the supplier's to know
   */
  'supply.order_paid': { to: 'supplier'; orderId: string; shopName: string; productSummary: string; shipBy: string; at: string; timeZone: string };
}

export type MessageKind = keyof MessageInputs;
export const MESSAGE_KINDS = [
  'post_reminder',
  'shop_update',
  'order.created',
  'order.paid',
  'order.payment_rejected',
  'order.shipped',
  'order.cancelled',
  'order.after_sale_requested',
  'order.after_sale_resolved',
  'order.after_sale_overdue',
  'order.return_approved',
  'order.return_shipped',
  'order.return_closed',
  'order.completed',
  'order.ready',
  'order.refund_sent',
  'supply.order_paid',
] as const satisfies readonly MessageKind[];

/** What the outbox holds for a subscription message: its kind and exactly its input. */
export type MessageOf<K extends MessageKind> = { message: K } & MessageInputs[K];
export type Message = { [K in MessageKind]: MessageOf<K> }[MessageKind];
export type OrderMessage = Extract<Message, OrderFacts>;
export type OrderNotice = OrderMessage['message'];

/** The values a template's keywords are filled with, each of its keyword type's raw kind. */
export type KeywordInput<T extends TemplateName> = { [K in KeywordsOf<T>]: RawValueOf[TypeOfKey<K>] };

export interface Binding<I, T extends TemplateName> {
  template: T;
  /** the page the message opens (a page of app.json, with its query) */
  page(m: I): string;
  fill(m: I): KeywordInput<T>;
}
type AnyBinding<I> = { [T in TemplateName]: Binding<I, T> }[TemplateName];

type ByRecipient<K extends MessageKind> = { [R in MessageInputs[K]['to']]: AnyBinding<MessageOf<K> & { to: R }> };

const buyerOrderPage = (m: OrderFacts) => `pages/order/index?orderId=${encodeURIComponent(m.orderId)}`;
const sellerOrderPage = (m: OrderFacts) => `seller/order/index?orderId=${encodeURIComponent(m.orderId)}`;
/** the supplier console's queue opens on 待发货, where the order's address and 发货 are */
const supplierOrdersPage = 'supplier/orders/index';

const AFTER_SALE_TYPE: Record<AfterSaleType, string> = M.afterSaleType;

/** The status phrase (≤ 5 汉字) and the hint a buyer's 订单状态通知 shows. */
function buyerStatus(phrase: string, hint: string) {
  return (m: OrderFacts): KeywordInput<'order_status'> => ({ character_string1: m.orderId, thing2: m.productSummary, phrase3: phrase, amount4: m.totalFen, thing5: hint });
}

export const MESSAGES: { [K in MessageKind]: ByRecipient<K> } = {
  post_reminder: {
    owner: {
      template: 'post_reminder',
      page: (m) => `seller/posts/share/index?postId=${encodeURIComponent(m.postId)}`,
      fill: (m) => ({ thing1: m.text, time2: m.at, thing3: M.postReminder }),
    },
  },
  shop_update: {
    follower: {
      template: 'shop_update',
      page: (m) => (m.productId ? `pages/product/index?productId=${encodeURIComponent(m.productId)}` : `pages/shop/index?shopId=${encodeURIComponent(m.shopId)}`),
      fill: (m) => ({ thing1: m.shopName, thing2: m.text, time3: m.at }),
    },
  },
  'order.created': {
    owner: {
      template: 'new_order',
      page: sellerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, amount3: m.totalFen, phrase4: M.phrase.unpaid, time5: m.createdAt }),
    },
  },
  'order.paid': {
    owner: {
      template: 'new_order',
      page: sellerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, amount3: m.totalFen, phrase4: m.method === 'wechat' ? M.phrase.toShip : M.phrase.toConfirmPayment, time5: m.createdAt }),
    },
    buyer: { template: 'order_status', page: buyerOrderPage, fill: buyerStatus(M.phrase.toShip, M.hint.paid) },
  },
  'order.payment_rejected': {
    buyer: { template: 'order_status', page: buyerOrderPage, fill: buyerStatus(M.phrase.unpaid, M.hint.paymentRejected) },
  },
  'order.shipped': {
    buyer: {
      template: 'order_shipped',
      page: buyerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, thing3: m.carrier, character_string4: m.trackingNo, time5: m.at }),
    },
  },
  'order.cancelled': {
    owner: {
      template: 'order_cancelled',
      page: sellerOrderPage,
      fill: (m) => ({
        character_string1: m.orderId,
        thing2: m.productSummary,
        amount3: m.totalFen,
        thing4: m.reason ?? (m.by === 'buyer' ? M.hint.cancelledByBuyer : M.hint.cancelled),
        time5: m.at,
      }),
    },
    buyer: {
      template: 'order_status',
      page: buyerOrderPage,
      fill: (m) =>
        buyerStatus(M.phrase.cancelled, m.by === 'system' ? M.hint.cancelledUnpaid : m.refunded ? M.hint.cancelledRefunded : (m.reason ?? M.hint.cancelledBySeller))(m),
    },
  },
  'order.after_sale_requested': {
    owner: {
      template: 'after_sale_request',
      page: sellerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, phrase3: AFTER_SALE_TYPE[m.type], thing4: m.reason, time5: m.at }),
    },
  },
  'order.after_sale_resolved': {
    buyer: {
      template: 'after_sale_result',
      page: buyerOrderPage,
      fill: (m) => ({
        character_string1: m.orderId,
        phrase2: m.approve ? M.phrase.approved : M.phrase.rejected,
        amount3: m.refundFen,
        thing4: m.note ?? (m.approve ? M.hint.refundComing : M.hint.afterSaleRejected),
        time5: m.at,
      }),
    },
  },
  'order.after_sale_overdue': {
    owner: {
      template: 'after_sale_request',
      page: sellerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, phrase3: AFTER_SALE_TYPE[m.type], thing4: M.hint.afterSaleOverdue(m.reason), time5: m.at }),
    },
    buyer: { template: 'order_status', page: buyerOrderPage, fill: buyerStatus(M.phrase.afterSale, M.hint.afterSaleOverdueBuyer) },
  },
  'order.return_approved': {
    buyer: {
      template: 'after_sale_result',
      page: buyerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, phrase2: M.phrase.returnApproved, amount3: m.amountFen, thing4: m.inPerson ? M.hint.returnInPersonBy(m.days) : M.hint.returnBy(m.days), time5: m.at }),
    },
  },
  'order.return_shipped': {
    owner: {
      template: 'after_sale_request',
      page: sellerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, phrase3: AFTER_SALE_TYPE.return, thing4: m.inPerson ? M.hint.returnHandedBack : M.hint.returnShipped(m.carrier, m.trackingNo), time5: m.at }),
    },
  },
  'order.return_closed': {
    buyer: { template: 'order_status', page: buyerOrderPage, fill: (m) => buyerStatus(M.phrase.afterSaleClosed, M.hint.returnClosed(m.days))(m) },
  },
  'order.completed': {
    buyer: { template: 'order_status', page: buyerOrderPage, fill: buyerStatus(M.phrase.completed, M.hint.completed) },
  },
  // the buyer's 订单状态 (order_status), like every status change they are told of
  'order.ready': {
    buyer: { template: 'order_status', page: buyerOrderPage, fill: (m) => buyerStatus(J.readyPhrase, J.readyHint(m.point))(m) },
  },
  'order.refund_sent': {
    buyer: {
      template: 'after_sale_result',
      page: buyerOrderPage,
      fill: (m) => ({ character_string1: m.orderId, phrase2: M.phrase.refundSent, amount3: m.amountFen, thing4: m.note ?? M.hint.refundSent, time5: m.at }),
    },
  },
  'supply.order_paid': {
    supplier: {
      template: 'supply_order',
      page: () => supplierOrdersPage,
      fill: (m) => ({ character_string1: m.orderId, thing2: m.productSummary, thing3: m.shopName, time4: m.shipBy, thing5: M.supplyOrderHint }),
    },
  },
};

interface ResolvedBinding {
  template: TemplateName;
  page: string;
  values: Record<string, unknown>;
}

/** The registry's binding for this message and recipient, applied. */
function resolve(m: Message): ResolvedBinding {
  const byRecipient = MESSAGES[m.message] as Record<string, { template: TemplateName; page(x: Message): string; fill(x: Message): Record<string, unknown> }>;
  const binding = byRecipient[m.to];
  if (!binding) throw new Error(`no template for ${m.message} to ${m.to}`);
  return { template: binding.template, page: binding.page(m), values: binding.fill(m) };
}

/** The template whose consent this message spends. */
export function templateOf(m: Message): TemplateName {
  return resolve(m).template;
}

/** `data` of subscribeMessage.send: every keyword of the template, each value formatted to its type's rule. */
export function messageData(m: Message): { template: TemplateName; page: string; data: Record<string, { value: string }> } {
  const { template, page, values } = resolve(m);
  const data: Record<string, { value: string }> = {};
  const ctx = { timeZone: m.timeZone || DEFAULT_TIME_ZONE };
  for (const key of Object.keys(TEMPLATES[template].keywords)) {
    const type = keywordTypeOf(key) as KeywordType;
    data[key] = { value: formatKeyword(type, values[key] as RawValueOf[typeof type], ctx) };
  }
  return { template, page, data };
}

export type MiniprogramState = 'formal' | 'trial' | 'developer';
export const MINIPROGRAM_STATES: readonly MiniprogramState[] = ['formal', 'trial', 'developer'];

export interface SubscribeSendParams {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: MiniprogramState;
  lang: 'zh_CN';
}

export interface SubscribePreview {
  template: TemplateName;
  title: string;
  /** null when WX_TEMPLATES has no id for the template */
  templateId: string | null;
  page: string;
  data: Record<string, { value: string }>;
  miniprogramState: MiniprogramState;
  lang: 'zh_CN';
}

/**
 * What `subscribeMessage.send` is called with for an outbox message (the sender sends exactly this;
 * the sandbox outbox shows it), or why it cannot be sent: a template id missing from WX_TEMPLATES,
 * no recipient, a payload that is not a message of the registry.
 */
export function buildSubscribeRequest(
  toOpenId: string | null,
  payload: unknown,
  config: { templateIds: TemplateIds; miniprogramState: MiniprogramState },
): { ok: true; template: TemplateName; params: SubscribeSendParams; preview: SubscribePreview } | { ok: false; template: TemplateName | null; error: string; preview: SubscribePreview | null } {
  if (!isMessage(payload)) return { ok: false, template: null, error: 'not a subscription message of the registry', preview: null };
  const { template, page, data } = messageData(payload);
  const templateId = config.templateIds[template] ?? null;
  const preview: SubscribePreview = { template, title: TEMPLATES[template].title, templateId, page, data, miniprogramState: config.miniprogramState, lang: 'zh_CN' };
  if (!templateId) return { ok: false, template, error: `no template id for ${template} in WX_TEMPLATES`, preview };
  if (!toOpenId) return { ok: false, template, error: 'no recipient', preview };
  return { ok: true, template, params: { touser: toOpenId, templateId, page, data, miniprogramState: config.miniprogramState, lang: 'zh_CN' }, preview };
}

/** An outbox payload read back from the database: a message of the registry for a recipient it has a binding for. */
export function isMessage(payload: unknown): payload is Message {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as { message?: unknown; to?: unknown };
  if (typeof p.message !== 'string' || !(MESSAGE_KINDS as readonly string[]).includes(p.message)) return false;
  return typeof p.to === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES[p.message as MessageKind], p.to);
}
