/**
 * Page navigation and the page's own hooks, as far as the tests need them.
 * wx.navigateTo / redirectTo: https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html
 *   — url (string, required): a page of app.json ("/pages/x/index?a=1"), else "navigateTo:fail page … is not found".
 * Page.onShareAppMessage / onShareTimeline: https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html
 */
import { pageOf } from './appConfig';
import { expectType, fail, invoke, onReset } from './runtime';

export const router = {
  params: {} as Record<string, string>,
  path: '/pages/shop/index',
  opened: [] as string[],
  shareAppMessage: null as null | (() => unknown),
  shareTimeline: null as null | (() => unknown),
};

onReset(() => {
  router.params = {};
  router.path = '/pages/shop/index';
  router.opened = [];
  router.shareAppMessage = null;
  router.shareTimeline = null;
});

function go(api: string) {
  return (opts: Record<string, unknown>): unknown =>
    invoke(api, opts, () => {
      expectType(api, 'url', opts.url, 'String', true);
      const url = opts.url as string;
      if (!pageOf(url)) fail(api, `page "${url.split('?')[0]}" is not found`);
      router.opened.push(url);
      return { errMsg: `${api}:ok` };
    });
}

export const navigateTo = go('navigateTo');
export const redirectTo = go('redirectTo');
export const navigateBack = (opts: Record<string, unknown> = {}): unknown => invoke('navigateBack', opts, () => ({ errMsg: 'navigateBack:ok' }));

export function useRouter() {
  return { params: router.params, path: router.path };
}

export function useShareAppMessage(fn: () => unknown): void {
  router.shareAppMessage = fn;
}

export function useShareTimeline(fn: () => unknown): void {
  router.shareTimeline = fn;
}

export function getCurrentPages(): Array<{ route: string }> {
  return [{ route: router.path.replace(/^\//, '') }];
}
