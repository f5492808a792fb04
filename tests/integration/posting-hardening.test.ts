/**
 * The posting loopholes of issue 12 (items 4 and 7), end to end on a real database: a post counts when it
 * was posted, only a due post can be marked posted, marking is itself checked against the policy, a paused
 * post cannot be marked, and quiet hours and calendar days hold in Beijing time whatever zone the shop names.
 */
import type { Post, PostPolicyView } from '../../types/post';
import type { Product } from '../../types/product';
import type { Shop } from '../../types/shop';
import { hostPerFile } from './helpers/host';

// 2026-11-23 10:00 in Shanghai.
const START = Date.parse('2026-11-23T02:00:00Z');
const clock = { t: START, now() { return new Date(this.t); } };
const host = hostPerFile({ clock });
afterEach(() => {
  clock.t = START;
});

const sh = (local: string) => `${local}:00+08:00`;
const setClock = (local: string) => {
  clock.t = Date.parse(sh(local));
};
let n = 0;

async function seller(policy?: Record<string, unknown>) {
  const owner = `harden-seller-${++n}`;
  const shop = await host.ok<Shop>('shop', { action: 'open', name: `加固店${n}` }, owner);
  if (policy) await host.ok('shop', { action: 'update', policy }, owner);
  const product = await host.ok<Product>('catalog', { action: 'create', title: '核桃', priceFen: 6800, stock: 9, story: '老家的核桃' }, owner);
  return { owner, shop, product };
}

const plan = (owner: string, at: string, extra: Record<string, unknown> = {}) => host.ok<Post>('post', { action: 'schedule', at, text: '新核桃到了', ...extra }, owner);
const mark = (owner: string, postId: string) => host.call<Post>('post', { action: 'markPosted', postId }, owner);
const tick = async () => {
  await fetch(`${host.url}/api/dev/timer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
};
const listAll = (owner: string) => host.ok<Post[]>('post', { action: 'list', from: sh('2026-11-01T00:00'), to: sh('2027-01-20T00:00') }, owner);

describe('post.markPosted', () => {
  it('refuses a post paused because its product sold out (it would be posted yet never count)', async () => {
    const { owner, product } = await seller();
    const paused = await plan(owner, sh('2026-11-23T14:00'), { productId: product.id });
    await host.ok('catalog', { action: 'update', productId: product.id, stock: 0 }, owner);
    await tick();
    // its slot is free while it is paused: two other posts fill the day
    await plan(owner, sh('2026-11-23T14:00'), { text: '蜂蜜' });
    await plan(owner, sh('2026-11-23T18:00'), { text: '茶' });
    setClock('2026-11-23T14:00');
    const res = await mark(owner, paused.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!res.body.ok) expect(res.body.error.message).toContain('暂停');
    const after = (await listAll(owner)).find((p) => p.id === paused.id);
    expect(after).toMatchObject({ status: 'scheduled', paused: 'sold_out', postedAt: null });
    // the day holds two counted posts, never three
    expect((await listAll(owner)).filter((p) => p.status !== 'cancelled' && !p.paused)).toHaveLength(2);
  });

  it('a posted post can never be on hold, even written directly (migration 014)', async () => {
    const { owner } = await seller();
    const post = await plan(owner, sh('2026-11-23T10:20'));
    expect((await mark(owner, post.id)).status).toBe(200);
    await expect(host.db.query(`UPDATE posts SET paused_reason = 'sold_out' WHERE id = $1`, [post.id])).rejects.toThrow(/posts_posted_not_paused/);
  });

  it('refuses a post that is not due yet, says from when it can be marked, and changes nothing', async () => {
    const { owner } = await seller();
    const far = await plan(owner, sh('2027-01-03T10:00'));
    const soon = await plan(owner, sh('2026-11-23T14:00'));
    for (const post of [far, soon]) {
      const res = await mark(owner, post.id);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', markableFrom: new Date(Date.parse(post.at) - 30 * 60_000).toISOString() } });
    }
    const refused = await mark(owner, soon.id);
    if (!refused.body.ok) expect(refused.body.error.message).toContain('11月23日 13:30');
    expect((await listAll(owner)).map((p) => [p.status, p.postedAt])).toEqual([
      ['scheduled', null],
      ['scheduled', null],
    ]);
  });

  it('an early mark (up to 30 minutes before) counts at the moment it was marked', async () => {
    const { owner } = await seller();
    const post = await plan(owner, sh('2026-11-23T10:20'));
    const res = await mark(owner, post.id);
    expect(res.body).toMatchObject({ ok: true, data: { status: 'posted', postedAt: '2026-11-23T02:00:00.000Z' } });
    // counted at 10:00, not 10:20: the next post may go 4 h after 10:00
    const view = await host.ok<PostPolicyView>('post', { action: 'policy' }, owner);
    expect(view.nextAllowedAt).toBe('2026-11-23T06:00:00.000Z');
  });

  it('a late mark keeps counting at the planned time (the reminder came then)', async () => {
    const { owner } = await seller();
    const post = await plan(owner, sh('2026-11-23T11:00'));
    setClock('2026-11-23T12:30');
    const res = await mark(owner, post.id);
    expect(res.body).toMatchObject({ ok: true, data: { status: 'posted', postedAt: '2026-11-23T04:30:00.000Z' } });
    const view = await host.ok<PostPolicyView>('post', { action: 'policy' }, owner);
    expect(view.nextAllowedAt).toBe('2026-11-23T07:00:00.000Z');
  });

  it('is checked against the policy when it happens: a post flagged by a tightened policy cannot be marked', async () => {
    const { owner } = await seller();
    const first = await plan(owner, sh('2026-11-23T10:20'));
    const second = await plan(owner, sh('2026-11-23T14:30'));
    expect((await mark(owner, first.id)).status).toBe(200);
    await host.ok('shop', { action: 'update', policy: { minGapMinutes: 300 } }, owner);
    expect((await listAll(owner)).find((p) => p.id === second.id)?.violations).toEqual(['minGap']);
    setClock('2026-11-23T14:30');
    const res = await mark(owner, second.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'minGap' } });
    expect((await listAll(owner)).find((p) => p.id === second.id)).toMatchObject({ status: 'scheduled', postedAt: null });
  });

  it('an early mark inside quiet hours is refused until they end', async () => {
    const { owner } = await seller();
    const post = await plan(owner, sh('2026-11-24T08:10'));
    setClock('2026-11-24T07:50');
    const res = await mark(owner, post.id);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'quietHours', nextAllowedAt: '2026-11-24T00:00:00.000Z' } });
    setClock('2026-11-24T08:00');
    expect((await mark(owner, post.id)).status).toBe(200);
  });
});

describe('under a race', () => {
  it('an early mark racing schedules near it never leaves two counted posts closer than the gap', async () => {
    const { owner } = await seller();
    const post = await plan(owner, sh('2026-11-23T10:25'));
    // accepted only if the mark (which moves the post to 10:00) commits first: 14:05 is 4 h 5 min after 10:00
    const racers = ['14:05', '14:10', '14:15', '14:20'].map((t) => host.call<Post>('post', { action: 'schedule', at: sh(`2026-11-23T${t}`), text: t }, owner));
    const [marked, ...scheduled] = await Promise.all([mark(owner, post.id), ...racers]);
    expect(marked.status).toBe(200);
    expect(scheduled.every((r) => r.status === 200 || (r.body.ok === false && r.body.error.code === 'POSTING_LIMIT'))).toBe(true);
    const counted = (await listAll(owner))
      .filter((p) => p.status === 'posted' || (p.status === 'scheduled' && !p.paused))
      .map((p) => Math.min(Date.parse(p.at), Date.parse(p.postedAt ?? p.at)))
      .sort((a, b) => a - b);
    for (let i = 1; i < counted.length; i++) expect(counted[i] - counted[i - 1]).toBeGreaterThanOrEqual(240 * 60_000);
  });
});

describe('the shop’s time zone', () => {
  it('calling Shanghai “Los Angeles” does not open Beijing’s night: quiet hours also hold in Beijing time', async () => {
    const { owner } = await seller({ timeZone: 'America/Los_Angeles' });
    // 03:00 in Beijing is 11:00 the day before in Los Angeles
    const night = await host.call('post', { action: 'schedule', at: sh('2026-11-24T03:00'), text: '半夜发' }, owner);
    expect(night.body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'quietHours', nextAllowedAt: '2026-11-24T00:00:00.000Z' } });
    // a time that is day in both zones is fine: 08:30 Beijing = 16:30 Los Angeles
    expect(await plan(owner, sh('2026-11-24T08:30'))).toMatchObject({ status: 'scheduled' });
  });

  it('a zone change re-checks planned posts and flags those that now break a rule', async () => {
    const { owner } = await seller();
    const evening = await plan(owner, sh('2026-11-24T20:00'));
    const morning = await plan(owner, sh('2026-11-25T09:00'));
    await host.ok('shop', { action: 'update', policy: { timeZone: 'America/Los_Angeles' } }, owner);
    const posts = await listAll(owner);
    // 20:00 Beijing is 04:00 in Los Angeles: quiet there; 09:00 Beijing is 17:00 there
    expect(posts.find((p) => p.id === evening.id)).toMatchObject({ status: 'scheduled', violations: ['quietHours'] });
    expect(posts.find((p) => p.id === morning.id)).toMatchObject({ violations: [] });
    setClock('2026-11-24T20:00');
    expect((await mark(owner, evening.id)).body).toMatchObject({ ok: false, error: { code: 'POSTING_LIMIT', rule: 'quietHours' } });
  });
});
