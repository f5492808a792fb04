import Taro from '@tarojs/taro';
import NavigationBarHandler from '@tarojs/router/dist/router/navigation-bar.js';
import { setPageTitle } from '../../src/utils/title';

/**
 * The page title on H5 goes through Taro's own navigation bar (the router's NavigationBarHandler, the same code the
 * H5 build runs), which writes the title with innerHTML. A seller's words must arrive there as text.
 */
const PAYLOAD = '<img src=x onerror="window.__ranTitleScript=1">小店 & 朋友';

function mountNavigationBar(): { bar: HTMLElement; handler: NavigationBarHandler } {
  document.body.innerHTML = '<div id="taro-navigation-bar"><div class="taro-navigation-bar-title"></div></div>';
  // For titles the handler reads only these two fields of the router's page handler.
  const page = { originPathname: '/pages/shop/index', pageConfig: {} } as unknown as ConstructorParameters<typeof NavigationBarHandler>[0];
  const handler = new NavigationBarHandler(page);
  handler.setCacheValue(); // what the router does when the page loads
  return { bar: document.querySelector('.taro-navigation-bar-title') as HTMLElement, handler };
}

describe('setPageTitle on H5', () => {
  it('shows a title holding markup as its literal text, in the bar and the tab, with no element created', () => {
    const { bar } = mountNavigationBar();
    setPageTitle(PAYLOAD);
    expect(bar.textContent).toBe(PAYLOAD);
    expect(bar.children).toHaveLength(0);
    expect(document.title).toBe(PAYLOAD);
  });

  it('is needed: Taro’s own call with the same text creates the element (the sink this guards)', () => {
    const { bar } = mountNavigationBar();
    void Taro.setNavigationBarTitle({ title: PAYLOAD });
    expect(bar.querySelector('img[onerror]')).not.toBeNull();
  });

  it('stays text when Taro restores the page’s title from its cache, and the tab gets the text back after the route change', () => {
    const { bar, handler } = mountNavigationBar();
    setPageTitle(PAYLOAD);
    bar.textContent = '';
    handler.setTitle(); // the page shows again (back from another page): Taro writes its cached title
    expect(bar.textContent).toBe(PAYLOAD);
    expect(bar.children).toHaveLength(0);
    expect(document.title).toBe('&lt;img src=x onerror="window.__ranTitleScript=1"&gt;小店 &amp; 朋友'); // the cached, escaped form
    Taro.eventCenter.trigger('__afterTaroRouterChange', { toLocation: { path: '/pages/shop/index' } });
    expect(document.title).toBe(PAYLOAD);
  });
});
