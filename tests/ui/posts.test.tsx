import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import ComposePage from '../../src/seller/posts/compose';
import PostsPage from '../../src/seller/posts';
import { ApiError, callFunction } from '../../src/api';
import { countedFrom, draftFromProduct, feedHealth, groupPosts, isDueNow, pickerSlots } from '../../src/features/posts';
import { postingUsage } from '../../types/rules/posting';
import { postingClosed } from '../../src/features/posts/product';
import type { Post, PostPolicyView } from '../../types/post';
import { DEFAULT_POLICY } from '../../types/shop';
import { postsUi } from '../../types/zh-CN/posts-ui';
import { aProduct } from './fixtures';

jest.mock('../../src/api', () => {
  const envelope = jest.requireActual<typeof import('../../src/api/envelope')>('../../src/api/envelope');
  return { ...envelope, callFunction: jest.fn() };
});

const call = callFunction as jest.MockedFunction<typeof callFunction>;

// Monday 2026-11-23 10:00 in Shanghai.
const NOW = Date.parse('2026-11-23T02:00:00Z');
const sh = (local: string) => new Date(`${local}:00+08:00`).toISOString();

function aPost(overrides: Partial<Post> = {}): Post {
  return {
    id: 'm-1',
    shopId: 'shop-1',
    at: sh('2026-11-24T09:00'),
    text: '新核桃到了',
    productId: null,
    images: [],
    status: 'scheduled',
    notifyFollowers: false,
    paused: null,
    reminder: 'pending',
    remindedAt: null,
    postedAt: null,
    createdAt: sh('2026-11-20T10:00'),
    violations: [],
    ...overrides,
  };
}

function aView(overrides: Partial<PostPolicyView> = {}): PostPolicyView {
  return { policy: DEFAULT_POLICY, usage: { today: 0, last7Days: 0 }, nextAllowedAt: new Date(NOW + 60_000).toISOString(), ...overrides };
}

const honey = aProduct({ id: 'p-honey', title: '秦岭土蜂蜜 500g', priceFen: 5800, story: '舅舅在柞水养了四十多箱中华蜂。', images: ['/demo/honey.svg'] });

/** The backend, by function and action; `schedule` is the test's own. */
function backend(posts: Post[], schedule: (params: Record<string, unknown>) => Promise<unknown>) {
  call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
    const key = `${fn}.${action}`;
    if (key === 'post.policy') return Promise.resolve(aView());
    if (key === 'post.list') return Promise.resolve(posts);
    if (key === 'catalog.listMine') return Promise.resolve({ active: [honey], archived: [], productCap: 30 });
    if (key === 'post.schedule') return schedule(params);
    if (key === 'post.consent') return Promise.resolve({ template: 'post_reminder', remaining: 1 });
    return Promise.reject(new ApiError('NOT_FOUND', '没有'));
  }) as unknown as typeof callFunction);
}

function openCompose(params: Record<string, string> = {}) {
  Current.router = { params, path: '/seller/posts/compose/index', $taroPath: 'seller/posts/compose/index', onReady: '', onHide: '', onShow: '' };
  return render(<ComposePage />);
}

let nowSpy: jest.SpyInstance;
beforeEach(() => {
  call.mockReset();
  nowSpy = jest.spyOn(Date, 'now').mockReturnValue(NOW);
});
afterEach(() => {
  nowSpy.mockRestore();
  process.env.TARO_ENV = 'h5';
});

async function pickTomorrowAt(container: HTMLElement, time: string) {
  fireEvent.click(container.querySelector('.day-tab--1') as Element);
  const slot = await waitFor(() => {
    const el = container.querySelector(`.slot--${time.replace(':', '')}`);
    expect(el).not.toBeNull();
    return el as Element;
  });
  fireEvent.click(slot);
  await waitFor(() => expect(container.querySelector(`.slot--${time.replace(':', '')}`)?.className).toContain('slot--chosen'));
}

describe('the composer', () => {
  it('pre-fills the text from the product’s title, price and story', async () => {
    backend([], () => Promise.reject(new Error('not expected')));
    const { container } = openCompose({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    const expected = '【秦岭土蜂蜜 500g】¥58.00\n舅舅在柞水养了四十多箱中华蜂。';
    expect(draftFromProduct(honey)).toBe(expected);
    await waitFor(() => expect(container.querySelector('.field--text taro-textarea-core')?.getAttribute('value')).toBe(expected));
    expect(container.querySelector('.product-choice--active')?.textContent).toContain('秦岭土蜂蜜 500g');
  });

  it('greys out the slots the policy forbids (quiet hours, the gap around a planned post) and lets none of them be chosen', async () => {
    backend([aPost({ at: sh('2026-11-24T09:00') })], () => Promise.reject(new Error('not expected')));
    const { container } = openCompose();
    await screen.findByText(postsUi.composer.noProduct);
    fireEvent.click(container.querySelector('.day-tab--1') as Element);
    await waitFor(() => expect(container.querySelector('.slot--1300')).not.toBeNull());
    const forbidden = (t: string) => container.querySelector(`.slot--${t}`)?.classList.contains('slot--forbidden');
    expect(forbidden('0700')).toBe(true); // quiet hours
    expect(forbidden('1100')).toBe(true); // within 4 h of 09:00
    expect(forbidden('1230')).toBe(true);
    expect(forbidden('1300')).toBe(false); // exactly 4 h later
    expect(forbidden('2130')).toBe(false);
    expect(forbidden('2200')).toBe(true);
    fireEvent.click(container.querySelector('.slot--1100') as Element);
    expect(container.querySelector('.slot--chosen')).toBeNull();
  });

  it('on POSTING_LIMIT shows the backend’s reason and schedules at nextAllowedAt in one tap', async () => {
    const next = sh('2026-11-25T08:00');
    const schedule = jest
      .fn<Promise<unknown>, [Record<string, unknown>]>()
      .mockRejectedValueOnce(new ApiError('POSTING_LIMIT', '这一天已经排了 2 条朋友圈，每天最多 2 条。最早可以在 11月25日 08:00 发。', { rule: 'dailyMax', nextAllowedAt: next }))
      .mockImplementation((params) => Promise.resolve(aPost({ id: 'm-9', at: String(params.at) })));
    backend([], schedule);
    const navigate = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    const { container } = openCompose({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    await pickTomorrowAt(container, '19:00');
    fireEvent.click(container.querySelector('.schedule-post') as Element);

    expect(await screen.findByText('这一天已经排了 2 条朋友圈，每天最多 2 条。最早可以在 11月25日 08:00 发。')).toBeTruthy();
    expect(schedule).toHaveBeenCalledWith(expect.objectContaining({ at: sh('2026-11-24T19:00'), productId: 'p-honey', images: ['/demo/honey.svg'] }));
    const accept = container.querySelector('.schedule-at-next') as Element;
    expect(accept.textContent).toBe('改在 11月25日 08:00 发');
    fireEvent.click(accept);
    await waitFor(() => expect(schedule).toHaveBeenCalledTimes(2));
    expect(schedule).toHaveBeenLastCalledWith(expect.objectContaining({ at: next, productId: 'p-honey' }));
    navigate.mockRestore();
  });

  it('in WeChat asks for the reminder synchronously inside the tap, then reports the answer with shop.consent', async () => {
    let release: (post: Post) => void = () => undefined;
    const schedule = jest.fn(() => new Promise<unknown>((resolve) => (release = resolve)));
    backend([], schedule);
    const { container } = openCompose({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    await pickTomorrowAt(container, '19:00');

    process.env.TARO_ENV = 'weapp';
    process.env.WX_TEMPLATES = JSON.stringify({ post_reminder: 'tmpl-post-reminder' }); // the build's setting
    const order: string[] = [];
    const ask = jest.fn(() => {
      order.push('requestSubscribeMessage');
      return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-post-reminder': 'accept' });
    });
    const original = (Taro as unknown as Record<string, unknown>).requestSubscribeMessage;
    (Taro as unknown as Record<string, unknown>).requestSubscribeMessage = ask;
    schedule.mockImplementation(() => {
      order.push('post.schedule');
      return new Promise<unknown>((resolve) => (release = resolve));
    });

    fireEvent.click(container.querySelector('.schedule-post') as Element);
    // Called during the tap itself, before anything asynchronous happened.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['tmpl-post-reminder'] });
    expect(order[0]).toBe('requestSubscribeMessage');
    await act(async () => release(aPost()));
    await waitFor(() => expect(call).toHaveBeenCalledWith('shop', 'consent', { answers: [{ template: 'post_reminder', accepted: true }] }));
    (Taro as unknown as Record<string, unknown>).requestSubscribeMessage = original;
    delete process.env.WX_TEMPLATES;
  });

  it('in the browser schedules without a prompt and reports no consent', async () => {
    const schedule = jest.fn((params: Record<string, unknown>) => Promise.resolve(aPost({ at: String(params.at) })));
    backend([], schedule);
    const { container } = openCompose();
    await screen.findByText(postsUi.composer.noProduct);
    await pickTomorrowAt(container, '10:00');
    fireEvent.click(container.querySelector('.schedule-post') as Element);
    expect(await screen.findByText(postsUi.composer.textRequired)).toBeTruthy();
    expect(schedule).not.toHaveBeenCalled();
    expect(call.mock.calls.some((c) => (c[1] as string) === 'consent')).toBe(false);
  });
});

describe('the scheduler’s lists (pure)', () => {
  const now = Date.parse(sh('2026-11-24T12:00'));

  it('due now: scheduled, not paused, at ≤ now or already handled by the timer', () => {
    expect(isDueNow(aPost({ at: sh('2026-11-24T09:00') }), now)).toBe(true);
    expect(isDueNow(aPost({ at: sh('2026-11-24T15:00') }), now)).toBe(false);
    // the server's clock is ahead: the timer already marked it in_app
    expect(isDueNow(aPost({ at: sh('2026-11-24T12:01'), reminder: 'in_app' }), now)).toBe(true);
    expect(isDueNow(aPost({ at: sh('2026-11-24T09:00'), paused: 'sold_out' }), now)).toBe(false);
    expect(isDueNow(aPost({ at: sh('2026-11-24T09:00'), status: 'posted' }), now)).toBe(false);
    expect(isDueNow(aPost({ at: sh('2026-11-24T09:00'), status: 'cancelled' }), now)).toBe(false);
  });

  it('groups posts: due oldest first, upcoming soonest first, posted and cancelled latest first', () => {
    const posts = [
      aPost({ id: 'up-2', at: sh('2026-11-26T10:00') }),
      aPost({ id: 'due-2', at: sh('2026-11-24T10:00'), reminder: 'in_app' }),
      aPost({ id: 'up-1', at: sh('2026-11-25T10:00') }),
      aPost({ id: 'due-1', at: sh('2026-11-23T18:00') }),
      aPost({ id: 'posted-1', at: sh('2026-11-20T10:00'), status: 'posted' }),
      aPost({ id: 'posted-2', at: sh('2026-11-22T10:00'), status: 'posted' }),
      aPost({ id: 'cancelled', at: sh('2026-11-25T15:00'), status: 'cancelled' }),
      aPost({ id: 'paused', at: sh('2026-11-27T10:00'), paused: 'archived' }),
    ];
    const g = groupPosts(posts, now);
    expect(g.due.map((p) => p.id)).toEqual(['due-1', 'due-2']);
    expect(g.upcoming.map((p) => p.id)).toEqual(['up-1', 'up-2', 'paused']);
    expect(g.posted.map((p) => p.id)).toEqual(['posted-2', 'posted-1']);
    expect(g.cancelled.map((p) => p.id)).toEqual(['cancelled']);
  });

  it('feed health counts posted and planned posts per 7 calendar days ending today, not cancelled or paused ones', () => {
    const posts = [
      aPost({ at: sh('2026-11-24T09:00'), status: 'posted' }),
      aPost({ at: sh('2026-11-23T09:00'), status: 'posted' }),
      aPost({ at: sh('2026-11-22T09:00'), status: 'cancelled' }),
      aPost({ at: sh('2026-11-15T09:00'), status: 'posted' }),
      aPost({ at: sh('2026-11-10T09:00'), paused: 'sold_out' }),
    ];
    expect(feedHealth(posts, now, DEFAULT_POLICY).map((w) => w.count)).toEqual([2, 1, 0, 0]);
    expect(feedHealth(posts, now, { ...DEFAULT_POLICY, weeklyMax: 1 })[0].over).toBe(true);
  });

  it('the picker excludes the post being moved from the posts that count', () => {
    const post = aPost({ id: 'move-me', at: sh('2026-11-24T09:00') });
    const day = Math.floor(Date.parse('2026-11-24T00:00:00Z') / 86_400_000);
    const withIt = pickerSlots(aView(), [post], day, null, NOW);
    const without = pickerSlots(aView(), [post], day, null, NOW, 'move-me');
    expect(withIt.find((s) => s.time === '10:00')?.allowed).toBe(false);
    expect(without.find((s) => s.time === '10:00')?.allowed).toBe(true);
  });

  it('"post now" is closed when the next allowed time is later than now + 1 minute', () => {
    expect(postingClosed(new Date(NOW + 60_000).toISOString(), NOW)).toBe(false);
    expect(postingClosed(new Date(NOW + 3_600_000).toISOString(), NOW)).toBe(true);
    expect(postingClosed(null, NOW)).toBe(true);
  });
});

describe('the scheduler page', () => {
  it('shows the quota, the due post with its in-app reminder, paused and flagged posts in plain zh-CN', async () => {
    call.mockImplementation(((fn: string, action: string) => {
      if (action === 'policy') return Promise.resolve(aView({ usage: { today: 1, last7Days: 3 }, nextAllowedAt: sh('2026-11-23T14:00') }));
      if (action === 'list')
        return Promise.resolve([
          aPost({ id: 'due', at: sh('2026-11-23T09:00'), reminder: 'in_app', text: '到点的那条' }),
          aPost({ id: 'paused', at: sh('2026-11-25T10:00'), paused: 'sold_out', text: '卖完的那条' }),
          aPost({ id: 'tight', at: sh('2026-11-26T10:00'), violations: ['minGap'], text: '收紧后的那条' }),
        ]);
      return Promise.reject(new ApiError('NOT_FOUND', fn));
    }) as unknown as typeof callFunction);
    const { container } = render(<PostsPage />);
    expect(await screen.findByText('今天已安排 1 / 2 条')).toBeTruthy();
    expect(screen.getByText('近 7 天（含今天）已安排 3 / 6 条')).toBeTruthy();
    expect(container.querySelector('.next-allowed')?.textContent).toBe('下一条最早 11月23日 14:00 可发');
    expect(container.querySelector('.due-posts')?.textContent).toContain('到点的那条');
    // said the way a seller understands it, not as 订阅 (issue 14)
    expect(container.querySelector('.due-posts .reminder-in-app')?.textContent).toBe('你没有允许微信给你发提醒，所以到点在这里提醒你');
    expect(container.querySelector('.paused-reason')?.textContent).toBe(postsUi.paused.sold_out);
    expect(container.querySelector('.violation-note')?.textContent).toContain('最短间隔');
    expect(container.querySelectorAll('.week-day')).toHaveLength(7);
    expect(container.querySelector('.week-day--today .post-chip--due')).not.toBeNull();
    fireEvent.click(container.querySelector('.week-next') as Element);
    await waitFor(() => expect(container.querySelector('.week-range')?.textContent).toBe('11月30日 – 12月6日'));
  });
});

describe('“我已发出” on the scheduler page', () => {
  it('is offered once a post is due (from 30 minutes before), says from when otherwise, and why not when a rule forbids it', async () => {
    call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
      if (action === 'policy') return Promise.resolve(aView());
      if (action === 'list')
        return Promise.resolve([
          aPost({ id: 'earlier', at: sh('2026-11-22T08:00'), status: 'posted', postedAt: sh('2026-11-22T08:00'), text: '昨天发的' }),
          aPost({ id: 'due', at: sh('2026-11-22T20:00'), reminder: 'in_app', text: '到点的那条' }),
          aPost({ id: 'soon', at: sh('2026-11-23T10:20'), text: '二十分钟后的那条' }),
          aPost({ id: 'later', at: sh('2026-11-23T15:00'), text: '下午的那条' }),
        ]);
      if (action === 'markPosted') return Promise.resolve(aPost({ id: String(params.postId), status: 'posted', postedAt: new Date(NOW).toISOString() }));
      return Promise.reject(new ApiError('NOT_FOUND', fn));
    }) as unknown as typeof callFunction);
    const { container } = render(<PostsPage />);
    await screen.findByText('下午的那条');
    const card = (text: string) => screen.getByText(text).closest('.post-card') as Element;

    // due, and 20 minutes before its time: both can be marked
    for (const text of ['到点的那条', '二十分钟后的那条']) {
      expect(card(text).querySelector('.post-action--mark-posted')?.getAttribute('aria-disabled')).toBe('false');
      expect(card(text).querySelector('.mark-hint')).toBeNull();
    }
    // hours ahead: not yet, and from when
    expect(card('下午的那条').querySelector('.post-action--mark-posted')).toBeNull();
    expect(card('下午的那条').querySelector('.mark-hint')?.textContent).toBe('11月23日 14:30 起可以标记为已发出。');

    fireEvent.click(card('二十分钟后的那条').querySelector('.post-action--mark-posted') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledWith('post', 'markPosted', { postId: 'soon' }));
    expect(container.querySelector('.due-posts')).not.toBeNull();
  });

  it('shows the rule when marking now would break it, with the action disabled', async () => {
    call.mockImplementation(((fn: string, action: string) => {
      if (action === 'policy') return Promise.resolve(aView());
      if (action === 'list')
        return Promise.resolve([
          // posted at 08:00; the 09:40 post, flagged after the gap was widened, would be 1 h 40 min after it
          aPost({ id: 'earlier', at: sh('2026-11-23T08:00'), status: 'posted', postedAt: sh('2026-11-23T08:00'), text: '早上发的' }),
          aPost({ id: 'due', at: sh('2026-11-23T09:40'), reminder: 'in_app', violations: ['minGap'], text: '到点的那条' }),
        ]);
      return Promise.reject(new ApiError('NOT_FOUND', fn));
    }) as unknown as typeof callFunction);
    render(<PostsPage />);
    const card = (await screen.findByText('到点的那条')).closest('.post-card') as Element;
    const action = card.querySelector('.post-action--mark-posted');
    expect(action?.getAttribute('aria-disabled')).toBe('true');
    expect(card.querySelector('.mark-hint')?.textContent).toBe('两条朋友圈之间至少间隔 4 小时。按计划的时间它超出了发圈规则，请改个时间或取消。');
    fireEvent.click(action as Element);
    expect(call).not.toHaveBeenCalledWith('post', 'markPosted', expect.anything());
  });
});

describe('the scheduler explains itself where the seller looks (issue 14)', () => {
  it('a tapped grey slot says which rule forbids it and the next time, under its row, and 改到 chooses that time', async () => {
    const schedule = jest.fn((params: Record<string, unknown>) => Promise.resolve(aPost({ id: 'm-2', at: String(params.at) })));
    backend([aPost({ at: sh('2026-11-24T09:20') })], schedule);
    const navigate = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'ok' } as never);
    const { container } = openCompose({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    fireEvent.click(container.querySelector('.day-tab--1') as Element);
    await waitFor(() => expect(container.querySelector('.slot--1100')).not.toBeNull());

    // quiet hours (07:00 would be the gap first: the rules' order, as the backend reports them)
    fireEvent.click(container.querySelector('.slot--2300') as Element);
    expect(container.querySelector('.slot-reason__message')?.textContent).toBe('22:00–08:00是免打扰时段，不打扰朋友休息。最早可以在 11月25日 08:00 发。');
    expect(container.querySelector('.slot--chosen')).toBeNull();
    // the gap: 09:20 + 4 h is 13:20, off the half-hour grid; the reason sits right under 11:00's row (08:00–11:30)
    fireEvent.click(container.querySelector('.slot--1100') as Element);
    const reason = container.querySelector('.slot-reason') as Element;
    expect(reason.querySelector('.slot-reason__title')?.textContent).toBe('11:00 不能发');
    expect(reason.querySelector('.slot-reason__message')?.textContent).toBe('两条朋友圈之间至少间隔 4 小时。最早可以在 11月24日 13:20 发。');
    expect(container.querySelector('.slot--1130')?.nextElementSibling).toBe(reason);
    expect(container.querySelectorAll('.slot-reason')).toHaveLength(1);
    const next = reason.querySelector('.slot-reason__next') as Element;
    expect(next.textContent).toBe('改到 11月24日 13:20');

    fireEvent.click(next);
    expect(container.querySelector('.slot-reason')).toBeNull();
    expect(container.querySelector('.slot-picker__chosen')?.textContent).toBe('已选 11月24日 13:20');
    fireEvent.click(container.querySelector('.schedule-post') as Element);
    await waitFor(() => expect(schedule).toHaveBeenCalledWith(expect.objectContaining({ at: sh('2026-11-24T13:20') })));
    navigate.mockRestore();
  });

  it('a refusal shows under the chosen time, scrolled into view, with one primary action and no second red button', async () => {
    const scroll = jest.fn(() => Promise.resolve({ errMsg: 'pageScrollTo:ok' }));
    const taro = Taro as unknown as Record<string, unknown>;
    const original = taro.pageScrollTo;
    taro.pageScrollTo = scroll;
    const next = sh('2026-11-25T08:00');
    backend([], () => Promise.reject(new ApiError('POSTING_LIMIT', '这一天已经排了 2 条朋友圈，每天最多 2 条。最早可以在 11月25日 08:00 发。', { rule: 'dailyMax', nextAllowedAt: next })));
    const { container } = openCompose({ productId: 'p-honey' });
    await screen.findByText('秦岭土蜂蜜 500g');
    await pickTomorrowAt(container, '19:00');
    fireEvent.click(container.querySelector('.schedule-post') as Element);

    const refusal = await waitFor(() => {
      const el = container.querySelector('.refusal');
      expect(el).not.toBeNull();
      return el as Element;
    });
    // in the time field, right under the picker where the time was chosen (not below the form)
    expect(refusal.closest('.field--time')).not.toBeNull();
    expect(refusal.closest('.form-footer')).toBeNull();
    // one action: 改在 … 发; the page's own submit button is gone meanwhile
    expect(container.querySelectorAll('.schedule-at-next')).toHaveLength(1);
    expect(container.querySelector('.schedule-post')).toBeNull();
    await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#posting-refusal' })));
    expect(container.querySelector('#posting-refusal')).toBe(refusal);
    // choosing another time puts the submit button back
    fireEvent.click(container.querySelector('.day-tab--2') as Element);
    await waitFor(() => expect(container.querySelector('.schedule-post')).not.toBeNull());
    expect(container.querySelector('.refusal')).toBeNull();
    taro.pageScrollTo = original;
  });

  function plannerBackend(posts: Post[], view: PostPolicyView = aView()) {
    call.mockImplementation(((fn: string, action: string, params: Record<string, unknown>) => {
      if (action === 'policy') return Promise.resolve(view);
      if (action === 'list') return Promise.resolve(posts);
      if (action === 'cancel') return Promise.resolve({ ...posts.find((p) => p.id === params.postId), status: 'cancelled' });
      return Promise.reject(new ApiError('NOT_FOUND', fn));
    }) as unknown as typeof callFunction);
  }

  it('改时间 opens on the post’s own day, also weeks ahead, with its own time free', async () => {
    plannerBackend([aPost({ id: 'thu', at: sh('2026-11-26T10:00'), text: '周四的那条' }), aPost({ id: 'far', at: sh('2026-12-20T15:00'), text: '下个月的那条' })]);
    render(<PostsPage />);
    const thu = (await screen.findByText('周四的那条')).closest('.post-card') as Element;
    fireEvent.click(thu.querySelector('.post-action--reschedule') as Element);
    await waitFor(() => expect(thu.querySelector('.day-tab--active')).not.toBeNull());
    expect(thu.querySelector('.day-tab--active .day-tab__date')?.textContent).toBe('11月26日');
    expect(thu.querySelector('.slot--1000')?.classList.contains('slot--forbidden')).toBe(false);

    const far = screen.getByText('下个月的那条').closest('.post-card') as Element;
    fireEvent.click(far.querySelector('.post-action--reschedule') as Element);
    await waitFor(() => expect(far.querySelector('.day-tab--active .day-tab__date')?.textContent).toBe('12月20日'));
    expect(far.querySelector('.slot--1500')?.classList.contains('slot--forbidden')).toBe(false);
  });

  it('every counter counts posted and planned posts alike in the same days: 今天 within 近 7 天, and the chart’s newest bar is 近 7 天', async () => {
    const posts = [
      aPost({ id: 'old', at: sh('2026-11-15T09:00'), status: 'posted', postedAt: sh('2026-11-15T09:05') }),
      aPost({ id: 'fri', at: sh('2026-11-20T09:00'), status: 'posted', postedAt: sh('2026-11-20T09:02') }),
      aPost({ id: 'sat', at: sh('2026-11-21T09:00'), status: 'cancelled' }),
      aPost({ id: 'sun', at: sh('2026-11-22T09:00'), status: 'posted', postedAt: sh('2026-11-22T09:30') }),
      aPost({ id: 'noon', at: sh('2026-11-23T12:00'), text: '中午的那条' }), // later today
      aPost({ id: 'evening', at: sh('2026-11-23T18:00') }),
      aPost({ id: 'wed', at: sh('2026-11-25T10:00') }), // ahead: no counter yet
    ];
    // what the backend answers: postingUsage over the posts that count, as post.policy does
    const { usage, nextAllowedAt } = postingUsage(DEFAULT_POLICY, countedFrom(posts), new Date(NOW));
    plannerBackend(posts, aView({ usage, nextAllowedAt: nextAllowedAt ? nextAllowedAt.toISOString() : null }));
    const { container } = render(<PostsPage />);
    expect(await screen.findByText('今天已安排 2 / 2 条')).toBeTruthy();
    // 17–23 November: the 20th and 22nd (posted), today's two (planned); not the cancelled 21st
    expect(screen.getByText('近 7 天（含今天）已安排 4 / 6 条')).toBeTruthy();
    expect(container.querySelector('.quota-counted')?.textContent).toBe(postsUi.quota.counted);
    const newest = container.querySelector('.health-week--0') as Element;
    expect(newest.querySelector('.health-week__label')?.textContent).toBe('近 7 天');
    expect(newest.querySelector('.health-week__count')?.textContent).toBe('4 / 6');
    const before = container.querySelector('.health-week--1') as Element;
    expect(before.querySelector('.health-week__label')?.textContent).toBe('11/10–11/16');
    expect(before.querySelector('.health-week__count')?.textContent).toBe('1 / 6');
  });

  it('the cancel dialog says 再想想 / 取消这条 (each within showModal’s 4 characters) and cancels only on 取消这条', async () => {
    plannerBackend([aPost({ id: 'm-1', at: sh('2026-11-24T09:00'), text: '明天的那条' })]);
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never);
    render(<PostsPage />);
    const card = (await screen.findByText('明天的那条')).closest('.post-card') as Element;
    fireEvent.click(card.querySelector('.post-action--cancel') as Element);
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1));
    const opts = modal.mock.calls[0][0] as { cancelText: string; confirmText: string };
    expect(opts).toMatchObject({ title: '取消这条朋友圈？', cancelText: '再想想', confirmText: '取消这条' });
    for (const text of [opts.cancelText, opts.confirmText]) expect(Array.from(text).length).toBeLessThanOrEqual(4);
    await act(async () => undefined);
    expect(call).not.toHaveBeenCalledWith('post', 'cancel', expect.anything());

    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never);
    fireEvent.click(card.querySelector('.post-action--cancel') as Element);
    await waitFor(() => expect(call).toHaveBeenCalledWith('post', 'cancel', { postId: 'm-1' }));
    modal.mockRestore();
  });
});
