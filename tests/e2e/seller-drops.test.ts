// The seller's side of a group drop in the browser: 发起接龙 from the catalog (own products only, the cutoff
// from the date and time wheels, two pickup points and delivery), the drop's own page, friends joining and
// paying, the pick list per pickup point, 到货了 and a pickup code completing an order.
import type { Page } from 'playwright-core';
import type { Drop } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Shop } from '../../types/shop';
import type { Product } from '../../types/product';
import { dropsUi } from '../../types/zh-CN/drops-ui';
import { appPerFile, fullScreenshot, phonePage } from './browser';

const app = appPerFile();
const SELLER = 'seller-demo';

async function confirmModal(page: Page) {
  const confirm = page.locator('.taro__modal .taro-model__confirm');
  await confirm.waitFor();
  await confirm.click();
}

/** Taro's H5 picker: open it and take what its wheels show (the date opens on tomorrow, the time on 20:00). */
async function acceptPicker(page: Page, picker: string) {
  await page.locator(`.${picker}`).click();
  // every picker keeps its (hidden) sheet in the page: the one just opened is the visible one
  const ok = page.locator('.weui-picker__action:visible', { hasText: '确定' });
  await ok.waitFor();
  await ok.click();
}

describe('a seller’s group drop in the browser', () => {
  it('opens a drop from the catalog, follows it live, marks a point ready and completes an order by its code', async () => {
    const { host, browser } = app;
    const shop = await host.ok<Shop>('shop', { action: 'mine' }, SELLER);
    const { active } = await host.ok<{ active: Product[] }>('catalog', { action: 'listMine' }, SELLER);
    const own = active.find((p) => p.source === null && p.stock > 0);
    const carried = active.find((p) => p.source !== null);
    if (!own) throw new Error('the demo shop has no own product in stock');

    const { page, errors } = await phonePage(browser);
    await page.goto(`${host.url}/?as=${SELLER}#/seller/catalog/index`);
    await page.locator('.open-drop-link').click();
    await page.locator('.new-drop-card').first().waitFor();

    await page.locator('.field--title input').fill('本周土货接龙');
    await page.locator('.field--intro textarea').fill('周六上午到货，自提或我送到楼下。');
    await page.locator('.new-drop-choice', { hasText: own.title }).locator('.new-drop-choice__main').click();
    if (carried) {
      const row = page.locator('.new-drop-choice', { hasText: carried.title });
      expect(await row.getAttribute('class')).toContain('new-drop-choice--disabled');
      expect(await row.innerText()).toContain(dropsUi.form.carriedReason(carried.source?.supplierName ?? ''));
    }
    await page.locator('.limit-input input').fill('3');
    await acceptPicker(page, 'cutoff-date');
    await acceptPicker(page, 'cutoff-time');
    await page.locator('.cutoff-words').getByText(/20:00 截止$/).waitFor();
    await page.locator('.field--pickup-0-name input').fill('3 号门');
    await page.locator('.field--pickup-0-address input').fill('幸福小区 3 号门');
    await page.locator('.field--pickup-0-window input').fill('周六 10:00–12:00');
    await page.locator('.add-pickup').click();
    await page.locator('.field--pickup-1-name input').fill('公司前台');
    await page.locator('.field--pickup-1-address input').fill('科技园 A 座一楼');
    await page.locator('.field--pickup-1-window input').fill('周六 14:00–16:00');
    await page.locator('.toggle-delivery').click();
    await fullScreenshot(page, 'seller-drop-form');

    await page.locator('.open-drop-submit').click();
    await page.locator('.live-head__title').getByText('本周土货接龙').waitFor();
    const dropId = decodeURIComponent(/[?&]dropId=([^&]+)/.exec(page.url())?.[1] ?? '');
    const drop = (await host.ok<{ drops: Drop[] }>('drop', { action: 'list' }, SELLER)).drops.find((d) => d.id === dropId);
    expect(drop).toMatchObject({ title: '本周土货接龙', items: [{ productId: own.id, limitPerBuyer: 3 }], showJoiners: true, status: 'open' });
    expect(drop?.fulfilment).toEqual({
      pickup: [
        { name: '3 号门', address: '幸福小区 3 号门', window: '周六 10:00–12:00' },
        { name: '公司前台', address: '科技园 A 座一楼', window: '周六 14:00–16:00' },
      ],
      delivery: true,
      shipping: false,
    });

    // three friends join: two at 公司前台 (one pays), one by delivery
    const join = async (buyer: string, name: string, qty: number, fulfilment: object, detail: string, paid: boolean) => {
      const order = await host.ok<Order>(
        'order',
        { action: 'create', shopId: shop.id, dropId, fulfilment, showName: true, items: [{ productId: own.id, qty }], address: { name, phone: '13800138000', detail }, idempotencyKey: `e2e-${buyer}-join` },
        buyer,
      );
      if (paid) {
        await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, buyer);
        await host.ok('order', { action: 'confirmPaid', orderId: order.id }, SELLER);
      }
      return host.ok<Order>('order', { action: 'get', orderId: order.id }, buyer);
    };
    const paidAtDesk = await join('e2e-drop-a', '王小明', 2, { kind: 'pickup', pickupIndex: 1 }, '', true);
    await join('e2e-drop-b', '李四', 1, { kind: 'pickup', pickupIndex: 1 }, '', false);
    await join('e2e-drop-c', '赵五', 1, { kind: 'delivery' }, '科技园 B 座 5 楼', true);

    await page.reload();
    await page.locator('.pick-group--pickup-1').waitFor();
    expect(await page.locator('.live-stat--joined').innerText()).toBe(dropsUi.live.joined(3));
    expect(await page.locator('.live-stat--paid').innerText()).toBe(dropsUi.live.paid(2));
    // the one who has not paid is counted exactly (drop.get's counts, the owner's), not lumped with those handed over
    expect(await page.locator('.live-stat--unpaid').innerText()).toBe(dropsUi.live.unpaid(1));
    // only the paid join is on the pick list: nothing is brought for one that may never be paid
    expect(await page.locator('.pick-group--pickup-1 .pick-total').innerText()).toBe(dropsUi.pick.total(own.title, 2));
    expect(await page.locator('.pick-group--pickup-1 .pick-order__name').allInnerTexts()).toEqual(['王小明']);
    await fullScreenshot(page, 'seller-drop-live');

    // after fullScreenshot's resize Playwright reports Taro's pull-to-refresh wrapper over the button: click it directly
    await page.locator('.pick-group--pickup-1 .mark-ready').click({ force: true });
    await confirmModal(page);
    await page.locator('.pick-group--pickup-1 .pick-order__status', { hasText: '待取货' }).first().waitFor();

    const code = (paidAtDesk as Order & { pickupCode?: string | null }).pickupCode ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await page.locator('.pickup-code-input input').fill(code);
    await page.locator('.verify-code').click();
    await page.locator('.code-outcome--ok').getByText(dropsUi.code.done('王小明')).waitFor();
    const done = await host.ok<Order>('order', { action: 'get', orderId: paidAtDesk.id }, 'e2e-drop-a');
    expect(done.status).toBe('completed');

    await page.locator('.pickup-code-input input').fill('000000');
    await page.locator('.verify-code').click();
    await page.locator('.code-outcome--error').getByText(dropsUi.code.notFound).waitFor();
    await fullScreenshot(page, 'seller-drop-after-pickup');

    await page.goto(`${host.url}/?as=${SELLER}#/seller/drops/index`);
    await page.locator('.drops-row--open', { hasText: '本周土货接龙' }).waitFor();
    await fullScreenshot(page, 'seller-drops');
    expect(errors).toEqual([]);
  });
});
