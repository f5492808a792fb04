import type { Product } from '../../types/product';
import { encodeScene } from '../../types/scene';
import { homeUi } from '../../types/zh-CN/home-ui';
import { appPerFile, phonePage, screenshot } from './browser';

const { host, browser } = appPerFile();

describe('the mini program opened without a link (the launch page at /)', () => {
  it('tells someone anonymous where shops come from, with no error', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/`);
    await page.getByText(homeUi.anonymous.title).waitFor();
    expect(await page.locator('.open-shop-card').count()).toBe(0);
    expect(await page.locator('.error-state').count()).toBe(0);
    await screenshot(page, 'launch-anonymous');
    expect(errors).toEqual([]);
  });

  it('leads a new identity to open a shop, and then to its console', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=e2e-newcomer`);
    await page.locator('.open-shop-card').waitFor();
    await page.getByText(homeUi.following.empty).waitFor();
    await page.getByText(homeUi.orders.empty).waitFor();
    await screenshot(page, 'launch-newcomer');
    await page.locator('.open-shop-entry').click();
    // The console's own form for opening a shop.
    await page.locator('.open-shop').waitFor();
    expect(page.url()).toContain('/seller/console/index');

    // Just opened: the steps to the first sale come first, none done yet; no wall of zeros.
    await page.locator('.field--name input').fill('阿珍的山茶油');
    await page.locator('.shop-form__submit').click();
    await page.locator('.first-run').waitFor();
    await page.locator('.today-orders--none').waitFor();
    const steps = await page.locator('.first-run-step').evaluateAll((els) => els.map((el) => el.className.match(/first-run-step--(\w+)/)?.[1]));
    expect(steps).toEqual(['profile', 'product', 'payment', 'share', 'notices', 'post']);
    expect(await page.locator('.today-tile').count()).toBe(0);
    expect(await page.locator('.sales-section').count()).toBe(0);
    const top = async (sel: string) => (await page.locator(sel).boundingBox())?.y ?? -1;
    expect(await top('.first-run')).toBeLessThan(await top('.my-shop'));
    await screenshot(page, 'seller-console-new');
    await page.locator('.first-run-step--product').click();
    await page.waitForURL(/\/seller\/product-edit\/index/);
    expect(errors).toEqual([]);
  });

  it('leads the demo seller to their shop’s console, and shows a friend the shops they follow', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=seller-demo`);
    await page.locator('.my-shop-card').getByText('林晓的商洛山货').waitFor();
    await screenshot(page, 'launch-seller');
    await page.locator('.console-entry').click();
    await page.locator('.my-shop').waitFor();
    expect(page.url()).toContain('/seller/console/index');

    await host.ok('shop', { action: 'follow', shopId: host.demoShopId, state: 'following' }, 'e2e-friend');
    const friend = await phonePage(browser);
    await friend.page.goto(`${host.url}/?as=e2e-friend`);
    await friend.page.locator('.followed-shop').getByText('林晓的商洛山货').click();
    await friend.page.locator('.shop-name').getByText('林晓的商洛山货').waitFor();
    expect(errors).toEqual([]);
    expect(friend.errors).toEqual([]);
  });
});

describe('a Moments poster’s code', () => {
  it('opens the product page from the scene WeChat passes (URL-encoded), as anyone', async () => {
    const shop = await host.ok<{ products: Product[] }>('shop', { action: 'get', shopId: host.demoShopId });
    const product = shop.products[0];
    const scene = encodeURIComponent(encodeScene({ kind: 'product', productId: product.id }));
    const { page, errors } = await phonePage(browser);
    // The code's page with options.scene as WeChat hands it over; the H5 router is hash-based.
    await page.goto(`${host.url}/#/pages/product/index?scene=${encodeURIComponent(scene)}`);
    await page.locator('.product-summary__title').getByText(product.title).waitFor();
    expect(await page.getByText('缺少商品信息').count()).toBe(0);
    await screenshot(page, 'product-from-scene');
    expect(errors).toEqual([]);
  });
});
