import type { Page } from 'playwright-core';
import type { CustomerPage } from '../../types/crm';
import type { Order } from '../../types/order';
import type { ShopWithProducts } from '../../types/shop';
import type { MySupply } from '../../types/supply';
import { appPerFile, phonePage, screenshot } from './browser';

/**
 * Every tappable thing on a friend's pages is big enough for a thumb. WeChat's design guidance asks for
 * about 44 px (iOS's 44 pt minimum hit area, which the mini program guide follows); below 40 px a friend
 * misses or hits the neighbour, so that is where this test fails.
 */
const MIN_PX = 40;

const { host, browser } = appPerFile();

const SELLER = 'seller-demo';
/** the seeded uncle (cloud/core/demo), whose honey the demo shop carries */
const SUPPLIER = 'supplier-demo';
const FRIEND = `e2e-thumb-${Date.now().toString(36)}`;

interface Target {
  page: string;
  what: string;
  width: number;
  height: number;
}

/**
 * The tappable elements on screen, found the way a thumb finds them: whatever React gave a click handler
 * (Taro H5 renders View/Text as its web components, taro-view-core…, with the listener added by script, not
 * in an attribute), and the native fields, buttons and controls. Hidden ones (other pages of the stack,
 * closed panels) have no box and are skipped.
 */
async function tappables(page: Page, name: string): Promise<Target[]> {
  const found = await page.evaluate(() => {
    const CONTROLS = 'input:not([type=hidden]), textarea, button, a[href], taro-button-core, taro-checkbox-core, taro-radio-core, taro-switch-core, taro-picker-core';
    const out: { what: string; width: number; height: number }[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // Taro's React wrappers of its web components (reactify-wc) add the listener themselves and keep it in
      // `__events`; plain elements keep it in React's props.
      const events = (el as unknown as { __events?: Record<string, unknown> }).__events ?? {};
      const propsKey = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      const props = (propsKey ? (el as unknown as Record<string, Record<string, unknown> | null>)[propsKey] : null) ?? {};
      const handled = [events.click, events.tap, props.onClick, props.onTap].some((h) => typeof h === 'function');
      if (!handled && !el.matches(CONTROLS)) continue;
      // The identity switcher is a tool of the local H5 build (src/dev): no friend in WeChat ever sees it.
      if (el.closest('.dev-switcher')) continue;
      // A field's native input inside Taro's wrapper is the target; the wrapper is not counted twice.
      if (!handled && el.matches('taro-input-core, taro-textarea-core')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.pointerEvents === 'none') continue;
      const label = (el.getAttribute('aria-label') || el.innerText || (el as HTMLInputElement).placeholder || el.className || el.tagName).replace(/\s+/g, ' ').trim().slice(0, 24);
      const cls = String(el.className || el.tagName.toLowerCase()).split(/\s+/).slice(0, 2).join('.');
      out.push({ what: `${label} (.${cls})`, width: Math.round(box.width), height: Math.round(box.height) });
    }
    return out;
  });
  return found.map((t) => ({ page: name, ...t }));
}

const measured: Target[] = [];

/** Wait for the page to settle, measure its targets, and save the whole page as a friend sees it. */
async function visit(page: Page, name: string): Promise<Target[]> {
  await page.waitForTimeout(1500); // toasts fade, images lay out
  const targets = await tappables(page, name);
  measured.push(...targets);
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  await screenshot(page, `tap-${name}`);
  // Taro's H5 page scrolls inside its own element: grow the viewport to save the whole page too.
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('body, body *'), (el) => el.scrollHeight)));
  if (height > size.height) {
    await page.setViewportSize({ width: size.width, height: Math.min(height, 5000) });
    await screenshot(page, `tap-${name}-full`);
    await page.setViewportSize(size);
  }
  return targets;
}

function small(targets: Target[]): string[] {
  return targets.filter((t) => t.width < MIN_PX || t.height < MIN_PX).map((t) => `${t.page}: ${t.what} ${t.width}×${t.height}`);
}

async function orderFor(buyer: string, productId: string, key: string): Promise<Order> {
  return host.ok<Order>(
    'order',
    { action: 'create', shopId: host.demoShopId, items: [{ productId, qty: 1 }], address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' }, idempotencyKey: `thumb-${key}-${Date.now()}` },
    buyer,
  );
}

describe('targets a thumb can hit (390×844)', () => {
  it('every tappable element on every friend page is at least 40 px in both directions', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const products = [...demo.products].filter((p) => p.stock > 3).sort((a, b) => a.position - b.position);
    const [first, second] = products;

    // Orders in the states a friend meets: awaiting payment, shipped, completed (to review), a return to send back.
    const pending = await orderFor(FRIEND, first.id, 'pending');
    const shipped = await orderFor(FRIEND, second.id, 'shipped');
    const completed = await orderFor(FRIEND, first.id, 'completed');
    const returning = await orderFor(FRIEND, second.id, 'return');
    for (const o of [shipped, completed, returning]) {
      await host.ok('order', { action: 'pay', orderId: o.id, method: 'transfer' }, FRIEND);
      await host.ok('order', { action: 'confirmPaid', orderId: o.id }, SELLER);
      await host.ok('order', { action: 'ship', orderId: o.id, carrier: 'SF', trackingNo: 'SF1234567890' }, SELLER);
    }
    await host.ok('order', { action: 'confirmReceipt', orderId: completed.id }, FRIEND);
    await host.ok('order', { action: 'requestAfterSale', orderId: returning.id, type: 'return', reason: '尺寸不合适', items: [{ productId: second.id, qty: 1 }] }, FRIEND);
    await host.ok('order', { action: 'resolveAfterSale', orderId: returning.id, approve: true, returnAddress: { name: '林晓', phone: '13812345678', detail: '陕西商洛商州区北新街 1 号' } }, SELLER);

    const { page, errors } = await phonePage(browser);

    // A newcomer's launch page, then the friend's (following the shop, with orders).
    await page.goto(`${host.url}/?as=${FRIEND}-new#/pages/home/index`);
    await page.locator('.taro_page').first().waitFor();
    await visit(page, 'launch-new');
    await host.ok('shop', { action: 'follow', shopId: host.demoShopId, state: 'following' }, FRIEND);
    await page.goto(`${host.url}/?as=${FRIEND}#/pages/home/index`);
    await page.reload();
    await page.getByText(demo.shop.name).first().waitFor();
    await visit(page, 'launch');

    await page.goto(`${host.url}/#/pages/shop/index?shopId=${host.demoShopId}`);
    await page.locator('.shop-name').getByText(demo.shop.name).waitFor();
    await visit(page, 'shop');

    for (const product of [first, second]) {
      await page.goto(`${host.url}/#/pages/product/index?productId=${product.id}`);
      await page.locator('.product-summary__title').getByText(product.title).waitFor();
      await page.locator('.add-to-cart').click();
      await page.getByText('已加入购物车').waitFor();
    }
    await visit(page, 'product');

    await page.goto(`${host.url}/#/pages/cart/index`);
    await page.locator('.cart-line').nth(1).waitFor();
    const cart = await visit(page, 'cart');
    // The three the usability test named are found (so a silent miss of the finder cannot pass).
    for (const cls of ['qty-plus', 'qty-minus', 'remove-line']) expect(cart.some((t) => t.what.includes(cls))).toBe(true);

    await page.locator('.checkout-shop').click();
    await page.locator('.address-form').waitFor();
    await visit(page, 'checkout');

    await page.goto(`${host.url}/#/pages/orders/index`);
    await page.locator('.order-row').first().waitFor();
    await visit(page, 'orders');

    const openOrder = async (order: Order, name: string, ready: string) => {
      await page.goto(`${host.url}/#/pages/order/index?orderId=${order.id}`);
      await page.reload();
      await page.locator(ready).first().waitFor();
      return visit(page, name);
    };
    const pendingTargets = await openOrder(pending, 'order-pending', '.pay-transfer');
    expect(pendingTargets.some((t) => /复制/.test(t.what))).toBe(true); // 复制单号
    await page.locator('.action-cancel').click();
    await page.locator('.field--cancel-reason input').waitFor();
    await visit(page, 'order-pending-cancel');

    await openOrder(shipped, 'order-shipped', '.action-confirm-receipt');
    await page.locator('.action-after-sale').click();
    await page.locator('.submit-after-sale').waitFor();
    await visit(page, 'order-shipped-after-sale');

    await openOrder(completed, 'order-completed', '.action-review');
    await page.locator('.action-review').click();
    await page.locator('.submit-review').waitFor();
    await visit(page, 'order-completed-review');

    await openOrder(returning, 'order-return', '.action-return-ship');
    await page.locator('.action-return-ship').click({ force: true });
    await page.locator('.submit-return-ship').waitFor();
    await visit(page, 'order-return-ship');

    expect(errors).toEqual([]);
    expect(measured.length).toBeGreaterThan(40);
    expect(small(measured)).toEqual([]);
  });
});

describe("targets a thumb can hit on the seller's pages (390×844)", () => {
  it('every tappable element of the console, orders, an order, posts, catalog, product form, customers, a customer and settings is at least 40 px', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const [first, second] = [...demo.products].filter((p) => p.stock > 3).sort((a, b) => a.position - b.position);
    const buyer = `${FRIEND}-s`;
    // An order to confirm (a transfer), one to ship, and a scheduled post with its 改时间 / 取消.
    const waiting = await orderFor(buyer, first.id, 'seller-waiting');
    await host.ok('order', { action: 'pay', orderId: waiting.id, method: 'transfer' }, buyer);
    const toShip = await orderFor(buyer, second.id, 'seller-ship');
    await host.ok('order', { action: 'pay', orderId: toShip.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: toShip.id }, SELLER);
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    await host.ok('post', { action: 'schedule', at: `${tomorrow}T10:00:00+08:00`, text: '新核桃到了，皮薄肉香。' }, SELLER);
    const customer = (await host.ok<CustomerPage>('crm', { action: 'list' }, SELLER)).customers[0];

    const { page, errors } = await phonePage(browser);
    const open = async (hash: string, ready: string, name: string) => {
      await page.goto('about:blank');
      await page.goto(`${host.url}/?as=${SELLER}#${hash}`);
      await page.locator(`${ready}:visible`).first().waitFor();
      return visit(page, name);
    };

    await open('/seller/console/index', '.orders-link', 'seller-console');
    await open('/seller/orders/index', '.order-row', 'seller-orders');
    await open(`/seller/order/index?orderId=${waiting.id}`, '.action-confirm-paid', 'seller-order-confirm');
    const order = await open(`/seller/order/index?orderId=${toShip.id}`, '.action-ship', 'seller-order-ship');
    expect(order.some((t) => t.what.includes('action-ship'))).toBe(true);
    await page.locator('.action-ship:visible').click();
    await page.locator('.submit-ship:visible').waitFor();
    await visit(page, 'seller-order-ship-panel');

    const posts = await open('/seller/posts/index', '.upcoming-posts .post-card', 'seller-posts');
    for (const cls of ['post-action--reschedule', 'post-action--cancel']) expect({ cls, found: posts.some((t) => t.what.includes(cls)) }).toEqual({ cls, found: true });
    await page.locator('.post-action--reschedule:visible').first().click();
    await page.locator('.reschedule-box .slot:visible').first().waitFor();
    await visit(page, 'seller-posts-reschedule');
    const composer = await open('/seller/posts/compose/index', '.composer .product-choice', 'seller-composer');
    expect(composer.some((t) => t.what.includes('slot'))).toBe(true);

    await open(`/seller/product-edit/index?productId=${first.id}`, '.product-form', 'seller-product-form');
    const customers = await open('/seller/customers/index', '.customer-row', 'seller-customers');
    expect(customers.some((t) => t.what.includes('crm-button'))).toBe(true); // the export buttons
    await open(`/seller/customer/index?customerId=${customer.id}`, '.customer-name', 'seller-customer');
    await page.locator('.tags-editor__input input').fill('老顾客');
    await page.locator('.add-tag').click();
    await page.locator('.tag-chip--editable:visible').first().waitFor();
    await visit(page, 'seller-customer-tag');
    await open('/seller/settings/index', '.save-settings', 'seller-settings');
    // The catalog as the seller reaches it: from the console.
    await page.goto('about:blank');
    await page.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);
    await page.locator('.catalog-link:visible').click();
    await page.locator('.catalog-row:visible').first().waitFor();
    await visit(page, 'seller-catalog');

    expect(errors).toEqual([]);
    expect(small(measured.filter((t) => t.page.startsWith('seller-')))).toEqual([]);
  });
});

describe("targets a thumb can hit on the supplier's pages (390×844)", () => {
  it('every tappable element of the supplier console, its orders and ship panel, 对账 with 记一笔收款, 卖家 and the product form is at least 40 px', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const honey = demo.products.find((p) => p.source !== null && p.stock > 1);
    if (!honey) throw new Error('the demo shop carries no supply product in stock');
    // An order of the uncle's honey the seller confirmed: the uncle has it to ship and a line with the shop to settle.
    const buyer = `${FRIEND}-u`;
    const order = await orderFor(buyer, honey.id, 'supplier');
    await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
    await host.ok('order', { action: 'confirmPaid', orderId: order.id }, SELLER);
    const mine = await host.ok<MySupply>('supply', { action: 'mine' }, SUPPLIER);
    expect(mine.supplier).not.toBeNull();

    const { page, errors } = await phonePage(browser);
    const open = async (hash: string, ready: string, name: string) => {
      await page.goto('about:blank');
      await page.goto(`${host.url}/?as=${SUPPLIER}#${hash}`);
      await page.locator(`${ready}:visible`).first().waitFor();
      return visit(page, name);
    };

    const home = await open('/supplier/index', '.supply-row', 'supplier-home');
    for (const cls of ['new-supply-product', 'supplier-orders-link', 'supply-row']) expect({ cls, found: home.some((t) => t.what.includes(cls)) }).toEqual({ cls, found: true });
    const orders = await open('/supplier/orders/index', '.supplier-order', 'supplier-orders');
    expect(orders.some((t) => t.what.includes('ship-button'))).toBe(true);
    await page.locator('.ship-button:visible').first().click();
    await page.locator('.ship-submit:visible').waitFor();
    await visit(page, 'supplier-orders-ship');
    const statements = await open('/supplier/statements/index', '.settle-button', 'supplier-statements');
    expect(statements.some((t) => t.what.includes('settle-button'))).toBe(true);
    await page.locator('.settle-button:visible').first().click();
    await page.locator('.settle-submit:visible').waitFor();
    await visit(page, 'supplier-statements-settle');
    await open('/supplier/sellers/index', '.supplier-seller', 'supplier-sellers');
    await open(`/supplier/product-edit/index?supplyProductId=${mine.products[0].id}`, '.save-supply-product', 'supplier-product-form');

    expect(errors).toEqual([]);
    expect(small(measured.filter((t) => t.page.startsWith('supplier-')))).toEqual([]);
  });
});
