import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { callFunction } from '../../../api';
import { postingClosed } from './window';

export type PostingWindow =
  | { status: 'unknown' }
  /** the viewer owns the shop: may post now, or not until `opensAt` (null: nothing within 60 days) */
  | { status: 'owner'; closed: boolean; opensAt: string | null; timeZone: string };

/**
 * The product page asks whether the viewer owns the shop (`shop.mine`) and, for the owner only, the
 * posting policy (`post.policy`). When the policy forbids posting now, the page hides WeChat's
 * "分享到朋友圈" menu item for the seller, so the Moments share also goes through the policy.
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
        setPosting({ status: 'owner', closed, opensAt: view.nextAllowedAt, timeZone: view.policy.timeZone });
        if (closed && process.env.TARO_ENV === 'weapp') {
          void Taro.hideShareMenu({ menus: ['shareTimeline'] }).catch(() => undefined);
        }
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
