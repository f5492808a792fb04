import type { Page } from 'playwright-core';
import type { Post } from '../../types/post';
import type { ShopWithProducts } from '../../types/shop';
import { appPerFile, fullScreenshot, phonePage, screenshot } from './browser';

/** The host's clock: real time, moved forward by `offset` when the test says so. */
const clock = {
  offset: 0,
  now() {
    return new Date(Date.now() + this.offset);
  },
};

const { host, browser } = appPerFile({ clock });

const SELLER = 'seller-demo';
const DAY = 86_400_000;

/** A Shanghai calendar date ("2026-11-24") `days` after today, and "M月D日". */
function shanghaiDate(days: number): { iso: string; label: string } {
  const d = new Date(Date.now() + 8 * 3_600_000 + days * DAY);
  const iso = d.toISOString().slice(0, 10);
  return { iso, label: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日` };
}


async function openComposer(page: Page) {
  await page.goto(`${host.url}/?as=${SELLER}#/seller/posts/compose/index`);
  await page.locator('.composer .product-choice').nth(1).waitFor();
}

/** Picks the product (by title), tomorrow and a time; the slot must be allowed. */
async function fill(page: Page, title: string, time: string) {
  await page.locator('.product-choice').filter({ hasText: title }).click();
  await page.waitForFunction((t) => (document.querySelector('.field--text textarea') as HTMLTextAreaElement | null)?.value.includes(t) ?? false, title);
  await page.locator('.day-tab--1').click();
  const slot = page.locator(`.slot--${time.replace(':', '')}`);
  await slot.waitFor();
  expect(await slot.getAttribute('class')).not.toContain('slot--forbidden');
  await slot.click();
  await page.locator(`.slot--${time.replace(':', '')}.slot--chosen`).waitFor();
}

async function planned(): Promise<Post[]> {
  return host.ok<Post[]>('post', { action: 'list' }, SELLER);
}

describe('the post scheduler in the browser', () => {
  it('plans two posts for tomorrow, is refused a third with the reason and a suggested time, accepts it, and marks the first posted when it is due', async () => {
    const demo = await host.ok<ShopWithProducts>('shop', { action: 'get', shopId: host.demoShopId });
    const [walnut, honey] = [...demo.products].sort((a, b) => a.position - b.position);
    const tomorrow = shanghaiDate(1);
    const dayAfter = shanghaiDate(2);

    // The console shows the entry with today's usage.
    const seller = await phonePage(browser);
    const page = seller.page;
    await page.goto(`${host.url}/?as=${SELLER}#/seller/console/index`);
    await page.locator('.posts-link .posts-usage').getByText('今天已安排 0 / 2 条', { exact: false }).waitFor();
    await page.locator('.posts-link').click();
    await page.locator('.posts-page .quota-card').waitFor(); // the console (still in the DOM, hidden) has a quota card too
    await page.locator('.new-post').click();

    // First post: the walnuts, tomorrow 10:00; the text is pre-filled from the product.
    await page.locator('.composer .product-choice').nth(1).waitFor();
    await fill(page, walnut.title, '10:00');
    const text = await page.locator('.field--text textarea').inputValue();
    expect(text).toContain(`【${walnut.title}】¥${walnut.priceFen / 100}.00`);
    expect(text).toContain(walnut.story.slice(0, 10));
    expect(await page.locator('.slot--0700').getAttribute('class')).toContain('slot--forbidden'); // quiet hours
    // a grey slot, tapped, says why and when instead: under its row, the chosen 10:00 kept
    await page.locator('.slot--0700').click();
    const reason = page.locator('.slot-reason');
    await reason.waitFor();
    expect(await reason.locator('.slot-reason__message').innerText()).toBe(`22:00–08:00是免打扰时段，不打扰朋友休息。最早可以在 ${tomorrow.label} 08:00 发。`);
    expect(await reason.locator('.slot-reason__next').innerText()).toBe(`改到 ${tomorrow.label} 08:00`);
    expect(await page.locator('.slot--1000.slot--chosen').count()).toBe(1);
    await fullScreenshot(page, 'post-composer');
    await page.locator('.schedule-post').click();
    await page.locator('.posts-page .quota-card').waitFor();
    await page.locator('.upcoming-posts .post-card').first().waitFor();

    // A second composer opened now (another phone) still thinks tomorrow has room for two more.
    const other = await phonePage(browser);
    await openComposer(other.page);

    // Second post: the honey, tomorrow 15:00 (the 4 h gap around 10:00 is grey).
    await openComposer(page);
    await page.locator('.day-tab--1').click();
    await page.locator('.slot--1200').waitFor();
    expect(await page.locator('.slot--1200').getAttribute('class')).toContain('slot--forbidden');
    await fill(page, honey.title, '15:00');
    await page.locator('.schedule-post').click();
    await page.locator('.posts-page .quota-card').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.upcoming-posts .post-card').length === 2);
    expect((await planned()).filter((p) => p.status === 'scheduled')).toHaveLength(2);

    // Third: from the stale composer, tomorrow 20:00 → refused (2 a day), with the reason and the suggested time.
    const op = other.page;
    await op.locator('.product-choice--none').click();
    await op.locator('.field--text textarea').fill('周末在家炒核桃，满屋子香。');
    await op.locator('.day-tab--1').click();
    await op.locator('.slot--2000').click();
    await op.locator('.slot--2000.slot--chosen').waitFor();
    await op.locator('.schedule-post').click();
    const refusal = op.locator('.posting-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe(`这一天已经排了 2 条朋友圈，每天最多 2 条。最早可以在 ${dayAfter.label} 08:00 发。`);
    expect(await op.locator('.schedule-at-next').innerText()).toBe(`改在 ${dayAfter.label} 08:00 发`);
    // the composer asked again: tomorrow is now grey all day
    await op.waitForFunction(() => document.querySelectorAll('.slot-grid .slot:not(.slot--forbidden)').length === 0);
    // where the seller looks: under the chosen time, scrolled into the phone's screen, with the only red button
    expect(await op.locator('.field--time .refusal').count()).toBe(1);
    expect(await op.locator('.schedule-post').count()).toBe(0);
    await op.waitForFunction(() => {
      const box = document.querySelector('#posting-refusal')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight - 100;
    });
    await screenshot(op, 'post-refused-viewport');
    await fullScreenshot(op, 'post-refused');
    await op.locator('.schedule-at-next').click();
    await op.locator('.posts-page .quota-card').waitFor();
    const after = await planned();
    const third = after.find((p) => p.text === '周末在家炒核桃，满屋子香。');
    expect(third).toMatchObject({ status: 'scheduled', at: new Date(`${dayAfter.iso}T08:00:00+08:00`).toISOString() });

    // The calendar: tomorrow's column holds two chips.
    await page.reload();
    await page.locator('.week-calendar').waitFor();
    const first = after.find((p) => p.productId === walnut.id) as Post;
    expect(first.at).toBe(new Date(`${tomorrow.iso}T10:00:00+08:00`).toISOString());

    // The first post's time comes: the host's clock moves there and the timer runs once.
    clock.offset = Date.parse(first.at) + 60_000 - Date.now();
    const tick = await fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: clock.now().toISOString() }) });
    expect(tick.status).toBe(200);
    // No consent in the browser: no subscription message, the post is due in the app instead.
    const outbox = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: { kind: string; toOpenId: string }[] };
    expect(outbox.messages.filter((m) => m.kind === 'subscribeMessage' && m.toOpenId === SELLER)).toEqual([]);
    expect((await planned()).find((p) => p.id === first.id)).toMatchObject({ reminder: 'in_app', status: 'scheduled' });

    // The phone's clock too (the app reads "today" and "due" from it).
    await page.clock.setFixedTime(clock.now());
    await page.reload();
    const due = page.locator('.due-posts .post-card');
    await due.first().waitFor();
    expect(await due.count()).toBe(1);
    expect(await due.first().locator('.reminder-in-app').count()).toBe(1);
    expect(await page.locator('.week-day--today .post-chip--due').count()).toBe(1);
    // the counters count one thing: tomorrow's (now today's) two posts are today's and the last 7 days'
    await page.getByText('今天已安排 2 / 2 条').waitFor();
    await page.getByText('近 7 天（含今天）已安排 2 / 6 条').waitFor();
    expect(await page.locator('.health-week--0 .health-week__count').innerText()).toBe('2 / 6');
    await fullScreenshot(page, 'post-calendar');

    // 改时间 opens on the post's own day (the third post, the day after)
    const thirdCard = page.locator('.upcoming-posts .post-card').filter({ hasText: '周末在家炒核桃' });
    await thirdCard.locator('.post-action--reschedule').click();
    await thirdCard.locator('.day-tab--active').waitFor();
    expect(await thirdCard.locator('.day-tab--active .day-tab__date').innerText()).toBe(dayAfter.label);
    await thirdCard.locator('.post-action--reschedule').click();
    // the cancel dialog names both buttons; 再想想 keeps the post
    await thirdCard.locator('.post-action--cancel').click();
    await page.getByText('取消这条', { exact: true }).waitFor();
    await page.getByText('再想想', { exact: true }).click();
    await page.waitForTimeout(300);
    expect((await planned()).find((p) => p.text === '周末在家炒核桃，满屋子香。')).toMatchObject({ status: 'scheduled' });

    // Share material: the text and a poster, then "我已发出".
    await due.first().locator('.post-action--share').click();
    await page.locator('.share-text').waitFor();
    expect(await page.locator('.share-text').innerText()).toContain(walnut.title);
    await page.locator('.poster-image').waitFor();
    const src = await page.locator('.poster-image img').first().getAttribute('src');
    expect(src?.startsWith('data:image/png')).toBe(true);
    await fullScreenshot(page, 'post-share');
    await page.locator('.mark-posted').click();
    await page.getByText('已记为发出，辛苦啦').waitFor();
    expect((await planned()).find((p) => p.id === first.id)).toMatchObject({ status: 'posted' });

    await page.locator('.back-to-plan').click();
    await page.locator('.posted-posts .post-card').first().waitFor();
    expect(await page.locator('.due-posts').count()).toBe(0);

    // The product page: the owner sees "发朋友圈"; a friend does not.
    await page.goto(`${host.url}/?as=${SELLER}#/pages/product/index?productId=${honey.id}`);
    await page.locator('.post-now-button').waitFor();
    const friend = await phonePage(browser);
    await friend.page.goto(`${host.url}/#/pages/product/index?productId=${honey.id}`);
    await friend.page.locator('.product-summary__title').waitFor();
    await friend.page.waitForTimeout(500);
    expect(await friend.page.locator('.post-now-button').count()).toBe(0);

    expect(seller.errors).toEqual([]);
    expect(other.errors).toEqual([]);
    expect(friend.errors).toEqual([]);
  });
});
