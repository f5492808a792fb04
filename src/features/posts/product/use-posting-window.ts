import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { callFunction } from '../../../api';
import { postingClosed } from './window';

/** What the page's ··· menu still offers the seller: all of it, "发送给朋友" only, or nothing. */
export type ShareMenuState = 'all' | 'friends' | 'none';

export type PostingWindow =
  | { status: 'unknown' }
  /** the viewer owns the shop: may post now, or not until `opensAt` (null: nothing within 60 days) */
  | { status: 'owner'; closed: boolean; opensAt: string | null; timeZone: string; shareMenu: ShareMenuState };

function platform(): string {
  try {
    return typeof Taro.getDeviceInfo === 'function' ? Taro.getDeviceInfo().platform : Taro.getSystemInfoSync().platform;
  } catch {
    return '';
  }
}

/**
 * Takes "分享到朋友圈" away from the seller while the policy forbids posting. hideShareMenu's `menus`
 * "本接口为 Beta 版本，暂只在 Android 平台支持" (https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.hideShareMenu.html):
 * on Android only Moments is hidden; elsewhere (iOS, HarmonyOS, PC) the documented call hides the whole
 * share menu (its default is both items, and hiding "发送给朋友" requires hiding Moments anyway), and
 * the page offers its own "发给朋友" button instead (PostNowEntry). Returns what the menu still offers.
 */
export function hideMomentsShare(): ShareMenuState {
  if (platform() === 'android') {
    void Taro.hideShareMenu({ menus: ['shareTimeline'] }).catch(() => undefined);
    return 'friends';
  }
  void Taro.hideShareMenu().catch(() => undefined);
  return 'none';
}

/**
 * The product page asks whether the viewer owns the shop (`shop.mine`) and, for the owner only, the
 * posting policy (`post.policy`). When the policy forbids posting now, the page hides WeChat's
 * "分享到朋友圈" menu item for the seller (the whole menu where only that is possible: see
 * hideMomentsShare), so the Moments share also goes through the policy.
 * Friends see nothing of this; any error leaves the page as it is.
 */
export function usePostingWindow(shopId: string | null): PostingWindow {
  const [posting, setPosting] = useState<PostingWindow>({ status: 'unknown' });

  useEffect(() => {
    if (!shopId) return undefined;
    let live = true;
    void (async () => {
      try {
        const mine = await callFunction('shop', 'mine', {});
        if (!live || !mine || mine.id !== shopId) return;
        const view = await callFunction('post', 'policy', {});
        if (!live || !view) return;
        const closed = postingClosed(view.nextAllowedAt, Date.now());
        const shareMenu = closed && process.env.TARO_ENV === 'weapp' ? hideMomentsShare() : 'all';
        setPosting({ status: 'owner', closed, opensAt: view.nextAllowedAt, timeZone: view.policy.timeZone, shareMenu });
      } catch {
        // Not the owner, not signed in, or offline: the page stays a friend's product page.
      }
    })();
    return () => {
      live = false;
    };
  }, [shopId]);

  return posting;
}
