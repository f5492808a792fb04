/**
 * wx.hideShareMenu / wx.showShareMenu: the "发送给朋友" / "分享到朋友圈" items of the page's ··· menu.
 * https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.hideShareMenu.html
 * https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.showShareMenu.html
 * - `menus` (2.11.3): "本接口为 Beta 版本，暂只在 Android 平台支持" — the docs promise nothing for it
 *   elsewhere, so on every other platform this fake does not honour it (the call succeeds and the menu
 *   stays as it was), which is the case an app must survive;
 * - hideShareMenu without `menus` hides both items (default ['shareAppMessage', 'shareTimeline']);
 *   hiding "发送给朋友" must hide "分享到朋友圈" too;
 * - showShareMenu's default is ['shareAppMessage']; showing Moments needs "发送给朋友" shown too.
 * The page starts with what its config enables (the product page: both).
 */
import { expectType, fail, invoke, onReset, wx } from './runtime';

type Item = 'shareAppMessage' | 'shareTimeline';

export const shareMenu = {
  items: { shareAppMessage: true, shareTimeline: true } as Record<Item, boolean>,
  /** calls whose `menus` this platform did not honour */
  ignoredMenus: 0,
};

onReset(() => {
  shareMenu.items = { shareAppMessage: true, shareTimeline: true };
  shareMenu.ignoredMenus = 0;
});

function readMenus(api: string, opts: Record<string, unknown>, fallback: Item[]): Item[] | null {
  expectType(api, 'menus', opts.menus, 'Array', false);
  if (opts.menus === undefined) return fallback;
  const menus = opts.menus as unknown[];
  for (const m of menus) if (m !== 'shareAppMessage' && m !== 'shareTimeline') fail(api, `parameter error: menus contains "${String(m)}"`);
  if (wx.platform !== 'android') {
    shareMenu.ignoredMenus += 1;
    return null;
  }
  return menus as Item[];
}

export function hideShareMenu(opts: Record<string, unknown> = {}): unknown {
  const api = 'hideShareMenu';
  return invoke(api, opts, () => {
    const menus = readMenus(api, opts, ['shareAppMessage', 'shareTimeline']);
    if (menus) {
      for (const m of menus) shareMenu.items[m] = false;
      if (!shareMenu.items.shareAppMessage) shareMenu.items.shareTimeline = false;
    }
    return { errMsg: 'hideShareMenu:ok' };
  });
}

export function showShareMenu(opts: Record<string, unknown> = {}): unknown {
  const api = 'showShareMenu';
  return invoke(api, opts, () => {
    expectType(api, 'withShareTicket', opts.withShareTicket, 'Boolean', false);
    const menus = readMenus(api, opts, ['shareAppMessage']);
    if (menus) {
      for (const m of menus) shareMenu.items[m] = true;
      if (shareMenu.items.shareTimeline) shareMenu.items.shareAppMessage = true;
    }
    return { errMsg: 'showShareMenu:ok' };
  });
}
