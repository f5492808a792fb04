/**
 * WeChat's 确认收货组件 (wx.openBusinessView with businessType 'weappOrderConfirm'), as documented:
 * https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/order-shipping/order-shipping-half.html
 * - base library ≥ 2.6.0; businessType 'weappOrderConfirm' (required); extraData (required) names the payment by
 *   transaction_id, or by merchant_id + merchant_trade_no;
 * - the component returns with wx.navigateBackMiniProgram: App.onShow (Taro.onAppShow) gets referrerInfo
 *   { appId: 'wx1183b055aeec94d1', extraData: { status: 'success' | 'fail' | 'cancel', errormsg?, req_extradata } };
 * - developers also report the same extraData in openBusinessView's success result (and that status 'fail'
 *   "获取用户订单失败" comes when the payer is not this user, 'cancel' when the order is not 待收货):
 *   https://developers.weixin.qq.com/community/personal/oCJUsw5q0TxjeScmKb4h15jhFGw8/answer,
 *   https://www.cnblogs.com/weixiao-blog/p/17724622.html — `successCarriesExtraData` chooses which a test relies on.
 * The user's part (`businessView.answer`): confirm, cancel, or WeChat cannot find the order (fail).
 */
import { expectType, fail, invoke, onReset, wx } from './runtime';

export const CONFIRM_COMPONENT_APPID = 'wx1183b055aeec94d1';

type Listener = (options: { path: string; scene: number; referrerInfo?: { appId: string; extraData?: Record<string, unknown> } }) => void;

export const businessView = {
  answer: 'success' as 'success' | 'fail' | 'cancel',
  successCarriesExtraData: true,
  /** transaction ids WeChat holds as 待收货 for this user: anything else answers fail 获取用户订单失败 */
  awaitingReceipt: new Set<string>(),
  opened: [] as Array<Record<string, unknown>>,
  appShowListeners: [] as Listener[],
};

onReset(() => {
  businessView.answer = 'success';
  businessView.successCarriesExtraData = true;
  businessView.awaitingReceipt = new Set();
  businessView.opened = [];
  businessView.appShowListeners = [];
});

export function onAppShow(listener: Listener): void {
  businessView.appShowListeners.push(listener);
}

export function offAppShow(listener: Listener): void {
  businessView.appShowListeners = businessView.appShowListeners.filter((l) => l !== listener);
}

function atLeast(version: string, min: string): boolean {
  const a = version.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export function openBusinessView(opts: Record<string, unknown>): unknown {
  const api = 'openBusinessView';
  return invoke(api, opts, () => {
    if (!atLeast(wx.SDKVersion, '2.6.0')) fail(api, 'not supported');
    expectType(api, 'businessType', opts.businessType, 'String', true);
    expectType(api, 'extraData', opts.extraData, 'Object', true);
    if (opts.businessType !== 'weappOrderConfirm') fail(api, `invalid businessType ${String(opts.businessType)}`);
    const data = opts.extraData as Record<string, unknown>;
    const byTransaction = typeof data.transaction_id === 'string' && data.transaction_id !== '';
    const byMerchant = typeof data.merchant_id === 'string' && data.merchant_id !== '' && typeof data.merchant_trade_no === 'string' && data.merchant_trade_no !== '';
    if (!byTransaction && !byMerchant) fail(api, 'invalid extraData: transaction_id or merchant_id + merchant_trade_no');
    businessView.opened.push(data);
    const known = byTransaction && businessView.awaitingReceipt.has(data.transaction_id as string);
    const status = known ? businessView.answer : 'fail';
    const extraData = { status, ...(status === 'fail' ? { errormsg: '获取用户订单失败' } : {}), req_extradata: data };
    if (status === 'success' && byTransaction) businessView.awaitingReceipt.delete(data.transaction_id as string);
    // Back in the mini program: App.onShow with the component as referrer.
    setTimeout(() => {
      for (const l of [...businessView.appShowListeners]) l({ path: 'pages/order/index', scene: 1038, referrerInfo: { appId: CONFIRM_COMPONENT_APPID, extraData } });
    }, 0);
    return businessView.successCarriesExtraData ? { errMsg: 'openBusinessView:ok', extraData } : { errMsg: 'openBusinessView:ok' };
  });
}
