// Types and constants only: the app's main package imports these (the seller's carrier picker), and must not pull in zod.
import { carrierNames, logisticsTypeNames } from './zh-CN/carriers';

/**
 * The carriers a seller picks from when shipping, by WeChat's own delivery company ids.
 *
 * WeChat's 发货信息录入 (upload_shipping_info) takes `express_company` as an id of its 运力 list,
 * "物流公司编码,参见获取运力 id 列表 get_delivery_list"
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo,
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/weixin-express/express-msg/api_get_delivery_list).
 * That list (about 1,500 companies) is only served to a logged-in mini program, so the ids below are the
 * ones we could read from it second-hand:
 * - SF 顺丰速运, YTO 圆通速递, YD 韵达速递, ZTO 中通快递, STO 申通快递: get_delivery_list's answer as quoted by
 *   WeChat's staff (https://developers.weixin.qq.com/community/develop/doc/0008a880fe48c8abffc0dd11361800);
 * - JD 京东快递 and EMS "EMS": a public project's dump of get_delivery_list (2026-09, 1,509 rows), which also
 *   notes the near-twins it did not use (EMS2「EMS国内」, NSF「新顺丰」).
 * Careful: WeChat has other carrier id spaces that look alike — 物流助手 (getAllDelivery: YUNDA, BEST, DB, JDL,
 * JTSD) and 微信小店 (YUNDA, JTSD, DBKD) — which upload_shipping_info does not take (韵达 is YD there, not YUNDA).
 * So 极兔, 德邦, 百世 and 邮政快递包裹 are not listed: their ids in the 运力 list could not be confirmed, and a
 * guessed id would tell the buyer the wrong carrier. A seller using one picks 其他 (OTHER_CARRIER) and names it;
 * that shipment is entered by hand in the mini program admin's 发货信息管理 page, whose picker has WeChat's whole
 * list (the API page: "你也可以登录小程序的后台,通过发货信息管理页面手动录入发货信息"). Run get_delivery_list
 * once with the real appid and add the ids here when confirmed.
 */
export interface DeliveryCompany {
  /** WeChat's delivery id (get_delivery_list's delivery_id): what upload_shipping_info's express_company takes */
  id: string;
  /** get_delivery_list's delivery_name: what the buyer and the seller see */
  name: string;
  /** short name on the picker's pill */
  short: string;
  /** other names sellers (and older clients, whose carrier was free text) write for it; matched without spaces, case-insensitively */
  aliases: readonly string[];
}

const N = carrierNames;
export const DELIVERY_COMPANIES: readonly DeliveryCompany[] = [
  { id: 'SF', ...N.SF },
  { id: 'ZTO', ...N.ZTO },
  { id: 'YTO', ...N.YTO },
  { id: 'YD', ...N.YD },
  { id: 'STO', ...N.STO },
  { id: 'JD', ...N.JD },
  { id: 'EMS', ...N.EMS },
];

/** A carrier outside the list above: shipped and shown to the buyer by its name, entered in WeChat by hand. */
export const OTHER_CARRIER = 'OTHER';

/**
 * WeChat's 顺丰 rule: "当发货的物流公司为顺丰时,联系方式为必填,收件人或寄件人联系方式二选一"
 * (upload_shipping_info, shipping_list.contact).
 */
export const CONTACT_REQUIRED: ReadonlySet<string> = new Set(['SF']);

const squash = (s: string) => s.replace(/\s+/g, '').toUpperCase();

const BY_KEY = new Map<string, DeliveryCompany>();
for (const c of DELIVERY_COMPANIES) for (const key of [c.id, c.name, c.short, ...c.aliases]) BY_KEY.set(squash(key), c);

/** The company a seller's `carrier` means: a delivery id, its name or a usual alias; null when it is none of them. */
export function findCarrier(input: string): DeliveryCompany | null {
  return BY_KEY.get(squash(input)) ?? null;
}

/** The id `order.ship` stores for a carrier: a listed company's id, OTHER_CARRIER, or null when it is not one of the choices. */
export function resolveCarrierId(input: string): string | null {
  const s = squash(input);
  if (s === OTHER_CARRIER || carrierNames.other.includes(s)) return OTHER_CARRIER;
  return findCarrier(input)?.id ?? null;
}

export function carrierById(id: string): DeliveryCompany | null {
  return DELIVERY_COMPANIES.find((c) => c.id === id) ?? null;
}

/**
 * WeChat's logistics_type (物流模式): "1、实体物流配送采用快递公司进行实体物流配送形式 2、同城配送 3、虚拟商品,
 * 虚拟商品,例如话费充值,点卡等,无实体配送形式 4、用户自提" (upload_shipping_info). Today every order ships by
 * express; a group drop (contract: `drop`) hands its orders out at a pickup point, delivers them in town, or
 * ships them, and an order with nothing to send (a service, a deposit) is the virtual kind.
 */
export const LOGISTICS_TYPES = {
  express: { code: 1, name: logisticsTypeNames.express },
  local: { code: 2, name: logisticsTypeNames.local },
  virtual: { code: 3, name: logisticsTypeNames.virtual },
  pickup: { code: 4, name: logisticsTypeNames.pickup },
} as const;
export type LogisticsKind = keyof typeof LOGISTICS_TYPES;

/** A drop's fulfilment way (contract: `drop.open` fulfilment / `order.create` fulfilment.kind) as WeChat's logistics kind. */
export function logisticsKindOf(fulfilment: 'shipping' | 'delivery' | 'pickup' | 'none'): LogisticsKind {
  return fulfilment === 'shipping' ? 'express' : fulfilment === 'delivery' ? 'local' : fulfilment === 'pickup' ? 'pickup' : 'virtual';
}

/**
 * Whether WeChat has the shipping information of an order paid with WeChat Pay (the money stays frozen
 * until it has): `pending` queued, not yet accepted; `synced` WeChat has it; `failed` WeChat refused the last
 * attempt (`error` says why; it is retried); `manual` nothing we can upload (a carrier outside our list, or a
 * payment WeChat cannot be pointed to), to be entered by hand in the mini program admin's 发货信息管理.
 */
export type ShippingSyncStatus = 'pending' | 'synced' | 'failed' | 'manual';

export interface ShippingSync {
  status: ShippingSyncStatus;
  /** WeChat's answer to the last failed attempt, e.g. "支付单不存在（10060001）" */
  error: string | null;
  /** when WeChat accepted it */
  syncedAt: string | null;
}
