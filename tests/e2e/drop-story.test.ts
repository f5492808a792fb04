// Issue 17's story in the browser, each step through the pages a seller and their friends use: the seller opens
// a drop with two pickup points → three friends open its link and join (one at each point, one anonymously) and
// pay by transfer → the drop closes at its cutoff (the host's timer) → the drop page says 已截止 → the pick list →
// 到货了 at the first point → the seller enters that friend's code → the friend's order is completed.
import type { Page } from 'playwright-core';
import type { Drop, DropView } from '../../types/drop';
import type { Order } from '../../types/order';
import type { Product } from '../../types/product';
import { dropUi } from '../../types/zh-CN/drop-ui';
import { dropsUi } from '../../types/zh-CN/drops-ui';
import { appPerFile, fullScreenshot, phonePage } from './browser';

const app = appPerFile();
const SELLER = 'e2e-story-seller';
const SHOP_NAME = '阿毛的小区团';

async function confirmModal(page: Page) {
  const confirm = page.locator('.taro__modal .taro-model__confirm');
  await confirm.waitFor();
  await confirm.click();
}

/** Taro's H5 picker: open it and take what its wheels show (the date opens on tomorrow, the time on 20:00). */
async function acceptPicker(page: Page, picker: string) {
  await page.locator(`.${picker}`).click();
  const ok = page.locator('.weui-picker__action:visible', { hasText: '确定' });
  await ok.waitFor();
  await ok.click();
}

async function statusIs(page: Page, text: string) {
  await page.locator('.order-status__title').getByText(text, { exact: true }).waitFor();
}

interface Friend {
  id: string;
  name: string;
  phone: string;
  pickupIndex: number;
  anonymous: boolean;
}

const FRIENDS: Friend[] = [
  { id: 'e2e-story-wang', name: '王小明', phone: '13800138001', pickupIndex: 0, anonymous: false },
  { id: 'e2e-story-li', name: '李红', phone: '13800138002', pickupIndex: 1, anonymous: false },
  { id: 'e2e-story-zhao', name: '赵静', phone: '13800138003', pickupIndex: 1, anonymous: true },
];

describe('a group drop from the seller’s form to a pickup code, in the browser', () => {
  it('opens, fills with three friends who pay, closes at its cutoff, and hands over at a pickup point by code', async () => {
    const { host, browser } = app;
    const pageErrors: string[][] = [];

    // A fresh seller: a shop that takes transfers and two products of its own (the drop itself goes through the UI).
    await host.ok('shop', { action: 'open', name: SHOP_NAME, intro: '楼下小区的邻居团' }, SELLER);
    await host.ok('shop', { action: 'update', payment: { transferNote: '微信转账给阿毛，备注付款页上的 4 位备注码' } }, SELLER);
    const walnut = await host.ok<Product>('catalog', { action: 'create', title: '新核桃 1kg', story: '老家树上刚打下来的。', priceFen: 3900, stock: 30 }, SELLER);
    const honey = await host.ok<Product>('catalog', { action: 'create', title: '洋槐花蜜 500g', story: '今年春天的蜜。', priceFen: 6800, stock: 20 }, SELLER);

    // The seller opens the drop from the catalog.
    const seller = await phonePage(browser);
    pageErrors.push(seller.errors);
    const sp = seller.page;
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/catalog/index`);
    await sp.locator('.open-drop-link').click();
    await sp.locator('.new-drop-card').first().waitFor();
    await sp.locator('.field--title input').fill('本周接龙：核桃和蜂蜜');
    await sp.locator('.field--intro textarea').fill('周六到货，两个自提点任选。');
    for (const product of [walnut, honey]) {
      await sp.locator('.new-drop-choice', { hasText: product.title }).locator('.new-drop-choice__main').click();
    }
    await sp.locator('.limit-input input').first().fill('3');
    await acceptPicker(sp, 'cutoff-date');
    await acceptPicker(sp, 'cutoff-time');
    await sp.locator('.cutoff-words').getByText(/20:00 截止$/).waitFor();
    await sp.locator('.field--pickup-0-name input').fill('3 号门');
    await sp.locator('.field--pickup-0-address input').fill('幸福小区 3 号门');
    await sp.locator('.field--pickup-0-window input').fill('周六 10:00–12:00');
    await sp.locator('.add-pickup').click();
    await sp.locator('.field--pickup-1-name input').fill('公司前台');
    await sp.locator('.field--pickup-1-address input').fill('科技园 A 座一楼');
    await sp.locator('.field--pickup-1-window input').fill('周六 14:00–16:00');
    await fullScreenshot(sp, 'drop-story-01-seller-form');
    await sp.locator('.open-drop-submit').click();
    await sp.locator('.live-head__title').getByText('本周接龙：核桃和蜂蜜').waitFor();
    const dropId = decodeURIComponent(/[?&]dropId=([^&]+)/.exec(sp.url())?.[1] ?? '');
    expect(dropId).not.toBe('');
    const drop = (await host.ok<{ drops: Drop[] }>('drop', { action: 'list' }, SELLER)).drops.find((d) => d.id === dropId);
    if (!drop) throw new Error('the drop the form opened is not in drop.list');
    expect(drop.fulfilment.pickup.map((p) => p.name)).toEqual(['3 号门', '公司前台']);
    expect(drop.items.map((i) => i.productId).sort()).toEqual([walnut.id, honey.id].sort());
    await fullScreenshot(sp, 'drop-story-02-seller-live-empty');

    // The shop page shows the drop above its products, as a card a thumb can hit, and opens it. This friend's phone
    // is in New York: the cutoff still reads 20:00, the shop's clock the seller picked it on (not 07:00 or 08:00).
    const visitor = await phonePage(browser, { timezoneId: 'America/New_York' });
    pageErrors.push(visitor.errors);
    await visitor.page.goto(`${host.url}/#/pages/shop/index?shopId=${encodeURIComponent(drop.shopId)}`);
    const card = visitor.page.locator('.shop-drop', { hasText: '本周接龙：核桃和蜂蜜' });
    await card.waitFor();
    expect((await card.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await visitor.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    expect(await card.locator('.shop-drop__cutoff').innerText()).toMatch(/ 20:00 截止$/);
    await fullScreenshot(visitor.page, 'drop-story-02b-shop-card-new-york');
    await card.click();
    await visitor.page.locator('.drop-header__title').getByText('本周接龙：核桃和蜂蜜').waitFor();
    expect(await visitor.page.locator('.drop-cutoff__at').innerText()).toMatch(/ 20:00 截止$/);
    await fullScreenshot(visitor.page, 'drop-story-02c-drop-new-york');
    await visitor.page.close();

    // Three friends open the shared link, join in the sheet and pay by transfer; the seller confirms each.
    const orderIds: Record<string, string> = {};
    const friendPages: Record<string, Page> = {};
    for (const [n, friend] of FRIENDS.entries()) {
      const { page, errors } = await phonePage(browser);
      pageErrors.push(errors);
      friendPages[friend.id] = page;
      await page.goto(`${host.url}/?as=${friend.id}#/pages/drop/index?dropId=${encodeURIComponent(dropId)}`);
      await page.locator('.drop-header__title').getByText('本周接龙：核桃和蜂蜜').waitFor();
      await page.locator('.drop-cutoff__left').waitFor();
      await page.locator('.drop-way--pickup').nth(friend.pickupIndex).click();
      await page.locator('.drop-way--pickup.drop-way--on').nth(0).waitFor();
      if (n === 0) await fullScreenshot(page, 'drop-story-03-friend-drop');
      await page.locator('.drop-join').click();
      await page.locator('.drop-sheet__panel').waitFor();
      await page.locator('.field--drop-name input').fill(friend.name);
      await page.locator('.field--drop-phone input').fill(friend.phone);
      if (friend.anonymous) {
        await page.locator('.drop-anonymous').click();
        await page.locator('.drop-anonymous--on').waitFor();
        await fullScreenshot(page, 'drop-story-04-join-sheet-anonymous');
      }
      await page.locator('.drop-confirm').click();

      await statusIs(page, '待付款');
      const orderId = decodeURIComponent(/[?&]orderId=([^&]+)/.exec(page.url())?.[1] ?? '');
      expect(orderId).not.toBe('');
      orderIds[friend.id] = orderId;
      // no code before the money is in: it would let an unpaid order be handed over
      expect(await page.locator('.pickup-code__digits').count()).toBe(0);
      if (n === 0) await fullScreenshot(page, 'drop-story-05-friend-order-unpaid');
      await page.locator('.pay-transfer').click();
      await statusIs(page, '待店主确认收款');

      await sp.goto(`${host.url}/?as=${SELLER}#/seller/order/index?orderId=${encodeURIComponent(orderId)}`);
      await statusIs(sp, '待你确认收款');
      await sp.locator('.action-confirm-paid').click();
      await confirmModal(sp);
      await sp.locator('.order-status__title').getByText('待你确认收款', { exact: true }).waitFor({ state: 'detached' });
    }

    // What the backend recorded: the ways chosen and who is shown.
    for (const friend of FRIENDS) {
      const order = await host.ok<Order>('order', { action: 'get', orderId: orderIds[friend.id] }, friend.id);
      expect(order).toMatchObject({ status: 'paid', fulfilment: { kind: 'pickup', pickupIndex: friend.pickupIndex }, address: { name: friend.name, phone: friend.phone } });
    }

    // The joiners as any friend sees them: masked names, 匿名 for the one who asked.
    const fp = friendPages[FRIENDS[0].id];
    await fp.goto(`${host.url}/?as=${FRIENDS[0].id}#/pages/drop/index?dropId=${encodeURIComponent(dropId)}`);
    await fp.locator('.drop-joiners__count').getByText(dropUi.joined(3, 3)).waitFor();
    const names = await fp.locator('.drop-joiner__name').allInnerTexts();
    expect([...names].sort()).toEqual(['匿名', '李*', '王*'].sort());
    expect(await fp.locator('.drop-joiners').innerText()).not.toContain('赵');
    await fullScreenshot(fp, 'drop-story-06-friend-joiners');

    // The cutoff comes: the host's timer runs once at a minute past it and closes the drop.
    const tick = await fetch(`${host.url}/api/dev/timer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: new Date(Date.parse(drop.closesAt) + 60_000).toISOString() }),
    });
    expect(tick.status).toBe(200);
    const after = await host.ok<DropView>('drop', { action: 'get', dropId });
    expect(after.drop.status).toBe('closed');

    await fp.reload();
    await fp.locator('.drop-cutoff__closed').getByText(dropUi.closed).waitFor();
    await fp.locator('.drop-closed').getByText(dropUi.closedHint).waitFor();
    expect(await fp.locator('.drop-join').count()).toBe(0);
    expect(await fp.locator('.drop-plus').count()).toBe(0);
    await fullScreenshot(fp, 'drop-story-07-friend-drop-closed');

    // The seller's pick list: per pickup point, the totals and the orders; the anonymous joiner by name and phone.
    await sp.goto(`${host.url}/?as=${SELLER}#/seller/drop/index?dropId=${encodeURIComponent(dropId)}`);
    await sp.locator('.pick-group--pickup-1').waitFor();
    const first = sp.locator('.pick-group--pickup-0');
    const second = sp.locator('.pick-group--pickup-1');
    const defaultTitle = drop.items[0].title;
    expect(await first.locator('.pick-total').allInnerTexts()).toEqual([dropsUi.pick.total(defaultTitle, 1)]);
    expect(await second.locator('.pick-total').allInnerTexts()).toEqual([dropsUi.pick.total(defaultTitle, 2)]);
    expect(await first.locator('.pick-order__name').allInnerTexts()).toEqual(['王小明']);
    expect([...(await second.locator('.pick-order__name').allInnerTexts())].sort()).toEqual(['李红', '赵静'].sort());
    expect(await second.locator('.pick-order', { hasText: '赵静' }).locator('.pick-order__phone').innerText()).toBe('13800138003');
    expect(await first.locator('.pick-order__phone').innerText()).toBe('13800138001');
    expect(await sp.locator('.pick-group--delivery').count()).toBe(0);
    await fullScreenshot(sp, 'drop-story-08-seller-pick-list');

    // 到货了 at the first point: its order waits to be picked up, the other point's do not.
    await first.locator('.mark-ready').click({ force: true });
    await confirmModal(sp);
    await first.locator('.pick-order__status', { hasText: '待取货' }).waitFor();
    expect(await second.locator('.pick-order__status', { hasText: '待取货' }).count()).toBe(0);

    // The friend at the first point reads the code on their order page; the seller types it in.
    await fp.goto(`${host.url}/?as=${FRIENDS[0].id}#/pages/order/index?orderId=${encodeURIComponent(orderIds[FRIENDS[0].id])}`);
    await statusIs(fp, '已到货，待取货');
    const code = (await fp.locator('.pickup-code__digits').innerText()).trim();
    expect(code).toMatch(/^\d{6}$/);
    await fullScreenshot(fp, 'drop-story-09-friend-code');

    await sp.locator('.pickup-code-input input').fill(code);
    await sp.locator('.verify-code').click();
    await sp.locator('.code-outcome--ok').getByText(dropsUi.code.done('王小明')).waitFor();
    await fullScreenshot(sp, 'drop-story-10-seller-code-done');

    await fp.reload();
    await statusIs(fp, '已完成');
    expect(await fp.locator('.pickup-code__digits').count()).toBe(0);
    await fullScreenshot(fp, 'drop-story-11-friend-completed');

    expect(pageErrors.flat()).toEqual([]);
  });
});
