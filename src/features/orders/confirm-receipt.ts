import Taro from '@tarojs/taro';

/** The confirm-receipt component's appid, the referrer App.onShow reports when it returns. */
const COMPONENT_APPID = 'wx1183b055aeec94d1';

export type WechatConfirm = 'success' | 'fail' | 'cancel' | 'unavailable';

function statusOf(extraData: unknown): WechatConfirm | null {
  const status = typeof extraData === 'object' && extraData !== null ? (extraData as { status?: unknown }).status : undefined;
  return status === 'success' || status === 'fail' || status === 'cancel' ? status : null;
}

/**
 * WeChat's 确认收货组件 for an order paid with WeChat Pay: confirming there tells WeChat (whose trading rules
 * settle the money after receipt) as well as us. Opened with the payment's transaction id; its answer comes back
 * to App.onShow as referrerInfo { appId: wx1183b055aeec94d1, extraData: { status, errormsg, req_extradata } }, and
 * developers see the same extraData in openBusinessView's success, so whichever comes first decides.
 * https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/order-shipping/order-shipping-half.html
 * 'unavailable': no component here (the browser build, or the call failed).
 */
export function confirmInWechat(transactionId: string): Promise<WechatConfirm> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.openBusinessView !== 'function' || typeof Taro.onAppShow !== 'function') return Promise.resolve('unavailable');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (status: WechatConfirm) => {
      if (settled) return;
      settled = true;
      Taro.offAppShow(onShow);
      resolve(status);
    };
    const onShow = (options: { referrerInfo?: { appId?: string; extraData?: unknown } }) => {
      const ref = options?.referrerInfo;
      const status = ref?.appId === COMPONENT_APPID ? statusOf(ref.extraData) : null;
      // Back without the component's word (the top-left back button): give its success callback a moment, else nothing happened.
      if (status) finish(status);
      else setTimeout(() => finish('cancel'), 300);
    };
    Taro.onAppShow(onShow);
    Taro.openBusinessView({
      businessType: 'weappOrderConfirm',
      // Taro types extraData for 微信支付分 only; weappOrderConfirm takes the payment's transaction_id.
      extraData: { transaction_id: transactionId } as unknown as Taro.openBusinessView.Option['extraData'],
      success: (res: unknown) => {
        const status = statusOf((res as { extraData?: unknown }).extraData);
        if (status) finish(status);
      },
      fail: () => finish('unavailable'),
    });
  });
}
