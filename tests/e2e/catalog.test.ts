import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Shop } from '../../types/shop';
import { startTestHost, type TestHost } from '../integration/helpers/host';
import { tinyPng } from '../helpers/png';
import { H5_DIR, launchBrowser, phonePage, screenshot } from './browser';

let host: TestHost;
let browser: Browser;
let tmp: string;
let productPng: string;
let proofPng: string;
// A seller nobody has seen before: the whole shop is built through the UI.
const SELLER = `e2e-new-${Date.now().toString(36)}`;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shuren-e2e-catalog-'));
  productPng = path.join(tmp, 'jam.png');
  proofPng = path.join(tmp, 'report.png');
  fs.writeFileSync(productPng, tinyPng(48));
  fs.writeFileSync(proofPng, tinyPng(24));
  host = await startTestHost({ h5Dir: H5_DIR, seed: true, uploadsDir: path.join(tmp, 'uploads') });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Taps the picker's "add" tile, answers the browser's file chooser with `file`, waits for the upload. */
async function addImage(page: Page, picker: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`.image-picker--${picker} .image-picker__add`).click();
  await (await chooser).setFiles(file);
  await page.locator(`.image-picker--${picker} .image-tile--done`).first().waitFor();
}

const STORY = '我妈在院子里种了十几年的草莓，每年五月摘下来，只加冰糖慢慢熬两个小时，不放任何添加剂。';

describe('a new seller builds a shop in the browser', () => {
  it('opens a shop through the form, lists a product with an image and proof, and sees it in the catalog', async () => {
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);

    // No shop yet: the "开店" form.
    await page.locator('.open-shop').waitFor();
    await page.locator('.field--name input').fill('小满的手作果酱');
    await page.locator('.field--intro textarea').fill('自家院子里的草莓和桑葚，妈妈亲手熬的果酱。');
    await page.locator('.shop-form__submit').click();
    await page.locator('.my-shop .shop-name').getByText('小满的手作果酱').waitFor();

    // The catalog, empty: 0 / 30.
    await page.locator('.catalog-link').click();
    await page.locator('.cap-meter').getByText('0 / 30').waitFor();
    await page.locator('.add-product').click();

    // The product form: an empty save shows the schema's zh-CN errors first.
    await page.locator('.product-form').waitFor();
    await page.locator('.save-product').click();
    await page.locator('.field--title .field-error').getByText('商品名称不能为空').waitFor();
    await page.locator('.field--story .field-error').getByText('商品故事不能为空').waitFor();

    await page.locator('.field--title input').fill('草莓果酱 250g');
    await page.locator('.field--price input').fill('68.5');
    await page.locator('.field--stock input').fill('12');
    await page.locator('.field--story textarea').fill(STORY);
    await addImage(page, 'images', productPng);
    await addImage(page, 'proof-images', proofPng);
    expect(await page.locator('.field--title .field-error').count()).toBe(0);
    await screenshot(page, 'product-form');

    await page.locator('.save-product').click();

    // Back in the catalog: the product, and the cap meter says 1 / 30.
    await page.locator('.cap-meter').getByText('1 / 30').waitFor();
    const row = page.locator('.catalog-list--active .catalog-row').first();
    expect(await row.locator('.catalog-row__title').innerText()).toBe('草莓果酱 250g');
    expect(await row.locator('.catalog-row__price').innerText()).toContain('¥68.50');
    expect(await row.locator('.catalog-row__cover img').getAttribute('src')).toMatch(/^\/uploads\/.+\.png$/);
    await screenshot(page, 'seller-catalog');

    // What the backend stored, as the seller's own listing says.
    const listing = await host.ok<{ active: Array<{ priceFen: number; stock: number; images: string[]; proofImages: string[] }> }>(
      'catalog',
      { action: 'listMine' },
      SELLER,
    );
    expect(listing.active).toHaveLength(1);
    expect(listing.active[0]).toMatchObject({ priceFen: 6850, stock: 12 });
    expect(listing.active[0].images).toHaveLength(1);
    expect(listing.active[0].proofImages).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('a friend with no identity opens /s/<shopId>, taps the product and sees story, proof images and price', async () => {
    const shop = await host.ok<Shop>('shop', { action: 'mine' }, SELLER);
    // A shop takes orders once friends have a way to pay it (issue 13): the seller writes a transfer note.
    await host.ok('shop', { action: 'update', payment: { transferNote: '微信转账给小满，备注付款页上的 4 位备注码' } }, SELLER);
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/s/${shop.id}`);
    await page.locator('.shop-name').getByText('小满的手作果酱').waitFor();
    const card = page.locator('.product-card').first();
    await card.waitFor();
    expect(await card.locator('.product-price').innerText()).toContain('¥68.50');
    await page.locator('.product-card .product-cover__image img').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'shop-page-catalog');

    // "复制链接" copies the short shop link.
    await page.locator('.shop-page .copy-link').click();
    await page.getByText('链接已复制').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('taro_clipboard'))).toContain(`${host.url}/s/${shop.id}`);

    await card.click();
    await page.locator('.product-summary__title').getByText('草莓果酱 250g').waitFor();
    expect(await page.locator('.product-summary__price').innerText()).toBe('¥68.50');
    expect(await page.locator('.product-summary__stock').innerText()).toBe('库存 12');
    expect(await page.locator('.story-text').innerText()).toBe(STORY);
    const proof = page.locator('.proof-section');
    expect(await proof.locator('.detail-section__title').innerText()).toBe('店主提供的品质证明');
    expect(await proof.locator('img').count()).toBe(1);
    expect(await proof.locator('img').first().getAttribute('src')).toMatch(/^\/uploads\/.+\.png$/);
    await page.getByText('还没有评价').waitFor();
    expect(await page.locator('.buy-now').innerText()).toBe('立即购买');
    await page.waitForTimeout(300);
    await screenshot(page, 'product-page');
    await page.locator('.review-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'product-page-details');

    // The product page's link is the hash route with the productId.
    await page.locator('.product-page .copy-link').click();
    const copied = await page.evaluate(() => localStorage.getItem('taro_clipboard'));
    expect(copied).toMatch(new RegExp(`${host.url.replace(/[.]/g, '\\.')}/#/pages/product/index\\?productId=`));

    // "立即购买" goes to checkout with just this product.
    await page.locator('.buy-now').click();
    await page.locator('.checkout-line__title').getByText('草莓果酱 250g').waitFor();
    expect(await page.locator('.checkout-total').innerText()).toBe('¥68.50');
    expect(errors).toEqual([]);
  });
});
