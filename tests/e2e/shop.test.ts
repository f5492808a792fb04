import fs from 'node:fs';
import type { Shop } from '../../types/shop';
import { insertProduct } from '../integration/helpers/fixtures';
import { appPerFile, phonePage, screenshot } from './browser';

const { host, browser } = appPerFile();

describe('a friend opens a shop link in the browser', () => {
  it('sees the shop’s name, intro and products with prices, sold out marked', async () => {
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '阿珍的山茶油', intro: '江西宜春老家自己榨的山茶油，一年只榨一次。' }, 'e2e-seller');
    await insertProduct(host.db, shop.id, { title: '古法压榨山茶油 2.5L', priceFen: 26800, stock: 8, position: 1 });
    await insertProduct(host.db, shop.id, { title: '山茶籽 5 斤', priceFen: 4500, stock: 0, position: 2 });

    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/s/${shop.id}`);
    await page.locator('.shop-name').getByText('阿珍的山茶油').waitFor();
    await page.getByText('江西宜春老家自己榨的山茶油，一年只榨一次。').waitFor();

    const cards = page.locator('.product-card');
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).locator('.product-title').innerText()).toBe('古法压榨山茶油 2.5L');
    expect(await cards.nth(0).locator('.product-price').innerText()).toContain('¥268.00');
    expect(await cards.nth(1).innerText()).toContain('售罄');

    const file = await screenshot(page, 'shop-page');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  });

  it('sees the seeded demo shop with its stories’ products', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/s/${host.demoShopId}`);
    await page.locator('.shop-name').getByText('林晓的商洛山货').waitFor();
    await page.getByText('秦岭土蜂蜜 500g').waitFor();
    expect(await page.locator('.product-card').count()).toBe(4);
    await screenshot(page, 'demo-shop');
    expect(errors).toEqual([]);
  });

  it('sees an empty state for a shop without products, and an error for an unknown shop', async () => {
    const shop = await host.ok<Shop>('shop', { action: 'open', name: '刚开张的小店' }, 'e2e-empty');
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/s/${shop.id}`);
    await page.locator('.empty-state').waitFor();
    expect(await page.locator('.product-card').count()).toBe(0);

    await page.goto(`${host.url}/s/does-not-exist`);
    await page.reload();
    await page.locator('.error-state').waitFor();
    expect(await page.locator('.error-state').innerText()).toContain('店铺');
    expect(errors).toEqual([]);
  });
});

describe('following a shop', () => {
  it('a friend opts in to updates or mutes them; anonymous visitors see no such bar', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/s/${host.demoShopId}`);
    await page.locator('.shop-name').waitFor();
    await page.locator('.product-card').first().waitFor();
    expect(await page.locator('.follow-bar').count()).toBe(0);

    await page.goto(`${host.url}/?as=e2e-fan#/pages/shop/index?shopId=${host.demoShopId}`);
    await page.locator('.follow-bar__follow').click();
    // the bar says what the friend now gets, and each button what it does
    await page.getByText('上新时微信提醒你，每次先问你同意。').waitFor();
    expect(await page.locator('.follow-bar__state').innerText()).toBe('已关注');
    expect(await page.locator('.follow-bar__mute').innerText()).toBe('不再提醒上新');
    expect(await page.locator('.follow-bar__reset').innerText()).toBe('取消关注');
    expect(await host.ok('shop', { action: 'followers' }, 'seller-demo')).toEqual({ following: 1, muted: 0 });
    await page.locator('.follow-bar__mute').click();
    await page.getByText('已关注 · 不提醒').waitFor();
    expect(await page.locator('.follow-bar__resume').innerText()).toBe('恢复上新提醒');
    expect(await host.ok('shop', { action: 'followers' }, 'seller-demo')).toEqual({ following: 0, muted: 1 });
    await screenshot(page, 'shop-follow');
    expect(errors).toEqual([]);
  });
});

describe('the dev identity', () => {
  it('?as=seller-demo acts as the demo seller in the seller console', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=seller-demo#/seller/console/index`);
    await page.getByText('林晓的商洛山货').first().waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'dev_openid')?.value).toBe('seller-demo');
    await screenshot(page, 'seller-console');

    await page.goto(`${host.url}/?as=friend-demo#/seller/console/index`);
    await page.getByText('你还没有开店').waitFor();
    expect(errors).toEqual([]);
  });
});
