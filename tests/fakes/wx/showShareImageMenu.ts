/**
 * wx.showShareImageMenu (base library 2.14.3): https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.showShareImageMenu.html
 * - path (string, required): "必须为本地路径或临时路径" — not an https://, cloud:// or data: address;
 * - needShowEntrance (boolean, 3.2.0; default true since 3.8.2): the image message carries an entrance
 *   to the mini program;
 * - entrancePath (string, 3.2.0): where that entrance opens; the docs: without it, the current page if
 *   it may be shared to friends, "否则默认为小程序首页" (query allowed, per WeChat's community answer);
 * - since 3.8.2 `style` is gone and the menu can share to Moments, where the image must not carry a plain
 *   QR code (a mini program code is fine).
 * The fake records where the entrance leads (`entrance`: a page of app.json with its query, or the home
 * page), and what the user does in the menu (`menu.answer`).
 */
import { homePage, pageOf } from './appConfig';
import { expectType, fail, invoke, isLocalPath, onReset, wx } from './runtime';

export const shareImageMenu = {
  /** 'share' (sent or posted), 'cancel' (closed the menu) or a failure reason */
  answer: 'share' as 'share' | 'cancel' | { fail: string },
  /** the page that shows the menu: its path and whether it enables "send to friends" */
  currentPage: { route: 'seller/posts/share/index', shareable: false },
  shown: [] as Array<{ path: string; entrance: string; entranceIsPage: boolean }>,
};

onReset(() => {
  shareImageMenu.answer = 'share';
  shareImageMenu.currentPage = { route: 'seller/posts/share/index', shareable: false };
  shareImageMenu.shown = [];
});

export function showShareImageMenu(opts: Record<string, unknown>): unknown {
  const api = 'showShareImageMenu';
  return invoke(api, opts, () => {
    expectType(api, 'path', opts.path, 'String', true);
    expectType(api, 'needShowEntrance', opts.needShowEntrance, 'Boolean', false);
    expectType(api, 'entrancePath', opts.entrancePath, 'String', false);
    const path = opts.path as string;
    if (!isLocalPath(path)) fail(api, `path must be a local or temporary file: ${path.slice(0, 40)}`);
    if (!wx.files.has(path)) fail(api, `file not exist: ${path}`);
    const given = typeof opts.entrancePath === 'string' && opts.entrancePath !== '' ? opts.entrancePath : null;
    const entrance = given ?? (shareImageMenu.currentPage.shareable ? shareImageMenu.currentPage.route : homePage());
    shareImageMenu.shown.push({ path, entrance, entranceIsPage: pageOf(entrance) !== null });
    const answer = shareImageMenu.answer;
    if (answer === 'cancel') fail(api, 'cancel');
    if (typeof answer === 'object') fail(api, answer.fail);
    return { errMsg: 'showShareImageMenu:ok' };
  });
}
