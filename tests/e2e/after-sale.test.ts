import type { Page } from 'playwright-core';
import type { Order } from '../../types/order';
import type { ShopWithProducts } from '../../types/shop';
import { appPerFile, phonePage, screenshot } from './browser';

const { host, browser } = appPerFile();

const SELLER = 'seller-demo';
const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

async function confirmModal(page: Page) {
  const confirm = page.locator('.taro__modal .taro-model__confirm');
  await confirm.waitFor();
  await confirm.click();
}

describe('after-sale in the browser, both sides', () => {
  it('a partial refund of one item of a transfer order: the friend asks for one, the seller approves it and sends the money back by hand', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const [first, second] = demo.products.filter((p) => p.stock > 2);
    const buyer = `e2e-refund-${Date.now().toString(36)}`;
    const order = await host.ok<Order>(
      'order',
      {
        action: 'create',
        shopId: host.demoShopId,
        items: [
          { productId: first.id, qty: 2 },
          { productId: second.id, qty: 1 },
        ],
        address: { name: '李四', phone: '13900139000', detail: '上海市' },
        idempotencyKey: `e2e-${Date.now()}`,
      },
      buyer,
    );
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, SELLER);

    // The friend: nothing chosen for them; one of the two jars; the amount follows; a confirm step.
    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=${buyer}#/pages/order/index?orderId=${order.id}`);
    await page.locator('.action-after-sale').click();
    expect(await page.locator('.action-panel--after-sale .choice__option--on').count()).toBe(0);
    await page.locator('.choice-after-sale-type-refund').click();
    await page.locator(`.refund-item-${first.id} .stepper-plus`).click();
    expect(await page.locator('.refund-amount-input input').inputValue()).toBe((first.priceFen / 100).toFixed(2));
    await page.locator('.field--after-sale-reason textarea').fill('一罐摔碎了');
    await page.locator('.submit-after-sale').click();
    expect(await page.locator('.refund-confirm-amount').innerText()).toBe(yuan(first.priceFen));
    await screenshot(page, 'refund-confirm');
    await page.locator('.submit-refund-confirm').click();
    await page.locator('.after-sale__amount').getByText(yuan(first.priceFen)).waitFor();

    // The seller: the amount in large type, nothing pre-selected; approving makes a transfer refund they owe.
    const { page: sp, errors: sellerErrors } = await phonePage(browser);
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/order/index?orderId=${order.id}`);
    await sp.locator('.action-resolve').click();
    expect(await sp.locator('.resolve-amount').innerText()).toBe(yuan(first.priceFen));
    expect(await sp.locator('.choice--decision .choice__option--on').count()).toBe(0);
    await sp.locator('.choice-decision-approve').click();
    await sp.locator('.submit-resolve').click();
    await sp.locator('.transfer-back-amount').getByText(yuan(first.priceFen)).waitFor();
    await screenshot(sp, 'refund-transfer-owed');

    await page.reload();
    await page.locator('.refund-line').getByText(`退款中 · 店主需转回 ${yuan(first.priceFen)}`).waitFor();

    // The button is the element at its own centre (checked with elementFromPoint), yet Playwright's hit test
    // reports Taro's pull-to-refresh wrapper on top of this card after the page re-rendered: click it directly.
    await sp.locator('.action-refund-sent').click({ force: true });
    await confirmModal(sp);
    await sp.locator('.refund-line').getByText(`店主已转回 ${yuan(first.priceFen)}`).waitFor();

    await page.reload();
    await page.locator('.refund-line').getByText(`店主已转回 ${yuan(first.priceFen)}`).waitFor();
    const done = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    expect(done.refunds.map((r) => [r.amountFen, r.method, r.status])).toEqual([[first.priceFen, 'transfer', 'done']]);
    expect(errors).toEqual([]);
    expect(sellerErrors).toEqual([]);
  });

  it('a return: the seller gives the return address, the friend sends it back with tracking, the seller confirms it came', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const product = demo.products.filter((p) => p.stock > 2)[0];
    const buyer = `e2e-return-${Date.now().toString(36)}`;
    const order = await host.ok<Order>(
      'order',
      { action: 'create', shopId: host.demoShopId, items: [{ productId: product.id, qty: 1 }], address: { name: '王五', phone: '13900139001', detail: '杭州市' }, idempotencyKey: `e2e-r-${Date.now()}` },
      buyer,
    );
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, SELLER);
    await host.ok('order', { action: 'ship', orderId: order.id, carrier: 'SF', trackingNo: 'SF100200300' }, SELLER);

    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=${buyer}#/pages/order/index?orderId=${order.id}`);
    await page.locator('.action-after-sale').click();
    await page.locator('.choice-after-sale-type-return').click();
    await page.locator(`.refund-item-${product.id} .stepper-plus`).click();
    await page.locator('.field--after-sale-reason textarea').fill('尺寸不合适');
    await page.locator('.submit-after-sale').click();
    await page.locator('.submit-refund-confirm').click();
    await page.locator('.after-sale__amount').getByText(yuan(product.priceFen)).waitFor();

    const { page: sp, errors: sellerErrors } = await phonePage(browser);
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/order/index?orderId=${order.id}`);
    await sp.locator('.action-resolve').click();
    await sp.locator('.choice-decision-approve').click();
    await sp.locator('.return-name-input input').fill('林晓');
    await sp.locator('.return-phone-input input').fill('13812345678');
    await sp.locator('.return-detail-input input').fill('陕西商洛商州区北新街 1 号');
    await sp.locator('.submit-resolve').click();
    await sp.locator('.action-panel--resolve').waitFor({ state: 'detached' });

    await page.reload();
    expect(await page.locator('.return-deadline').innerText()).toContain('7 天内寄回');
    await page.locator('.return-address').getByText('陕西商洛商州区北新街 1 号').waitFor();
    await page.locator('.action-return-ship').click({ force: true });
    await page.locator('.return-ship .choice-carrier-SF').click();
    await page.locator('.field--return-tracking-no input').fill('SF900800700');
    await page.locator('.submit-return-ship').click();
    await page.locator('.return-waiting').waitFor();
    await screenshot(page, 'return-shipped');

    await sp.reload();
    await sp.locator('.action-confirm-return').click({ force: true });
    await confirmModal(sp);
    await sp.locator('.transfer-back-amount').getByText(yuan(product.priceFen)).waitFor();
    const after = await host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    expect(after.refunds.map((r) => [r.amountFen, r.method, r.status])).toEqual([[product.priceFen, 'transfer', 'pending']]);
    expect(errors).toEqual([]);
    expect(sellerErrors).toEqual([]);
  });
});
