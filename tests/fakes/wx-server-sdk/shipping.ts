/**
 * A fake of WeChat's 发货信息管理 cloud calls, `cloud.openapi.wxa.sec.order.uploadShippingInfo` and `.getOrder`,
 * as documented ("出入参和 HTTPS 调用相同": snake_case bodies):
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_getorder
 * https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/order-shipping/order-shipping.html
 *
 * uploadShippingInfo checks every field: order_key (order_number_type 1 → mchid + out_trade_no, 2 → transaction_id;
 * 268485194–268485197), logistics_type 1–4 (10060005), delivery_mode 1/2 (268485224; unified = exactly one parcel,
 * 268485228; split needs is_all_delivered, 10060007, and express, 10060006), shipping_list an array (an object is
 * 47001 data format error, as WeChat answered in the community threads) of 1–15, each with item_desc (10060008,
 * ≤ 120 characters 10060009), and for express tracking_no (1–128 bytes, 10060026) and express_company (a delivery id,
 * 10060025 when too long), contact for 顺丰 (masked, "最后4位数字不能打掩码"), upload_time RFC 3339 (268485216),
 * payer.openid the payment's payer (10060031). WeChat's side of a payment: unknown → 10060001 支付单不存在; refunded →
 * 10060004; shipped once already → the one 重新发货 chance, then 10060003; confirmed → 10060002; the same shipping
 * again → 10060023. Where the docs name no errcode (a missing tracking_no, an id not in get_delivery_list, a missing 顺丰
 * contact) the fake answers 10060014 参数错误, the documented catch-all. Like wx-server-sdk, a failure rejects with
 * { errCode, errMsg: 'openapi.wxa.sec.order.<api>:fail <errmsg> rid: …' } and getOrder's answer is camelCased.
 */
import { DELIVERY_COMPANIES } from '../../../types/delivery';
import { charLength } from '../../../types/text';
import { WxError, type CallLog } from '../calls';

const UPLOAD = 'openapi.wxa.sec.order.uploadShippingInfo';
const GET = 'openapi.wxa.sec.order.getOrder';

/** A payment as WeChat's 发货信息管理 sees it. order_state: 1 待发货 2 已发货 3 确认收货 4 交易完成 5 已退款. */
export interface WxPayment {
  transactionId: string;
  mchid: string;
  outTradeNo: string;
  openid: string;
  state: 1 | 2 | 3 | 4 | 5;
  uploads: Array<Record<string, unknown>>;
  reshipped: boolean;
}

/** A few ids of get_delivery_list besides ours, so a test can tell "a real id we do not list" from nonsense. */
const KNOWN_IDS = new Set([...DELIVERY_COMPANIES.map((c) => c.id), 'EMS2', 'NSF', '007EX', 'BDT']);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export const fakeShipping = {
  payments: [] as WxPayment[],
  /** errors the next calls answer before looking at anything (WeChat busy, a payment not taken in yet…) */
  failUploads: [] as Array<{ errCode: number; errMsg: string }>,
  failGets: [] as Array<{ errCode: number; errMsg: string }>,
  /** WeChat has taken in a WeChat Pay payment ("支付后订单需要入库"): uploads for it can be accepted */
  pay(p: { transactionId: string; mchid?: string; outTradeNo: string; openid: string }): WxPayment {
    const payment: WxPayment = { mchid: '1900000109', ...p, state: 1, uploads: [], reshipped: false };
    fakeShipping.payments.push(payment);
    return payment;
  },
  find(key: { transactionId?: string; mchid?: string; outTradeNo?: string }): WxPayment | undefined {
    return fakeShipping.payments.find((p) => (key.transactionId ? p.transactionId === key.transactionId : p.mchid === key.mchid && p.outTradeNo === key.outTradeNo));
  },
  reset(): void {
    fakeShipping.payments = [];
    fakeShipping.failUploads = [];
    fakeShipping.failGets = [];
  },
};

function refuse(api: string, errCode: number, errmsg: string): never {
  throw new WxError(errCode, `${api}:fail ${errmsg} rid: 6566189d-315156a5-7cfabd9e`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function fail(code: number, msg: string): never {
  return refuse(UPLOAD, code, msg);
}

function checkUpload(body: Record<string, unknown>): WxPayment {
  const key = body.order_key;
  if (!isObject(key)) fail(47001, 'data format error');
  let payment: WxPayment | undefined;
  if (key.order_number_type === 2) {
    if (typeof key.transaction_id !== 'string' || key.transaction_id === '') fail(268485195, '微信支付单号形式下 transaction_id 字段不能为空');
    payment = fakeShipping.find({ transactionId: key.transaction_id });
  } else if (key.order_number_type === 1) {
    if (typeof key.mchid !== 'string' || key.mchid === '') fail(268485196, '商户侧单号形式下 mchid 字段不能为空');
    if (typeof key.out_trade_no !== 'string' || key.out_trade_no === '') fail(268485197, '商户侧单号形式下 out_trade_no 字段不能为空');
    payment = fakeShipping.find({ mchid: key.mchid, outTradeNo: key.out_trade_no });
  } else fail(268485194, '订单单号类型非法');

  const type = body.logistics_type;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4) fail(10060005, '物流类型有误');
  const mode = body.delivery_mode;
  if (mode !== 1 && mode !== 2) fail(268485224, '发货模式非法');
  const list = body.shipping_list;
  if (!Array.isArray(list)) fail(47001, 'data format error');
  if (mode === 1 && list.length !== 1) fail(268485228, '统一发货模式下，物流信息列表长度必须为 1');
  if (mode === 2) {
    if (type !== 1) fail(10060006, '非快递发货时不允许分拆发货');
    if (typeof body.is_all_delivered !== 'boolean') fail(10060007, '分拆发货模式下必须填写 is_all_delivered 字段');
  }
  if (list.length === 0) fail(47001, 'data format error');
  if (list.length > 15) fail(10060024, '物流信息列表太长');
  for (const raw of list) {
    if (!isObject(raw)) fail(47001, 'data format error');
    const { item_desc, tracking_no, express_company, contact } = raw;
    if (typeof item_desc !== 'string' || item_desc.trim() === '') fail(10060008, '商品描述 item_desc 字段不能为空');
    if (charLength(item_desc) > 120) fail(10060009, '商品描述 item_desc 字段太长');
    if (type !== 1) continue;
    if (typeof tracking_no !== 'string' || tracking_no === '') fail(10060014, '参数错误: tracking_no');
    if (bytes(tracking_no) > 128) fail(10060026, '物流单号太长');
    if (typeof express_company !== 'string' || express_company === '') fail(10060014, '参数错误: express_company');
    if (bytes(express_company) > 128) fail(10060025, '物流公司编码太长');
    if (!KNOWN_IDS.has(express_company)) fail(10060014, `参数错误: express_company ${express_company}`);
    if (express_company === 'SF') {
      const c = isObject(contact) ? contact : {};
      const given = [c.receiver_contact, c.consignor_contact].filter((v): v is string => typeof v === 'string' && v !== '');
      if (given.length === 0) fail(10060014, '参数错误: 顺丰需要 contact');
      for (const v of given) if (!v.includes('*') || !/\d{4}$/.test(v)) fail(10060014, '参数错误: contact 需掩码，最后4位数字不能打掩码');
    }
  }
  if (typeof body.upload_time !== 'string' || !RFC3339.test(body.upload_time)) fail(268485216, '上传时间非法，请按照 RFC 3339 格式填写');
  const payer = body.payer;
  if (!isObject(payer) || typeof payer.openid !== 'string' || payer.openid === '') fail(47001, 'data format error');

  if (!payment) fail(10060001, '支付单不存在');
  if (payer.openid !== payment.openid) fail(10060031, '该笔支付单不属于 openid 所指定的用户');
  if (payment.state === 5) fail(10060004, '支付单处于不可发货的状态');
  if (payment.state === 3 || payment.state === 4) fail(10060002, '支付单已完成发货，无法继续发货');
  if (payment.state === 2) {
    const last = payment.uploads[payment.uploads.length - 1];
    if (JSON.stringify(last?.shipping_list) === JSON.stringify(list)) fail(10060023, '发货信息未更新');
    if (payment.reshipped) fail(10060003, '支付单已使用重新发货机会');
  }
  return payment;
}

export function wxaApi(log: CallLog) {
  return {
    sec: {
      order: {
        async uploadShippingInfo(body: object): Promise<{ errCode: number; errMsg: string }> {
          try {
            const injected = fakeShipping.failUploads.shift();
            if (injected) refuse(UPLOAD, injected.errCode, injected.errMsg);
            const payment = checkUpload((body ?? {}) as Record<string, unknown>);
            if (payment.state === 2) payment.reshipped = true;
            payment.state = 2;
            payment.uploads.push(body as Record<string, unknown>);
            log.record(UPLOAD, body, 'ok');
            return { errCode: 0, errMsg: `${UPLOAD}:ok` };
          } catch (err) {
            if (err instanceof WxError) log.record(UPLOAD, body, { errCode: err.errCode, errMsg: err.errMsg });
            throw err;
          }
        },
        async getOrder(body: object) {
          try {
            const injected = fakeShipping.failGets.shift();
            if (injected) refuse(GET, injected.errCode, injected.errMsg);
            const b = (body ?? {}) as Record<string, unknown>;
            const byTransaction = typeof b.transaction_id === 'string' && b.transaction_id !== '';
            const byMerchant = typeof b.merchant_id === 'string' && typeof b.merchant_trade_no === 'string';
            if (!byTransaction && !byMerchant) refuse(GET, 47001, 'data format error');
            const p = byTransaction ? fakeShipping.find({ transactionId: b.transaction_id as string }) : fakeShipping.find({ mchid: b.merchant_id as string, outTradeNo: b.merchant_trade_no as string });
            if (!p) refuse(GET, 10060001, '支付单不存在');
            log.record(GET, body, 'ok');
            // wx-server-sdk turns WeChat's snake_case answer into camelCase.
            return {
              errCode: 0,
              errMsg: `${GET}:ok`,
              order: { transactionId: p.transactionId, merchantId: p.mchid, merchantTradeNo: p.outTradeNo, openid: p.openid, orderState: p.state },
            };
          } catch (err) {
            if (err instanceof WxError) log.record(GET, body, { errCode: err.errCode, errMsg: err.errMsg });
            throw err;
          }
        },
      },
    },
  };
}
