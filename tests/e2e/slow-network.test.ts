import type { Route } from 'playwright-core';
import type { ShopWithProducts } from '../../types/shop';
import { appPerFile, phonePage, screenshot } from './browser';

const { host, browser } = appPerFile();

/** Requests held until the test lets them go: a slow network without measuring any time. */
function gate() {
  const held: Route[] = [];
  let open = false;
  return {
    hold: (route: Route) => (open ? route.continue() : void held.push(route)),
    release: async () => {
      open = true;
      await Promise.all(held.splice(0).map((r) => r.continue()));
    },
  };
}

describe('a slow network', () => {
  it('shows the app frame at once, then the page frame, then the shop replaces it', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const { page, errors } = await phonePage(browser);
    const scripts = gate();
    const api = gate();
    await page.route('**/js/**', scripts.hold);
    await page.route('**/api/fn/**', api.hold);

    await page.goto(`${host.url}/#/pages/shop/index?shopId=${host.demoShopId}`, { waitUntil: 'commit' });
    // The app's code has not arrived: the inline shell is what the friend sees, not a blank page.
    await page.locator('.app-shell').waitFor({ state: 'visible' });
    expect(await page.locator('.app-shell__card').count()).toBe(3);
    expect(await page.locator('.app-shell__bar').innerText()).toBe('熟人小店');
    await screenshot(page, 'slow-shell');

    // The code arrives, the shop's data does not: the page is mounted, the shell gives way to the page's own frame.
    await scripts.release();
    await page.locator('.taro_page').first().waitFor();
    await page.locator('.app-shell').waitFor({ state: 'hidden' });
    await page.locator('.page-skeleton, .loading-state').first().waitFor({ state: 'visible' });
    expect(await page.locator('.shop-name').count()).toBe(0);
    await screenshot(page, 'slow-page-frame');

    // The data arrives and replaces the frame.
    await api.release();
    await page.locator('.shop-name').getByText(demo.shop.name).waitFor();
    expect(await page.locator('.page-skeleton, .loading-state').count()).toBe(0);
    expect(await page.locator('.app-shell').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});
