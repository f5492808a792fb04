import Taro from '@tarojs/taro';
import type { Order, PaymentParams } from '../../../types/order';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { ApiError, toApiError, unwrapEnvelope } from '../../api';
import { ordersApi } from './api';

function isCancel(err: unknown): boolean {
  const msg = typeof err === 'object' && err !== null && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : '';
  return /cancel/i.test(msg);
}

/**
 * WeChat: the cashier itself (timeStamp, nonceStr, package `prepay_id=…`, signType, paySign from cloudPay;
 * a closed cashier fails with `requestPayment:fail cancel`):
 * https://developers.weixin.qq.com/miniprogram/dev/api/payment/wx.requestPayment.html
 * The order turns paid when WeChat's callback reaches the backend, not when this resolves.
 */
async function payInWechat(params: PaymentParams): Promise<void> {
  try {
    await Taro.requestPayment({ ...params });
  } catch (err) {
    throw new ApiError('CONFLICT', isCancel(err) ? ordersUi.pay.wechatCancelled : ordersUi.pay.wechatFailed, { cancelled: isCancel(err) });
  }
}

/**
 * The browser build against the local host: its sandbox stands in for WeChat Pay, and its dev route
 * completes the payment through the same callback path production uses.
 */
async function payInSandbox(paymentId: string): Promise<void> {
  let raw: unknown;
  try {
    const res = await fetch(`/api/dev/payments/${encodeURIComponent(paymentId)}/succeed`, { method: 'POST', credentials: 'same-origin' });
    raw = await res.json();
  } catch (err) {
    throw toApiError(err);
  }
  unwrapEnvelope<unknown>(raw);
}

/**
 * 微信支付: `order.pay` with method wechat, then the cashier (or the sandbox), then the order as the
 * backend now has it. The callback may lag behind the cashier: ask a few times before giving up waiting.
 */
export async function payWithWechat(orderId: string): Promise<Order> {
  const { order, payment } = await ordersApi.pay(orderId, 'wechat');
  if (!payment || !order.payment) return order;
  if (process.env.TARO_ENV === 'weapp') await payInWechat(payment);
  else await payInSandbox(order.payment.id);
  let latest = await ordersApi.get(orderId);
  for (let i = 0; i < 5 && latest.status === 'pending_payment'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 800));
    latest = await ordersApi.get(orderId);
  }
  return latest;
}

/** 转账付款: the buyer says the money is sent; the order waits for the seller's confirmation. */
export async function payByTransfer(orderId: string): Promise<Order> {
  const { order } = await ordersApi.pay(orderId, 'transfer');
  return order;
}
