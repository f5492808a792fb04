import type { Browser, Page } from 'playwright-core';
import type { CustomerPage } from '../../types/crm';
import type { Order } from '../../types/order';
import type { Post } from '../../types/post';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { startTestHost, type TestHost } from '../integration/helpers/host';
import { H5_DIR, launchBrowser, phonePage, screenshot } from './browser';

/**
 * Stored XSS on the H5 pages: everything sellers and buyers write is shown as text, wherever it appears —
 * in React's tree (escaped by React) and in what Taro's H5 runtime draws itself (the navigation bar title,
 * modals, toasts). Each payload would call alert() if any of it reached an HTML sink.
 */
const stamp = Date.now().toString(36);
const SELLER = `xss-seller-${stamp}`;
const BUYER = `xss-buyer-${stamp}`;
const P = {
  shop: '<img src=x onerror=alert(1)>', // 28 characters: the shop name's bound is 30
  intro: '<script>alert(2)</script><img src=x onerror=alert(2)>',
  transferNote: '<img src=x onerror=alert(3)>转账请备注',
  product: '<img src=x onerror=alert(4)>核桃',
  story: '<iframe src=javascript:alert(5)></iframe>山里的核桃',
  post: '<img src=x onerror=alert(6)>今天的核桃',
  addressName: '<svg onload=alert()>', // 20 characters: the name's bound
  addressDetail: '<img src=x onerror=alert(7)>',
  note: '<img src=x onerror=alert(8)>',
  review: '<img src=x onerror=alert(9)>好吃',
  reply: '<img src=x onerror=alert(10)>谢谢',
  customerNote: '<img src=x onerror=alert(11)>',
  tag: '<b>粗</b>',
};

let host: TestHost;
let browser: Browser;
let shop: Shop;
let product: Product;
let post: Post;
let completed: Order;
let pending: Order;
let customerId: string;

beforeAll(async () => {
  host = await startTestHost({ h5Dir: H5_DIR });
  browser = await launchBrowser();

  shop = await host.ok<Shop>('shop', { action: 'open', name: P.shop, intro: P.intro }, SELLER);
  await host.ok('shop', { action: 'update', payment: { transferNote: P.transferNote } }, SELLER);
  product = await host.ok<Product>('catalog', { action: 'create', title: P.product, story: P.story, priceFen: 6800, stock: 50 }, SELLER);
  const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  post = await host.ok<Post>('post', { action: 'schedule', at: `${tomorrow}T12:00:00+08:00`, text: P.post, productId: product.id }, SELLER);

  const order = (key: string) =>
    host.ok<Order>(
      'order',
      { action: 'create', shopId: shop.id, items: [{ productId: product.id, qty: 1 }], address: { name: P.addressName, phone: '13800138000', detail: P.addressDetail }, note: P.note, idempotencyKey: `${key}-${stamp}` },
      BUYER,
    );
  completed = await order('xss-completed');
  await host.ok('order', { action: 'pay', orderId: completed.id, method: 'transfer' }, BUYER);
  await host.ok('order', { action: 'confirmPaid', orderId: completed.id }, SELLER);
  await host.ok('order', { action: 'ship', orderId: completed.id, carrier: 'SF', trackingNo: 'SF1234567890' }, SELLER);
  await host.ok('order', { action: 'confirmReceipt', orderId: completed.id }, BUYER);
  await host.ok('order', { action: 'review', orderId: completed.id, rating: 5, text: P.review }, BUYER);
  await host.ok('order', { action: 'replyReview', orderId: completed.id, reply: P.reply }, SELLER);
  pending = await order('xss-pending');

  const [customer] = (await host.ok<CustomerPage>('crm', { action: 'list' }, SELLER)).customers;
  customerId = customer.id;
  await host.ok('crm', { action: 'note', customerId, note: P.customerNote }, SELLER);
  await host.ok('crm', { action: 'tag', customerId, tags: [P.tag] }, SELLER);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** A phone page that records every dialog (an alert() would be the injected script running) and dismisses it. */
async function open(as: string | null): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const { page, errors } = await phonePage(browser);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  if (as) await page.goto(`${host.url}/?as=${encodeURIComponent(as)}`);
  return { page, dialogs, errors };
}

/** Element tags or event-handler attributes that only markup could have created; none may exist. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body [onerror], body [onload], body script:not([src]), body iframe, body b'), (el) => el.outerHTML.slice(0, 80)),
  );
}

async function expectInert(page: Page, dialogs: string[]) {
  // An injected image fails to load a moment after it is inserted; give it that moment before asserting nothing ran.
  await page.waitForTimeout(500);
  expect(await injected(page)).toEqual([]);
  expect(dialogs).toEqual([]);
}

/** The literal text, visible somewhere on the page (pages the app navigated away from stay in the DOM, hidden). */
async function seesText(page: Page, text: string) {
  await page.getByText(text, { exact: false }).filter({ visible: true }).first().waitFor();
}

/** Taro's H5 navigation bar title (its own DOM, outside React) and the document's title. */
async function titles(page: Page): Promise<{ bar: string | null; document: string }> {
  return page.evaluate(() => ({ bar: document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent ?? null, document: document.title }));
}

async function titleIs(page: Page, text: string) {
  await page.waitForFunction((t) => document.title === t || document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === t, text);
  expect(await titles(page)).toEqual({ bar: text, document: text });
}

describe('text written by sellers and buyers is text on every H5 page', () => {
  it('the shop page and the product page, as anyone: names in the title bar, intro, story, reviews and replies', async () => {
    const { page, dialogs, errors } = await open(null);
    await page.goto(`${host.url}/#/pages/shop/index?shopId=${shop.id}`);
    await page.locator('.shop-name').getByText(P.shop, { exact: true }).waitFor();
    await seesText(page, P.intro);
    await seesText(page, P.product);
    await titleIs(page, P.shop);
    await expectInert(page, dialogs);
    await screenshot(page, 'xss-shop');

    // Into the product page and back: the bar's title comes back from Taro's cache for the shop page.
    await page.locator('.product-card').filter({ hasText: P.product }).click();
    await page.locator('.product-summary__title').getByText(P.product, { exact: true }).waitFor();
    await titleIs(page, P.product);
    await expectInert(page, dialogs);
    await page.goBack();
    await page.locator('.shop-name').getByText(P.shop, { exact: true }).waitFor();
    await titleIs(page, P.shop);
    await expectInert(page, dialogs);

    const fresh = await open(null);
    await fresh.page.goto(`${host.url}/#/pages/product/index?productId=${product.id}`);
    await fresh.page.locator('.product-summary__title').getByText(P.product, { exact: true }).waitFor();
    await seesText(fresh.page, P.story);
    await seesText(fresh.page, P.review);
    await seesText(fresh.page, P.reply);
    await titleIs(fresh.page, P.product);
    await expectInert(fresh.page, fresh.dialogs);
    await screenshot(fresh.page, 'xss-product');
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  it('the buyer’s cart, order list and orders: shop name, product title, address, note and the transfer note', async () => {
    const { page, dialogs, errors } = await open(BUYER);
    await page.goto(`${host.url}/#/pages/product/index?productId=${product.id}`);
    await page.locator('.product-summary__title').getByText(P.product, { exact: true }).waitFor();
    await page.locator('.add-to-cart').click();
    await page.locator('.friend-nav__tab--cart').click();
    await page.locator('.cart-group__shop').getByText(P.shop, { exact: true }).waitFor();
    await seesText(page, P.product);
    await expectInert(page, dialogs);

    await page.goto(`${host.url}/#/pages/orders/index`);
    await seesText(page, P.shop);
    await seesText(page, P.product);
    await expectInert(page, dialogs);

    await page.goto(`${host.url}/#/pages/order/index?orderId=${pending.id}`);
    await page.locator('.transfer-note').getByText(P.transferNote, { exact: true }).waitFor();
    await seesText(page, P.addressName);
    await seesText(page, P.addressDetail);
    await seesText(page, P.note);
    await expectInert(page, dialogs);

    await page.goto(`${host.url}/#/pages/order/index?orderId=${completed.id}`);
    await seesText(page, P.review);
    await seesText(page, P.reply);
    await expectInert(page, dialogs);
    await screenshot(page, 'xss-order-buyer');
    expect(errors).toEqual([]);
  });

  it('the seller’s console, catalog (with its confirmation modal), orders, posts and customers', async () => {
    const { page, dialogs, errors } = await open(SELLER);
    await page.goto(`${host.url}/#/seller/console/index`);
    await seesText(page, P.shop);
    await expectInert(page, dialogs);

    await page.goto(`${host.url}/#/seller/catalog/index`);
    await page.locator('.catalog-row__title').getByText(P.product, { exact: true }).waitFor();
    await expectInert(page, dialogs);
    // Taro's H5 modal draws its own DOM: the product title inside the question stays text.
    await page.locator('.catalog-row').filter({ hasText: P.product }).locator('.row-action--archive').click();
    const modalText = page.locator('.taro-modal__text');
    await modalText.waitFor();
    expect(await modalText.textContent()).toContain(`“${P.product}”`);
    await expectInert(page, dialogs);
    await screenshot(page, 'xss-archive-modal');
    await page.locator('.taro__modal .taro-model__cancel').click();

    await page.goto(`${host.url}/#/seller/orders/index`);
    await seesText(page, P.addressName);
    await expectInert(page, dialogs);
    await page.goto(`${host.url}/#/seller/order/index?orderId=${completed.id}`);
    await seesText(page, P.addressName);
    await seesText(page, P.addressDetail);
    await seesText(page, P.note);
    await seesText(page, P.review);
    await expectInert(page, dialogs);
    await screenshot(page, 'xss-order-seller');

    await page.goto(`${host.url}/#/seller/posts/index`);
    await page.locator('.post-card__text').getByText(P.post, { exact: true }).waitFor();
    await expectInert(page, dialogs);
    await page.goto(`${host.url}/#/seller/posts/share/index?postId=${post.id}`);
    await seesText(page, P.post);
    await expectInert(page, dialogs);

    await page.goto(`${host.url}/#/seller/customers/index`);
    await seesText(page, P.addressName);
    await seesText(page, P.tag);
    await expectInert(page, dialogs);
    await page.goto(`${host.url}/#/seller/customer/index?customerId=${customerId}`);
    await seesText(page, P.tag);
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe(P.customerNote);
    await expectInert(page, dialogs);
    await screenshot(page, 'xss-customer');
    expect(errors).toEqual([]);
  });
});
