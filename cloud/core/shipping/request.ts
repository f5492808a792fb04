import { CONTACT_REQUIRED, LOGISTICS_TYPES, type DeliveryCompany, type LogisticsKind } from '../../../types/delivery';

/**
 * The body of WeChat's 发货信息录入 (upload_shipping_info; cloud call `wxa.sec.order.uploadShippingInfo`, "出入参和
 * HTTPS 调用相同"), field for field as documented:
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo
 * and the service's notes (https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/order-shipping/order-shipping.html).
 */
export interface UploadShippingInfoRequest {
  /** which payment: 1 = mchid + out_trade_no (下单商户号 + 商户侧单号), 2 = transaction_id (微信支付单号) */
  order_key: { order_number_type: 1; mchid: string; out_trade_no: string } | { order_number_type: 2; transaction_id: string };
  /** 1 实体物流, 2 同城配送, 3 虚拟商品, 4 用户自提 */
  logistics_type: 1 | 2 | 3 | 4;
  /** 1 UNIFIED_DELIVERY (统一发货: one parcel); 2 SPLIT_DELIVERY needs is_all_delivered and per-parcel items */
  delivery_mode: 1;
  /** an array even for one parcel (WeChat answers 47001 data format error to an object); 1 entry in unified mode */
  shipping_list: ShippingListEntry[];
  /** RFC 3339, e.g. 2022-12-15T13:29:35.120+08:00: orders this upload among the payment's uploads */
  upload_time: string;
  payer: { openid: string };
}

export interface ShippingListEntry {
  /** 物流单号, required for express: 1–128 bytes */
  tracking_no?: string;
  /** the carrier's id in get_delivery_list, required for express */
  express_company?: string;
  /** 商品信息, e.g. 微信红包抱枕*1个: required, at most 120 characters */
  item_desc: string;
  /** required for 顺丰, masked, "最后4位数字不能打掩码" */
  contact?: { receiver_contact: string };
}

/** How the order leaves the seller: by a listed express carrier, in town, handed over at a pickup point, or not at all. */
export type Fulfilment =
  | { kind: 'express'; company: DeliveryCompany; trackingNo: string }
  | { kind: Exclude<LogisticsKind, 'express'> };

export interface ShippingFacts {
  payment: {
    /** our payment id, WeChat Pay's out_trade_no */
    outTradeNo: string;
    /** WeChat Pay's transaction_id, from the payment notice */
    transactionId: string | null;
    /** the merchant the order was placed with, for order_number_type 1 */
    mchId: string | null;
  };
  /** the buyer: WeChat checks the payment is theirs (10060031) */
  payerOpenId: string;
  items: ReadonlyArray<{ title: string; qty: number }>;
  /** the address's phone, for the masked receiver contact */
  receiverPhone: string;
  fulfilment: Fulfilment;
  at: Date;
}

export const ITEM_DESC_MAX = 120;

/** Code points, as WeChat counts "120个字". */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "商洛核桃*2；土蜂蜜*1", within WeChat's 120 characters. */
export function itemDesc(items: ShippingFacts['items']): string {
  return cut(items.map((i) => `${i.title.trim()}*${i.qty}`).join('；'), ITEM_DESC_MAX);
}

/** 138****8000: the receiver's phone with all but the first three and the last four digits masked. */
export function maskPhone(phone: string): string {
  // +86 before a mobile number is the country, not the number
  const digits = phone.replace(/\D/g, '').replace(/^86(1\d{10})$/, '$1');
  if (digits.length <= 4) return digits;
  const head = digits.length >= 11 ? digits.slice(0, 3) : '';
  return `${head}${'*'.repeat(Math.max(4, digits.length - head.length - 4))}${digits.slice(-4)}`;
}

/** RFC 3339 in China's offset with milliseconds, like the documented example. */
export function uploadTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().replace('Z', '+08:00');
}

/**
 * The request for one payment's shipping, or null when WeChat cannot be told which payment it is (no
 * transaction id from the notice and no merchant id): that one is entered by hand.
 * The transaction id is preferred: with a sub-merchant (cloudPay's subMchId) it needs no choice of which
 * merchant id WeChat means by 下单商户号.
 */
export function buildShippingUpload(f: ShippingFacts): UploadShippingInfoRequest | null {
  const { payment } = f;
  let order_key: UploadShippingInfoRequest['order_key'];
  if (payment.transactionId) order_key = { order_number_type: 2, transaction_id: payment.transactionId };
  else if (payment.mchId) order_key = { order_number_type: 1, mchid: payment.mchId, out_trade_no: payment.outTradeNo };
  else return null;

  const entry: ShippingListEntry = { item_desc: itemDesc(f.items) };
  if (f.fulfilment.kind === 'express') {
    const { company, trackingNo } = f.fulfilment;
    entry.tracking_no = trackingNo;
    entry.express_company = company.id;
    if (CONTACT_REQUIRED.has(company.id)) entry.contact = { receiver_contact: maskPhone(f.receiverPhone) };
  }
  return {
    order_key,
    logistics_type: LOGISTICS_TYPES[f.fulfilment.kind].code,
    delivery_mode: 1,
    shipping_list: [entry],
    upload_time: uploadTime(f.at),
    payer: { openid: f.payerOpenId },
  };
}

/** What the outbox carries for one upload: the request exactly as the production sender passes it to WeChat. */
export interface ShippingUploadPayload {
  orderId: string;
  paymentId: string;
  request: UploadShippingInfoRequest;
}

export const SHIPPING_UPLOAD_KIND = 'wxa.uploadShippingInfo';
