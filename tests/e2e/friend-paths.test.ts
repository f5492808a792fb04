/**
 * Issue 14: a friend who arrives from a link (a shop, a product) reaches 我的订单 and gets back to the shop
 * in two taps at most from every friend page, on a 390×844 phone; and nothing fixed covers the page's content
 * at its end (the bottom bar reserves its own room). Screenshots: tests/e2e/__screenshots__/friend-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import type { Order } from '../../types/order';
import type { ShopWithProducts } from '../../types/shop';
import { appPerFile, phonePage, screenshot } from './browser';

const { host, browser } = appPerFile();

const FRIEND = `e2e-paths-${Date.now().toString(36)}`;
// Taro's H5 router keeps the pages below in the DOM, hidden: only the page on top counts.
const seen = (page: Page, selector: string): Locator => page.locator(`${selector}:visible`);

/** Scrolls to the very end (Taro's H5 page may scroll inside its own element) and lists content a fixed element covers. */
async function coveredAtTheEnd(page: Page): Promise<string[]> {
  await page.waitForTimeout(2000); // toasts fade
  return page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body, body *'))) if (el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const all = Array.from(document.querySelectorAll<HTMLElement>('body *'));
    const shown = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0;
    };
    const fixed = all.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && shown(el));
    const content = all.filter(
      (el) =>
        !fixed.some((f) => f.contains(el)) &&
        shown(el) &&
        (['IMG', 'INPUT', 'TEXTAREA'].includes(el.tagName) || Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')),
    );
    const hits: string[] = [];
    for (const f of fixed) {
      const a = f.getBoundingClientRect();
      for (const c of content) {
        const b = c.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) hits.push(`${f.className} covers ${c.tagName.toLowerCase()}.${c.className} "${(c.textContent ?? '').trim().slice(0, 20)}"`);
      }
    }
    return hits;
  });
}

/** Every target in the visible bottom bar is at least 44 CSS px both ways. */
async function barTargetsAreThumbSized(page: Page) {
  const sizes = await seen(page, '.friend-nav').evaluate((bar) =>
    Array.from(bar.querySelectorAll('.friend-nav__tab, .order-entry__btn'), (el) => {
      const r = el.getBoundingClientRect();
      return { what: el.className, w: Math.round(r.width), h: Math.round(r.height) };
    }),
  );
  expect(sizes.length).toBeGreaterThanOrEqual(3);
  for (const s of sizes) expect({ ...s, ok: s.w >= 44 && s.h >= 44 }).toEqual({ ...s, ok: true });
}

describe('a friend from a link never loses their way', () => {
  it('from the shop, product, cart, checkout, orders and order pages: 我的订单 and back to the shop in ≤ 2 taps, nothing covering the end', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const [first] = [...demo.products].filter((p) => p.stock > 2).sort((a, b) => a.position - b.position);
    const placed = await host.ok<Order>(
      'order',
      { action: 'create', shopId: host.demoShopId, items: [{ productId: first.id, qty: 1 }], address: { name: '王小明', phone: '13800138000', detail: '北京市海淀区中关村大街 1 号' }, idempotencyKey: `${FRIEND}-1` },
      FRIEND,
    );

    const { page, errors } = await phonePage(browser);
    // Each time a fresh load, as from a link in a chat (a hash change alone would stay in the app's own stack).
    const openLink = async (hash: string, ready: string) => {
      await page.goto('about:blank');
      await page.goto(`${host.url}/?as=${FRIEND}#${hash}`);
      await seen(page, ready).first().waitFor();
    };
    const atOrders = () => seen(page, '.orders-page').waitFor();
    const atShop = () => seen(page, '.shop-name').getByText(demo.shop.name).waitFor();
    /** Taps these (each on the visible page), at most two, and waits to arrive. */
    const tapTo = async (taps: string[], arrived: () => Promise<void>) => {
      expect(taps.length).toBeLessThanOrEqual(2);
      for (const t of taps) await seen(page, t).first().click();
      await arrived();
    };
    const pages: { name: string; hash: string; ready: string; toOrders: string[]; toShop: string[]; bar: boolean }[] = [
      { name: 'shop', hash: `/pages/shop/index?shopId=${host.demoShopId}`, ready: '.product-card', toOrders: ['.friend-nav__tab--orders'], toShop: [], bar: true },
      { name: 'product', hash: `/pages/product/index?productId=${first.id}`, ready: '.product-summary__title', toOrders: ['.friend-nav__tab--orders'], toShop: ['.friend-nav__tab--shop'], bar: true },
      { name: 'cart', hash: '/pages/cart/index', ready: '.cart-line', toOrders: ['.friend-nav__tab--orders'], toShop: ['.friend-nav__tab--shop'], bar: true },
      { name: 'checkout', hash: `/pages/checkout/index?shopId=${host.demoShopId}`, ready: '.checkout-shop-link', toOrders: ['.checkout-shop-link', '.friend-nav__tab--orders'], toShop: ['.checkout-shop-link'], bar: false },
      { name: 'orders', hash: '/pages/orders/index', ready: '.order-row__total', toOrders: [], toShop: ['.friend-nav__tab--shop'], bar: true },
      { name: 'order', hash: `/pages/order/index?orderId=${placed.id}`, ready: '.order-status__title', toOrders: ['.friend-nav__tab--orders'], toShop: ['.order-way-back .shop-way-back'], bar: true },
    ];

    for (const p of pages) {
      await openLink(p.hash, p.ready);
      if (p.name === 'product') {
        // the product goes in the cart from the bar, and the cart's count shows there at once
        await seen(page, '.add-to-cart').click();
        await seen(page, '.friend-nav .cart-badge').getByText('1', { exact: true }).waitFor();
      }
      if (p.bar) await barTargetsAreThumbSized(page);
      await screenshot(page, `friend-${p.name}-top`);
      expect({ page: p.name, covered: await coveredAtTheEnd(page) }).toEqual({ page: p.name, covered: [] });
      await screenshot(page, `friend-${p.name}`);

      if (p.toOrders.length > 0) await tapTo(p.toOrders, atOrders);
      await openLink(p.hash, p.ready);
      if (p.toShop.length > 0) await tapTo(p.toShop, atShop);
    }

    // Not yet paid, the order is the thing to finish: no 再来一单 (the shop's link stays). Once paid, it is offered.
    await openLink(`/pages/order/index?orderId=${placed.id}`, '.order-way-back .shop-way-back');
    expect(await seen(page, '.reorder').count()).toBe(0);
    await host.ok('order', { action: 'pay', orderId: placed.id, method: 'transfer' }, FRIEND);
    await host.ok('order', { action: 'confirmPaid', orderId: placed.id }, 'seller-demo');
    // 再来一单: the order's item back in the cart, and the cart opens.
    await openLink(`/pages/order/index?orderId=${placed.id}`, '.reorder');
    await seen(page, '.reorder').click();
    await seen(page, '.cart-line').filter({ hasText: first.title }).waitFor();
    await page.waitForTimeout(2000); // the page's slide-in and the toast
    await screenshot(page, 'friend-reorder-cart');

    // A gone shop: no 重试, but the way to the last shop and to 我的订单.
    await openLink('/pages/shop/index?shopId=sNoSuchShop1', '.next-steps');
    expect(await seen(page, '.retry-button').count()).toBe(0);
    await screenshot(page, 'friend-shop-not-found');
    await tapTo(['.to-last-shop'], atShop);

    expect(errors).toEqual([]);
  });
});
