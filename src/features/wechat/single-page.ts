import { useState } from 'react';
import Taro from '@tarojs/taro';

/**
 * Moments' single-page mode (朋友圈单页模式), scene 1154: a page shared with onShareTimeline opens
 * alone, with no login and no navigation — wx.navigateTo/redirectTo/reLaunch, forms and
 * button open-type are refused with a "请前往小程序使用完整服务" toast; WeChat adds a bottom bar
 * "前往小程序" that opens the same page in the full mini program. Pages adapt by checking the scene.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html
 * Cloud functions see no OPENID there, so only public reads work (README, "Run it in WeChat").
 */
export const MOMENTS_SINGLE_PAGE_SCENE = 1154;

export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  // The enter options tell how this run was entered (also on a warm start); launch options as a fallback.
  // https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getEnterOptionsSync.html
  try {
    const entered = Taro.getEnterOptionsSync?.();
    if (entered && typeof entered.scene === 'number') return entered.scene === MOMENTS_SINGLE_PAGE_SCENE;
  } catch {
    // older base library: fall through
  }
  try {
    return Taro.getLaunchOptionsSync().scene === MOMENTS_SINGLE_PAGE_SCENE;
  } catch {
    return false;
  }
}

/** Read once per page: the mode cannot change while the page lives. */
export function useSinglePageMode(): boolean {
  const [single] = useState(isSinglePageMode);
  return single;
}
