import type { CustomerPage, FollowUp, SalesSummary } from '../../types/crm';
import type { Order } from '../../types/order';
import type { ShopWithProducts } from '../../types/shop';
import { appPerFile, fullScreenshot, phonePage } from './browser';

const DAY = 86_400_000;
// The host's clock: moved forward to make a follow-up due.
const clock = { t: Date.now(), now() { return new Date(this.t); } };

const { host, browser } = appPerFile({ clock });

const FRIEND = `e2e-crm-friend-${Date.now().toString(36)}`;
const SELLER = 'seller-demo';
const NAME = '赵晓雨';


/** A completed purchase through the API: create → pay by transfer → seller confirms and ships → friend confirms receipt. */
async function completedPurchase(): Promise<Order> {
  const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
  const product = demo.products.find((p) => p.stock > 0) ?? demo.products[0];
  const order = await host.ok<Order>(
    'order',
    {
      action: 'create',
      shopId: host.demoShopId,
      items: [{ productId: product.id, qty: 1 }],
      address: { name: NAME, phone: '13900139000', detail: '上海市徐汇区漕溪北路 2 号' },
      idempotencyKey: `e2e-crm-${Date.now().toString(36)}`,
    },
    FRIEND,
  );
  await host.ok('order', { action: 'pay', orderId: order.id, method: 'transfer' }, FRIEND);
  await host.ok('order', { action: 'confirmPaid', orderId: order.id }, SELLER);
  await host.ok('order', { action: 'ship', orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF99887766' }, SELLER);
  return host.ok<Order>('order', { action: 'confirmReceipt', orderId: order.id }, FRIEND);
}

describe('the seller’s console, customers and follow-ups in the browser', () => {
  it('after a completed purchase: the console figures, the customer with a note and a tag, the follow-up 7 days later, the CSV download', async () => {
    const order = await completedPurchase();
    expect(order.status).toBe('completed');

    const seller = await phonePage(browser);
    const sp = seller.page;

    // The console: today's work and the last 30 days, as the API answers them.
    const stats = await host.ok<SalesSummary>('stats', { action: 'summary' }, SELLER);
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);
    await sp.locator('.today-section .today-tile--paid').waitFor();
    await sp.locator('.sales-figure--revenue .sales-figure__value').waitFor();
    const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
    expect(await sp.locator('.sales-figure--revenue .sales-figure__value').innerText()).toBe(yuan(stats.revenueFen));
    expect(await sp.locator('.sales-figure--orders .sales-figure__value').innerText()).toBe(String(stats.orders));
    expect(await sp.locator('.daily-bar').count()).toBe(stats.daily.length);
    await sp.locator('.followers-counts').waitFor();
    for (const link of ['.orders-link', '.posts-link', '.catalog-link', '.settings-link', '.view-shop-link', '.customers-link']) {
      expect(await sp.locator(link).count()).toBe(1);
    }
    await fullScreenshot(sp, 'seller-console-home');

    // With orders, today's to-dos come first; a tile opens the list on its own tab, not 全部 (on a second phone page,
    // so this page stays on the console).
    const top = async (sel: string) => (await sp.locator(sel).boundingBox())?.y ?? -1;
    expect(await top('.today-section')).toBeLessThan(await top('.my-shop'));
    const tiles = (await phonePage(browser)).page;
    await tiles.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);
    await tiles.locator('.today-tile--awaiting_confirmation').click();
    await tiles.locator('.status-tab--on.status-tab--awaiting_confirmation').waitFor();
    expect(tiles.url()).toContain('/seller/orders/index?status=awaiting_confirmation');
    await tiles.close();

    // 顾客: the buyer by the address name.
    await sp.locator('.customers-link').click();
    const row = sp.locator('.customer-row').filter({ hasText: NAME });
    await row.waitFor();
    expect(await row.locator('.customer-orders').innerText()).toBe('1 单');
    await fullScreenshot(sp, 'customers');

    // The customer: a private note and a tag.
    await row.click();
    await sp.locator('.customer-page .customer-name').getByText(NAME).waitFor();
    await sp.locator('.note-editor textarea').fill('喜欢不太甜的，周末在家');
    await sp.locator('.save-note').click();
    await sp.getByText('备注已保存').waitFor();
    await sp.locator('.add-tag').click();
    await sp.locator('.tags-error').getByText('标签不能为空').waitFor();
    await sp.locator('.tags-editor__input input').fill('老顾客');
    await sp.locator('.add-tag').click();
    await sp.locator('.tag-chip--editable').filter({ hasText: '老顾客' }).waitFor();
    // Kept without a save button: the editor says 已保存 once the server has it.
    await sp.locator('.tags-editor__state--saved').waitFor();
    await fullScreenshot(sp, 'customer-detail');

    const found = await host.ok<CustomerPage>('crm', { action: 'list', q: '不太甜' }, SELLER);
    expect(found.customers.map((c) => [c.name, c.note, c.tags])).toEqual([[NAME, '喜欢不太甜的，周末在家', ['老顾客']]]);

    // Back on the list, the note shows; the export downloads a file named by the API.
    await sp.goBack();
    await sp.locator('.customer-row').filter({ hasText: '喜欢不太甜的' }).waitFor();
    const [download] = await Promise.all([sp.waitForEvent('download'), sp.locator('.export-customers').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // Follow-ups: not yet; 7 days after completion it is due.
    const mine = (list: FollowUp[]) => list.filter((f) => f.orderId === order.id);
    expect(mine(await host.ok<FollowUp[]>('crm', { action: 'followups' }, SELLER)).filter((f) => f.status === 'due')).toEqual([]);
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/followups/index`);
    await sp.locator('.followups-hint').waitFor();
    await sp.waitForTimeout(500);
    expect(await sp.locator('.followup-card').filter({ hasText: NAME }).count()).toBe(0);

    clock.t += 7 * DAY + 60_000;
    await sp.reload();
    const card = sp.locator('.followup-card').filter({ hasText: NAME });
    await card.waitFor();
    expect(await card.locator('.followup-text').innerText()).toContain(NAME);
    await fullScreenshot(sp, 'followups');

    await card.locator('.done-followup').click();
    await sp.getByText('已记为回访').waitFor();
    expect(await sp.locator('.followup-card').filter({ hasText: NAME }).count()).toBe(0);
    expect(mine(await host.ok<FollowUp[]>('crm', { action: 'followups' }, SELLER)).map((f) => f.status)).not.toContain('due');

    // The console counts it no more.
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);
    await sp.locator('.today-followups').waitFor();
    expect(seller.errors).toEqual([]);
  });

  it('settings: one save for the page; a merchant id saved stays 已设置 and nothing else changes', async () => {
    const { page, errors } = await phonePage(browser);
    const before = (await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId })).shop;
    await page.goto(`${host.url}/?as=${SELLER}#/seller/settings/index`);
    await page.locator('.save-settings').waitFor();
    expect(await page.locator('.submit-button').count()).toBe(1);
    await fullScreenshot(page, 'settings');

    if (before.payment.wechatPay) await page.locator('.change-sub-mch').click();
    await page.locator('.field--sub-mch input').fill('1900000109');
    await page.locator('.save-settings').click();
    await page.locator('.sub-mch-saved').waitFor();
    expect(await page.locator('.field--sub-mch input').count()).toBe(0);
    expect(await page.locator('.field--name input').inputValue()).toBe(before.name);
    expect(await page.locator('.field--transfer-note textarea').inputValue()).toBe(before.payment.transferNote);
    await fullScreenshot(page, 'settings-saved');

    const after = (await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId })).shop;
    expect(after.payment.wechatPay).toBe(true);
    expect({ ...after, payment: { ...after.payment, wechatPay: before.payment.wechatPay, acceptsOrders: before.payment.acceptsOrders } }).toEqual(before);
    expect(errors).toEqual([]);
  });
});
