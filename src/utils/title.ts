import Taro from '@tarojs/taro';

/**
 * The one way to put text — often a seller's words: a shop name, a product title — in the page's title.
 *
 * In WeChat the title is native text (wx.setNavigationBarTitle { title: string },
 * https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarTitle.html).
 * Taro's H5 router draws the navigation bar itself and writes the title with `titleElement.innerHTML = title`
 * (@tarojs/router 4.2.1, NavigationBarHandler.setTitle), so a shop named `<img src=x onerror=…>` ran script for
 * every visitor of its page. On H5 the bar gets the text HTML-escaped (it parses back to exactly the text) and the
 * tab's `document.title`, which is plain text, gets the text itself.
 */
export function setPageTitle(text: string): void {
  if (process.env.TARO_ENV !== 'h5') {
    void Taro.setNavigationBarTitle({ title: text }).catch(() => undefined);
    return;
  }
  const escaped = escapeHtml(text);
  if (escaped !== text) rememberReadable(escaped, text);
  void Taro.setNavigationBarTitle({ title: escaped }).catch(() => undefined);
  document.title = text;
}

/** The browser's own serializer: a text node's markup is the text with `&`, `<`, `>` (and no-break spaces) escaped. */
function escapeHtml(text: string): string {
  const holder = document.createElement('div');
  holder.textContent = text;
  return holder.innerHTML;
}

// Taro keeps each page's title and, when the page shows again (back from another page), writes it to the bar
// (safe: it is the escaped one) and to document.title, where the escaped form would be shown as `&lt;…`. After
// each route change the tab gets the text back.
const readable = new Map<string, string>();
let watching = false;

function rememberReadable(escaped: string, text: string): void {
  readable.set(escaped, text);
  if (watching) return;
  watching = true;
  Taro.eventCenter.on('__afterTaroRouterChange', () => {
    const original = readable.get(document.title);
    if (original !== undefined) document.title = original;
  });
}
