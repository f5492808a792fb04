import type { Post, PostPolicyView } from '../../types/post';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { deliverOutbox } from '../../cloud/core/delivery';
import { silentLogger } from '../../cloud/core/runtime/logger';
import { handClock, hostPerFile, usingPostgres } from './helpers/host';

// 2026-11-23 10:00 in Shanghai.
const clock = handClock('2026-11-23T02:00:00Z');
const host = hostPerFile({ clock });

/** A Shanghai wall-clock time as an ISO string with its offset. */
const sh = (local: string) => `${local}:00+08:00`;
let n = 0;

async function seller(policy?: Record<string, unknown>) {
  const owner = `post-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `发圈店${n}` }, owner);
  if (policy) await host.ok('shop', { action: 'update', policy }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6800, stock: 9, story: '老家的核桃' }, owner);
  return { owner, shop, product };
}

const schedule = (owner: string, at: string, extra: Record<string, unknown> = {}) => host.call<Post>('post', { action: 'schedule', at, text: '新核桃到了，皮薄肉香。', ...extra }, owner);

async function tick(at?: string) {
  const res = await fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(at ? { now: at } : {}) });
  return ((await res.json()) as { data: { jobs: { name: string; handled: number }[] } }).data.jobs;
}

async function messagesTo(openId: string) {
  const { messages } = (await (await fetch(`${host.url}/api/dev/outbox`)).json()) as { messages: { kind: string; toOpenId: string; payload: Record<string, unknown> }[] };
  return messages.filter((m) => m.kind === 'subscribeMessage' && m.toOpenId === openId);
}

describe('post.schedule and the posting policy', () => {
  it('accepts a post and counts it in the usage', async () => {
    const { owner, product } = await seller();
    const res = await schedule(owner, sh('2026-11-23T12:00'), { productId: product.id, images: ['/uploads/a.png'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, data: { status: 'scheduled', productId: product.id, reminder: 'pending', violations: [] } });
    const view = await host.ok<PostPolicyView>('post', { action: 'policy' }, owner);
    // planned for later today: it is today's and this week's (the 7 calendar days ending today)
    expect(view.usage).toEqual({ today: 1, last7Days: 1 });
    // 12:00 + 4 h gap = 16:00 Shanghai
    expect(view.nextAllowedAt).toBe('2026-11-23T08:00:00.000Z');
  });

  it('counts posted and planned posts alike, today within the 7 calendar days ending today (Shanghai), cancelled ones not at all', async () => {
    const { owner } = await seller();
    const start = clock.t;
    try {
      clock.t = Date.parse(sh('2026-11-16T10:00'));
      const plan = async (at: string) => host.ok<Post>('post', { action: 'schedule', at: sh(at), text: `计划 ${at}` }, owner);
      const old = await plan('2026-11-16T12:00'); // 7 dates back: last week
      const shared = await plan('2026-11-20T12:00');
      await plan('2026-11-21T12:00'); // never marked: still planned, still counts
      const dropped = await plan('2026-11-22T12:00');
      await plan('2026-11-23T12:00'); // later today
      await plan('2026-11-23T18:00');
      clock.t = Date.parse(sh('2026-11-16T12:05'));
      await host.ok('post', { action: 'markPosted', postId: old.id }, owner);
      clock.t = Date.parse(sh('2026-11-20T12:05'));
      await host.ok('post', { action: 'markPosted', postId: shared.id }, owner);
      await host.ok('post', { action: 'cancel', postId: dropped.id }, owner);
      clock.t = start; // Monday 23 November, 10:00
      const view = await host.ok<PostPolicyView>('post', { action: 'policy' }, owner);
      // 17–23 November: 20th (posted), 21st (planned), 23rd twice (planned later today). Before, the rolling
      // 7 × 24 h ending now said 2 beside today's 2, which the seller read as a contradiction.
      expect(view.usage).toEqual({ today: 2, last7Days: 4 });
    } finally {
      clock.t = start;
    }
  });

  it('refuses a third post on one day with dailyMax, and says when the next is allowed', async () => {
    const { owner } = await seller();
    await host.ok('post', { action: 'schedule', at: sh('2026-11-24T09:00'), text: '第一条' }, owner);
    await host.ok('post', { action: 'schedule', at: sh('2026-11-24T14:00'), text: '第二条' }, owner);
    const third = await schedule(owner, sh('2026-11-24T19:00'));
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'dailyMax', nextAllowedAt: '2026-11-25T00:00:00.000Z' } });
    if (!third.body.ok) expect(third.body.error.message).toContain('11月25日 08:00');
    // scheduling at the time it named works
    expect((await schedule(owner, '2026-11-25T00:00:00.000Z')).status).toBe(200);
  });

  it.each([
    ['quiet hours', sh('2026-11-23T23:30'), 'quietHours', '2026-11-24T00:00:00.000Z'],
    ['quiet hours before dawn', sh('2026-11-24T05:10'), 'quietHours', '2026-11-24T00:00:00.000Z'],
  ])('refuses %s and points at their end', async (_label, at, rule, next) => {
    const { owner } = await seller();
    expect((await schedule(owner, at)).body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule, nextAllowedAt: next } });
  });

  it('keeps the minimum gap on both sides, and a product off the feed for its repeat days', async () => {
    const { owner, product } = await seller();
    await host.ok('post', { action: 'schedule', at: sh('2026-11-26T15:00'), text: '核桃', productId: product.id }, owner);
    // 2 h before a planned post: too close to the later one
    expect((await schedule(owner, sh('2026-11-26T13:00'))).body).toMatchObject({ error: { rule: 'minGap', nextAllowedAt: '2026-11-26T11:00:00.000Z' } });
    // the same product two days later: repeat rule, next allowed 3 × 24 h after
    expect((await schedule(owner, sh('2026-11-28T15:00'), { productId: product.id })).body).toMatchObject({
      error: { rule: 'productRepeat', nextAllowedAt: '2026-11-29T07:00:00.000Z' },
    });
    expect((await schedule(owner, sh('2026-11-28T15:00'))).status).toBe(200);
  });

  it('checks every rolling week the post falls in, including ones that already hold later posts', async () => {
    const { owner } = await seller({ weeklyMax: 3, dailyMax: 1 });
    for (const day of ['2026-12-02', '2026-12-03', '2026-12-04']) await host.ok('post', { action: 'schedule', at: sh(`${day}T10:00`), text: day }, owner);
    // Nov 30 lies in the week Nov 30 – Dec 6 that already holds 3 later posts
    const early = await schedule(owner, sh('2026-11-30T10:00'));
    expect(early.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'weeklyMax' } });
    if (!early.body.ok) expect(Date.parse(String(early.body.error.nextAllowedAt))).toBeGreaterThanOrEqual(Date.parse(sh('2026-12-09T10:00')));
  });

  it('answers BAD_INPUT for a time in the past, too far ahead, or without an offset', async () => {
    const { owner } = await seller();
    expect((await schedule(owner, sh('2026-11-23T09:00'))).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { at: expect.any(String) } } });
    expect((await schedule(owner, sh('2027-01-23T12:00'))).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { at: expect.any(String) } } });
    expect((await schedule(owner, '2026-11-24T12:00:00')).body).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { at: expect.any(String) } } });
    expect((await schedule(owner, sh('2026-11-24T12:00'), { text: '字'.repeat(1001) })).status).toBe(413);
    expect(await host.ok<Post[]>('post', { action: 'list' }, owner)).toEqual([]);
  });
});

describe('cancel, reschedule, mark posted', () => {
  it('a cancelled post frees its slot; a moved post is checked without itself', async () => {
    const { owner } = await seller();
    const a = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-11-27T09:00'), text: 'a' }, owner);
    const b = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-11-27T14:00'), text: 'b' }, owner);
    expect((await schedule(owner, sh('2026-11-27T20:00'))).status).toBe(409);
    expect(await host.ok<Post>('post', { action: 'cancel', postId: a.id }, owner)).toMatchObject({ status: 'cancelled' });
    expect((await schedule(owner, sh('2026-11-27T20:00'))).status).toBe(200);

    const moved = await host.ok<Post>('post', { action: 'reschedule', postId: b.id, at: sh('2026-11-27T15:00') }, owner);
    expect(moved.at).toBe('2026-11-27T07:00:00.000Z');
    const tooClose = await host.call('post', { action: 'reschedule', postId: b.id, at: sh('2026-11-27T19:00') }, owner);
    expect(tooClose.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'minGap' } });
    // marked when it is due (tests/integration/posting-hardening.test.ts has the rules of marking)
    const start = clock.t;
    clock.t = Date.parse(sh('2026-11-27T15:00'));
    try {
      expect(await host.ok<Post>('post', { action: 'markPosted', postId: b.id }, owner)).toMatchObject({ status: 'posted', postedAt: '2026-11-27T07:00:00.000Z' });
      expect((await host.call('post', { action: 'cancel', postId: b.id }, owner)).body).toMatchObject({ error: { code: 'CONFLICT' } });
    } finally {
      clock.t = start;
    }
  });

  it('a tightened policy cancels nothing but flags the posts that no longer fit', async () => {
    const { owner } = await seller();
    await host.ok('post', { action: 'schedule', at: sh('2026-12-01T09:00'), text: 'a' }, owner);
    await host.ok('post', { action: 'schedule', at: sh('2026-12-01T13:30'), text: 'b' }, owner);
    await host.ok('shop', { action: 'update', policy: { dailyMax: 1, minGapMinutes: 600 } }, owner);
    const posts = await host.ok<Post[]>('post', { action: 'list' }, owner);
    expect(posts.map((p) => p.status)).toEqual(['scheduled', 'scheduled']);
    expect(posts.every((p) => p.violations.includes('dailyMax') && p.violations.includes('minGap'))).toBe(true);
  });

  it('keeps each shop’s plans to itself', async () => {
    const a = await seller();
    const b = await seller();
    const post = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-11-29T10:00'), text: 'a' }, a.owner);
    for (const action of ['cancel', 'markPosted']) expect((await host.call('post', { action, postId: post.id }, b.owner)).status).toBe(404);
    expect((await host.call('post', { action: 'reschedule', postId: post.id, at: sh('2026-11-30T10:00') }, b.owner)).status).toBe(404);
    expect((await host.call('post', { action: 'list' }, 'no-shop-person')).status).toBe(403);
    expect((await host.call('post', { action: 'schedule', at: sh('2026-11-30T10:00'), text: 'x' })).status).toBe(401);
    expect((await host.call('post', { action: 'schedule', at: sh('2026-11-30T10:00'), text: 'x', productId: b.product.id }, a.owner)).status).toBe(404);
  });
});

describe('under a race', () => {
  it(`50 racing schedules for one seller never exceed a rule (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const { owner } = await seller();
    // 50 candidate times over two days, many of them too close to each other
    const times = Array.from({ length: 50 }, (_, i) => new Date(Date.parse(sh('2026-12-10T08:00')) + (i % 25) * 30 * 60_000 + Math.floor(i / 25) * 86_400_000).toISOString());
    const results = await Promise.all(times.map((at, i) => schedule(owner, at, { text: `抢 ${i}` })));
    expect(results.every((r) => r.status === 200 || (r.body.ok === false && r.body.error.code === 'POSTING_LIMIT'))).toBe(true);
    const posts = (await host.ok<Post[]>('post', { action: 'list' }, owner)).filter((p) => p.status === 'scheduled');
    const ts = posts.map((p) => Date.parse(p.at)).sort((x, y) => x - y);
    for (let i = 1; i < ts.length; i++) expect(ts[i] - ts[i - 1]).toBeGreaterThanOrEqual(240 * 60_000);
    const perDay = new Map<string, number>();
    for (const t of ts) {
      const day = new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect([...perDay.values()].every((c) => c <= 2)).toBe(true);
    expect(ts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reminders at the time', () => {
  it('one consent sends one message; without consent the due post shows in the app; never twice', async () => {
    const { owner } = await seller();
    const first = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-12-15T09:00'), text: '第一条' }, owner);
    const second = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-12-15T14:00'), text: '第二条' }, owner);
    expect(await host.ok('post', { action: 'consent', accepted: true }, owner)).toEqual({ template: 'post_reminder', remaining: 1 });
    expect(await host.ok('post', { action: 'consent', accepted: false }, owner)).toEqual({ template: 'post_reminder', remaining: 1 });

    // two overlapping timers at 09:01
    await Promise.all([tick(sh('2026-12-15T09:01')), tick(sh('2026-12-15T09:01'))]);
    let posts = await host.ok<Post[]>('post', { action: 'list', from: sh('2026-12-15T00:00'), to: sh('2026-12-16T00:00') }, owner);
    expect(posts.find((p) => p.id === first.id)?.reminder).toBe('sent');
    expect(posts.find((p) => p.id === second.id)?.reminder).toBe('pending');
    expect((await messagesTo(owner)).filter((m) => m.payload.postId === first.id)).toHaveLength(1);

    // the consent is used up: the second one shows in the app instead
    await tick(sh('2026-12-15T14:05'));
    await tick(sh('2026-12-15T14:06'));
    posts = await host.ok<Post[]>('post', { action: 'list', from: sh('2026-12-15T00:00'), to: sh('2026-12-16T00:00') }, owner);
    expect(posts.find((p) => p.id === second.id)).toMatchObject({ reminder: 'in_app', status: 'scheduled' });
    expect((await messagesTo(owner)).filter((m) => m.payload.postId === second.id)).toHaveLength(0);
  });

  it('tells following friends about a shop update, each with their own consent; muted friends hear nothing', async () => {
    const { owner, shop } = await seller();
    for (const [who, state] of [['fan-1', 'following'], ['fan-2', 'following'], ['quiet-1', 'muted']] as const) {
      await host.ok('shop', { action: 'follow', shopId: shop.id, state }, who);
      await host.ok('post', { action: 'consent', accepted: true, template: 'shop_update' }, who);
    }
    await host.ok('shop', { action: 'follow', shopId: shop.id, state: 'none' }, 'fan-2');
    expect(await host.ok('shop', { action: 'followState', shopId: shop.id }, 'fan-1')).toEqual({ shopId: shop.id, state: 'following' });
    expect(await host.ok('shop', { action: 'followState', shopId: shop.id }, 'fan-2')).toEqual({ shopId: shop.id, state: 'none' });
    expect(await host.ok('shop', { action: 'followState', shopId: shop.id }, 'quiet-1')).toEqual({ shopId: shop.id, state: 'muted' });
    expect(await host.ok('shop', { action: 'followers' }, owner)).toEqual({ following: 1, muted: 1 });
    await host.ok('post', { action: 'schedule', at: sh('2026-12-20T10:00'), text: '新蜂蜜到了', notifyFollowers: true }, owner);
    await tick(sh('2026-12-20T10:01'));
    expect((await messagesTo('fan-1')).filter((m) => m.payload.message === 'shop_update')).toHaveLength(1);
    expect(await messagesTo('fan-2')).toHaveLength(0);
    expect(await messagesTo('quiet-1')).toHaveLength(0);
  });
});

describe('outbox delivery', () => {
  it('sends each message at most once: a clean failure is retried, a claim that died is not resent', async () => {
    await host.db.query(`UPDATE outbox SET delivered_at = now() WHERE delivered_at IS NULL`);
    await host.db.query(`INSERT INTO outbox (kind, to_openid, payload, created_at) VALUES ('subscribeMessage', 'x', '{"n":1}', now()), ('subscribeMessage', 'y', '{"n":2}', now())`);
    const sent: string[] = [];
    let failY = true;
    const sender = {
      name: 'test',
      async send(m: { toOpenId: string | null }) {
        if (m.toOpenId === 'y' && failY) throw new Error('WeChat busy');
        sent.push(String(m.toOpenId));
      },
    };
    const deps = { db: host.db, log: silentLogger, sender };
    expect(await deliverOutbox(deps, new Date())).toBe(1);
    failY = false;
    expect(await deliverOutbox(deps, new Date())).toBe(1);
    expect(await deliverOutbox(deps, new Date())).toBe(0);
    expect(sent).toEqual(['x', 'y']);

    // a timer that claimed a message and died before sending it: the message stays unsent, never doubled
    await host.db.query(`INSERT INTO outbox (kind, to_openid, payload, created_at, claimed_at, attempts) VALUES ('subscribeMessage', 'z', '{}', now(), now(), 1)`);
    expect(await deliverOutbox(deps, new Date())).toBe(0);
    expect(sent).toEqual(['x', 'y']);
  });
});

describe('posts about a product that sells out', () => {
  it('pause while the product is sold out or archived, and resume when it is back if the policy allows', async () => {
    const { owner, product } = await seller();
    const post = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-12-05T10:00'), text: '核桃', productId: product.id }, owner);
    await host.ok('catalog', { action: 'update', productId: product.id, stock: 0 }, owner);
    await tick();
    const listed = async () => (await host.ok<Post[]>('post', { action: 'list' }, owner)).find((p) => p.id === post.id)!;
    expect(await listed()).toMatchObject({ status: 'scheduled', paused: 'sold_out' });
    // a paused post does not hold its slot
    const other = await host.ok<Post>('post', { action: 'schedule', at: sh('2026-12-05T12:00'), text: '蜂蜜' }, owner);

    await host.ok('catalog', { action: 'update', productId: product.id, stock: 5 }, owner);
    await tick();
    // back in stock, but 10:00 is now within 4 h of the 12:00 post: it stays on hold, for the policy
    expect(await listed()).toMatchObject({ paused: 'policy' });
    await host.ok('post', { action: 'cancel', postId: other.id }, owner);
    await tick();
    expect(await listed()).toMatchObject({ paused: null, violations: [] });

    await host.ok('catalog', { action: 'archive', productId: product.id }, owner);
    await tick();
    expect(await listed()).toMatchObject({ paused: 'archived' });
  });
});

describe('share material', () => {
  it('makes the poster’s code: a QR of the product link locally, with a scene of at most 32 characters', async () => {
    const { owner, product, shop } = await seller();
    const code = await host.ok<{ kind: string; image: string; page: string; scene: string }>('post', { action: 'shareCode', productId: product.id }, owner);
    expect(code).toMatchObject({ kind: 'qr', page: 'pages/product/index', scene: `p=${product.id}` });
    expect(code.scene.length).toBeLessThanOrEqual(32);
    const png = Buffer.from(code.image.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await host.ok<{ scene: string }>('post', { action: 'shareCode' }, owner)).scene).toBe(`s=${shop.id}`);
    const other = await seller();
    expect((await host.call('post', { action: 'shareCode', productId: product.id }, other.owner)).status).toBe(404);
  });
});
