import * as cloud from 'wx-server-sdk';
import type { ShippingUploadPayload, UploadShippingInfoRequest } from '../core/shipping/request';
import { PermanentSendError } from '../core/delivery';
import { shippingUploadText as T } from '../../types/zh-CN/delivery';

/**
 * WeChat's 发货信息管理 through cloud calls (no access token to keep: "在云函数中使用云调用调用服务端接口无需换取
 * access_token"): `wxa.sec.order.getOrder` and `wxa.sec.order.uploadShippingInfo`, declared in every function's
 * function.ts because every bundle carries the sender. wx-server-sdk sends the body as given (snake_case stays
 * snake_case), answers camelCase, and throws { errCode, errMsg } for a non-zero errcode.
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_uploadshippinginfo
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_getorder
 *
 * WeChat does not de-duplicate by the order key: "对已完成发货的支付单再次调用该 API" counts as 重新发货, which a
 * payment gets once (then 10060003). A retried send (the outbox delivers uploads at least once) must not spend
 * it, so every send first asks WeChat for the payment's state and uploads only while it is 待发货.
 */

/** order_state of get_order: (1) 待发货 (2) 已发货 (3) 确认收货 (4) 交易完成 (5) 已退款 (6) 资金待结算. */
const HAS_SHIPPING = new Set([2, 3, 4, 6]);

/** Errcodes that mean WeChat already holds shipping information for the payment: the upload's purpose is met. */
const ALREADY_SHIPPED = new Set([
  10060002, // 支付单已完成发货，无法继续发货
  10060003, // 支付单已使用重新发货机会
  10060023, // 发货信息未更新（支付单信息不变）
]);

/**
 * Errcodes no retry can change: the request or the payment is wrong as it stands (the documented list).
 * Not here, so retried: -1 / 10060012 / 10060019 (系统繁忙), 10060001 (支付单不存在 — also what WeChat answers
 * for a payment it has not taken in yet, "支付后订单需要入库"), -604101 (permission not yet in effect), network errors.
 */
const FINAL = new Set([
  10060004, // 支付单处于不可发货的状态 (refunded, in a complaint…)
  10060005, 10060006, 10060007, 10060008, 10060009, 10060014, 10060020, 10060024, 10060025, 10060026,
  10060031, // 该笔支付单不属于 openid 所指定的用户
  47001, // data format error
  48001, // api unauthorized: 发货信息管理 is not open for this mini program
  268485216, 268485224, 268485195, 268485196, 268485197, 268485194, 268485228,
]);

interface WxError {
  errCode: number | null;
  errMsg: string;
}

function wxError(err: unknown): WxError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { errCode?: unknown; errcode?: unknown; errMsg?: unknown; message?: unknown };
  const code = typeof e.errCode === 'number' ? e.errCode : typeof e.errcode === 'number' ? e.errcode : null;
  const msg = typeof e.errMsg === 'string' ? e.errMsg : typeof e.message === 'string' ? e.message : String(err);
  return { errCode: code, errMsg: msg };
}

/**
 * The seller reads this sentence (「未同步到微信」): WeChat's own words without the SDK's prefix and the
 * request ids, and the code. errMsg looks like "openapi.wxa.sec.order.uploadShippingInfo:fail 支付单不存在 rid: …".
 */
export function sellerReadable({ errCode, errMsg }: WxError): string {
  const words = errMsg
    .replace(/^[\w.]+:fail\s*/, '')
    .replace(/,?\s*hint:\s*\[[^\]]*\]/g, '')
    .replace(/\s*rid:\s*\S+/g, '')
    .trim();
  return errCode === null ? words || T.networkError : T.withCode(words || T.wechatError, errCode);
}

function getOrderParams(key: UploadShippingInfoRequest['order_key']) {
  return key.order_number_type === 2 ? { transaction_id: key.transaction_id } : { merchant_id: key.mchid, merchant_trade_no: key.out_trade_no };
}

/** Uploads one shipping payload, or throws: PermanentSendError when only a person can fix it. */
export async function uploadShipping(payload: unknown): Promise<void> {
  const p = payload as Partial<ShippingUploadPayload>;
  if (!p.request) {
    // Queued before requests were built (migration 011): nothing WeChat can take.
    throw new PermanentSendError(T.nothingToUpload);
  }
  try {
    const res = await cloud.openapi.wxa.sec.order.getOrder(getOrderParams(p.request.order_key));
    const state = res.order?.orderState ?? res.order?.order_state;
    if (typeof state === 'number' && HAS_SHIPPING.has(state)) return;
    if (state === 5) throw new PermanentSendError(T.refunded);
  } catch (err) {
    if (err instanceof PermanentSendError) throw err;
    const e = wxError(err);
    // 10060001: WeChat has not taken the payment in yet; the upload below answers the same and is retried.
    if (e.errCode !== 10060001) throw new Error(sellerReadable(e));
  }
  try {
    await cloud.openapi.wxa.sec.order.uploadShippingInfo(p.request);
  } catch (err) {
    const e = wxError(err);
    if (e.errCode !== null && ALREADY_SHIPPED.has(e.errCode)) return;
    throw e.errCode !== null && FINAL.has(e.errCode) ? new PermanentSendError(sellerReadable(e)) : new Error(sellerReadable(e));
  }
}
