/**
 * The posting policy, told as what a seller sees. Times are written with their offset;
 * Shanghai is +08:00 all year.
 */
import { DEFAULT_POLICY, type PostingPolicy } from '../../types/shop';
import { postingText } from '../../types/zh-CN/posting';
import {
  RULE_ORDER,
  brokenRules,
  checkPost,
  daySlots,
  explainTime,
  isPostingRule,
  nextAllowedAt,
  postingUsage,
  usageWeeks,
  validateWindow,
  type CountedPost,
  type PostingRule,
} from '../../types/rules/posting';
import { localInstant, nextLocalMidnight, wallClock, dayIndexOf } from '../../types/rules/posting/zone';

const d = (iso: string) => new Date(iso);
const post = (iso: string, productId: string | null = null): CountedPost => ({ at: d(iso), productId });
const shanghai: PostingPolicy = DEFAULT_POLICY;
const berlin: PostingPolicy = { ...DEFAULT_POLICY, timeZone: 'Europe/Berlin' };
const newYork: PostingPolicy = { ...DEFAULT_POLICY, timeZone: 'America/New_York' };
/** Monday 2026-03-09, 10:00 in Shanghai */
const now = d('2026-03-09T10:00:00+08:00');

function check(policy: PostingPolicy, existing: CountedPost[], at: string, productId: string | null = null, when = now) {
  return checkPost(policy, existing, { at: d(at), productId }, when);
}

function refused(rule: PostingRule, next: string | null) {
  return { ok: false, rule, nextAllowedAt: next === null ? null : d(next) };
}

describe('a seller in Shanghai with the default policy (2 a day, 6 a week, 4 h apart, quiet 22:00–08:00, a product every 3 days)', () => {
  it('plans a first post for tomorrow morning', () => {
    expect(check(shanghai, [], '2026-03-10T09:00:00+08:00')).toEqual({ ok: true });
  });

  it('is refused a third post on the same day with dailyMax, and told she may post the next morning at the end of quiet hours', () => {
    const day = [post('2026-03-10T08:00:00+08:00'), post('2026-03-10T12:00:00+08:00')];
    expect(check(shanghai, day, '2026-03-10T18:00:00+08:00')).toEqual(refused('dailyMax', '2026-03-11T08:00:00+08:00'));
  });

  it('cannot post at 23:00, and is told 08:00 the next morning', () => {
    expect(check(shanghai, [], '2026-03-10T23:00:00+08:00')).toEqual(refused('quietHours', '2026-03-11T08:00:00+08:00'));
  });

  it('finds quiet hours running from 22:00 up to, not including, 08:00', () => {
    const verdict = (iso: string) => check(shanghai, [], iso).ok;
    expect(verdict('2026-03-10T07:59:00+08:00')).toBe(false);
    expect(verdict('2026-03-10T08:00:00+08:00')).toBe(true);
    expect(verdict('2026-03-10T21:59:00+08:00')).toBe(true);
    expect(verdict('2026-03-10T22:00:00+08:00')).toBe(false);
    expect(verdict('2026-03-11T00:00:00+08:00')).toBe(false);
  });

  it('is refused a post two hours after another with minGap, and may post exactly four hours after', () => {
    const noon = [post('2026-03-10T12:00:00+08:00')];
    expect(check(shanghai, noon, '2026-03-10T14:00:00+08:00')).toEqual(refused('minGap', '2026-03-10T16:00:00+08:00'));
    expect(check(shanghai, noon, '2026-03-10T16:00:00+08:00')).toEqual({ ok: true });
  });

  it('keeps the gap before a post already planned later too', () => {
    const noon = [post('2026-03-10T12:00:00+08:00')];
    expect(check(shanghai, noon, '2026-03-10T10:00:00+08:00')).toEqual(refused('minGap', '2026-03-10T16:00:00+08:00'));
    expect(check(shanghai, noon, '2026-03-10T08:00:00+08:00')).toEqual({ ok: true });
  });

  it('is refused a seventh post within 7 × 24 h, and may post again when the oldest leaves the window', () => {
    const week = [10, 11, 12, 13, 14, 15].map((day) => post(`2026-03-${day}T12:00:00+08:00`));
    expect(check(shanghai, week, '2026-03-16T12:00:00+08:00')).toEqual(refused('weeklyMax', '2026-03-17T12:00:00+08:00'));
    expect(check(shanghai, week, '2026-03-17T11:59:00+08:00').ok).toBe(false);
  });

  it('is refused a post that would overfill a week of posts already planned after it', () => {
    const later = [12, 13, 14, 15, 16, 17].map((day) => post(`2026-03-${day}T12:00:00+08:00`));
    // [11th 12:00, 18th 12:00) would hold seven
    expect(check(shanghai, later, '2026-03-11T12:00:00+08:00')).toEqual(refused('weeklyMax', '2026-03-19T12:00:00+08:00'));
    // [10th 12:00, 17th 12:00) holds five of them and this one
    expect(check(shanghai, later, '2026-03-10T12:00:00+08:00')).toEqual({ ok: true });
  });

  it('counts posts exactly 7 × 24 h apart in different weeks', () => {
    const onePerWeek = { ...shanghai, weeklyMax: 1 };
    const first = [post('2026-03-10T12:00:00+08:00')];
    expect(check(onePerWeek, first, '2026-03-17T12:00:00+08:00')).toEqual({ ok: true });
    expect(check(onePerWeek, first, '2026-03-17T11:59:00+08:00')).toEqual(refused('weeklyMax', '2026-03-17T12:00:00+08:00'));
  });

  it('cannot post the same walnuts again within 3 days, before or after, but can post other things', () => {
    const walnuts = [post('2026-03-10T12:00:00+08:00', 'walnut')];
    expect(check(shanghai, walnuts, '2026-03-12T12:00:00+08:00', 'walnut')).toEqual(refused('productRepeat', '2026-03-13T12:00:00+08:00'));
    expect(check(shanghai, walnuts, '2026-03-13T12:00:00+08:00', 'walnut')).toEqual({ ok: true });
    expect(check(shanghai, walnuts, '2026-03-12T12:00:00+08:00', 'tea')).toEqual({ ok: true });
    expect(check(shanghai, walnuts, '2026-03-12T12:00:00+08:00', null)).toEqual({ ok: true });
    const plannedLater = [post('2026-03-14T12:00:00+08:00', 'walnut')];
    expect(check(shanghai, plannedLater, '2026-03-12T12:00:00+08:00', 'walnut')).toEqual(refused('productRepeat', '2026-03-17T12:00:00+08:00'));
  });

  it('hears one reason when several rules are broken, in the documented order, and sees them all through brokenRules', () => {
    expect(RULE_ORDER).toEqual(['dailyMax', 'weeklyMax', 'minGap', 'quietHours', 'productRepeat']);
    const day = [post('2026-03-10T08:00:00+08:00', 'walnut'), post('2026-03-10T20:00:00+08:00')];
    const late = { at: d('2026-03-10T22:30:00+08:00'), productId: 'walnut' };
    expect(checkPost(shanghai, day, late, now)).toMatchObject({ ok: false, rule: 'dailyMax' });
    expect(brokenRules(shanghai, day, late)).toEqual(['dailyMax', 'minGap', 'quietHours', 'productRepeat']);
  });

  it('can move her only post of the day an hour later: the caller leaves the moved post out', () => {
    const others = [post('2026-03-11T12:00:00+08:00')];
    expect(check({ ...shanghai, dailyMax: 1 }, others, '2026-03-10T13:00:00+08:00')).toEqual({ ok: true });
  });
});

describe('the time window: in the future and at most 60 days ahead (BAD_INPUT, not POSTING_LIMIT)', () => {
  it('refuses now and the past as tooSoon, and anything past 60 × 24 h as tooFar', () => {
    expect(check(shanghai, [], '2026-03-09T10:00:00+08:00')).toEqual({ ok: false, rule: 'tooSoon', nextAllowedAt: null });
    expect(check(shanghai, [], '2026-03-01T10:00:00+08:00')).toEqual({ ok: false, rule: 'tooSoon', nextAllowedAt: null });
    expect(check(shanghai, [], '2026-05-08T10:00:00+08:00')).toEqual({ ok: true });
    expect(validateWindow(new Date(d('2026-05-08T10:00:00+08:00').getTime() + 1), now)).toBe('tooFar');
    expect(validateWindow(d('not a time'), now)).toBe('tooSoon');
    expect(isPostingRule('tooFar')).toBe(false);
    expect(isPostingRule('minGap')).toBe(true);
  });

  it('suggests the very last minute of the 60 days when that is the only time left', () => {
    // one post a week, planned every 7 days, with a single free week-edge exactly 60 days from now
    const onePerWeek = { ...shanghai, weeklyMax: 1 };
    const planned: CountedPost[] = [];
    for (let t = d('2026-03-06T10:00:00+08:00').getTime(); t <= d('2026-05-01T10:00:00+08:00').getTime(); t += 7 * 86_400_000) {
      planned.push({ at: new Date(t), productId: null });
    }
    planned.push(post('2026-05-15T10:00:00+08:00'));
    expect(check(onePerWeek, planned, '2026-03-20T11:00:00+08:00')).toEqual(refused('weeklyMax', '2026-05-08T10:00:00+08:00'));
    planned.push(post('2026-05-08T10:00:00+08:00'));
    expect(check(onePerWeek, planned, '2026-03-20T11:00:00+08:00')).toEqual(refused('weeklyMax', null));
  });

  it('never suggests a time before the requested one or not after now', () => {
    const noon = [post('2026-03-09T12:00:00+08:00')];
    expect(nextAllowedAt(shanghai, noon, null, d('2026-03-01T00:00:00+08:00'), now)).toEqual(d('2026-03-09T16:00:00+08:00'));
    expect(nextAllowedAt(shanghai, [], null, now, now)).toEqual(d('2026-03-09T10:01:00+08:00'));
    // a requested time with seconds: the suggestion is a whole minute after it
    expect(check(shanghai, [], '2026-03-10T07:59:30+08:00')).toEqual(refused('quietHours', '2026-03-10T08:00:00+08:00'));
    expect(check(shanghai, noon, '2026-03-09T15:59:30+08:00')).toEqual(refused('minGap', '2026-03-09T16:00:00+08:00'));
  });
});

describe('the quota meter and the time picker', () => {
  it('shows today and the 7 calendar days ending today (both including posts planned later today), and the next time she may post', () => {
    const posts = [
      post('2026-03-02T09:00:00+08:00'), // more than 7 days ago
      post('2026-03-03T09:00:00+08:00'),
      post('2026-03-09T08:00:00+08:00'),
      post('2026-03-09T13:00:00+08:00'), // later today
      post('2026-03-10T12:00:00+08:00'),
    ];
    expect(postingUsage(shanghai, posts, now)).toEqual({
      // 3 March, 9 March 08:00 and 9 March 13:00: the 13:00 post is today's and this week's (before: 2, the
      // rolling 7 × 24 h ending now left it out while `today` counted it)
      usage: { today: 2, last7Days: 3 },
      nextAllowedAt: d('2026-03-10T08:00:00+08:00'),
    });
  });

  it('counts weeks of 7 calendar days in the shop’s zone, the newest ending today: its count is last7Days', () => {
    const posts = [
      post('2026-03-09T21:00:00+08:00'), // later today
      post('2026-03-03T00:30:00+08:00'), // first minute-ish of the 7 dates ending today
      post('2026-03-02T23:30:00+08:00'), // the block before
      post('2026-02-23T09:00:00+08:00'), // the block before that
      post('2026-03-10T09:00:00+08:00'), // tomorrow: no block yet
    ];
    const weeks = usageWeeks(shanghai, posts, now, 3);
    expect(weeks.map((w) => w.count)).toEqual([2, 1, 1]);
    expect(weeks[0].firstDay).toBe(dayIndexOf('2026-03-03'));
    expect(weeks[0].lastDay).toBe(dayIndexOf('2026-03-09'));
    expect(postingUsage(shanghai, posts, now).usage).toEqual({ today: 1, last7Days: 2 });
    // the same instants read in Berlin (UTC+1): 3 March 00:30 Shanghai is 2 March 17:30 there
    expect(usageWeeks(berlin, posts, now, 2).map((w) => w.count)).toEqual([1, 2]);
  });

  it('explains a refused time with the rule and the time checkPost would suggest; a past time from now', () => {
    const noon = [post('2026-03-10T12:00:00+08:00')];
    expect(explainTime(shanghai, noon, { at: d('2026-03-10T13:00:00+08:00'), productId: null }, now)).toEqual({
      rule: 'minGap',
      nextAllowedAt: d('2026-03-10T16:00:00+08:00'),
    });
    expect(explainTime(shanghai, noon, { at: d('2026-03-10T07:00:00+08:00'), productId: null }, now)).toEqual({
      rule: 'quietHours',
      nextAllowedAt: d('2026-03-10T08:00:00+08:00'),
    });
    expect(explainTime(shanghai, noon, { at: d('2026-03-09T09:00:00+08:00'), productId: null }, now)).toEqual({
      rule: 'tooSoon',
      nextAllowedAt: d('2026-03-09T10:01:00+08:00'),
    });
    expect(explainTime(shanghai, noon, { at: d('2026-03-10T16:00:00+08:00'), productId: null }, now)).toBeNull();
  });

  it('greys out quiet hours, the gap around a planned post, and the past', () => {
    const slots = daySlots(shanghai, [post('2026-03-10T12:00:00+08:00')], { date: '2026-03-10', productId: null }, now);
    expect(slots).toHaveLength(48);
    const byTime = Object.fromEntries(slots.map((s) => [s.time, s]));
    expect(byTime['07:30']).toMatchObject({ allowed: false, rule: 'quietHours' });
    expect(byTime['08:00']).toEqual({ time: '08:00', at: d('2026-03-10T08:00:00+08:00'), allowed: true, rule: null });
    expect(byTime['08:30']).toMatchObject({ allowed: false, rule: 'minGap' });
    expect(byTime['15:30']).toMatchObject({ allowed: false, rule: 'minGap' });
    expect(byTime['16:00']).toMatchObject({ allowed: true });
    expect(byTime['21:30']).toMatchObject({ allowed: true });
    expect(byTime['22:00']).toMatchObject({ allowed: false, rule: 'quietHours' });
    expect(daySlots(shanghai, [], { date: '2026-03-08', productId: null }, now).every((s) => s.rule === 'tooSoon')).toBe(true);
    expect(daySlots(shanghai, [], { date: '2026-02-30', productId: null }, now)).toEqual([]);
    expect(daySlots(shanghai, [], { date: '2026-03-10', productId: null, stepMinutes: 60 }, now)).toHaveLength(24);
  });

  it('agrees with checkPost on every slot', () => {
    const posts = [post('2026-03-10T09:00:00+08:00', 'walnut'), post('2026-03-10T19:00:00+08:00')];
    for (const slot of daySlots(shanghai, posts, { date: '2026-03-10', productId: 'walnut', stepMinutes: 15 }, now)) {
      const result = checkPost(shanghai, posts, { at: slot.at as Date, productId: 'walnut' }, now);
      expect(result.ok ? null : result.rule).toBe(slot.rule);
    }
  });
});

describe('sellers in zones with daylight saving time', () => {
  it('Berlin, the Sunday clocks go forward (a 23-hour day): a third post is refused until Monday 08:00', () => {
    const sunday = [post('2026-03-29T08:00:00+02:00'), post('2026-03-29T12:00:00+02:00')];
    const saturday = d('2026-03-28T10:00:00+01:00');
    expect(check(berlin, sunday, '2026-03-29T20:00:00+02:00', null, saturday)).toEqual(refused('dailyMax', '2026-03-30T08:00:00+02:00'));
  });

  it('Berlin, quiet hours through the night the clocks go forward end at 08:00 summer time', () => {
    const saturday = d('2026-03-28T10:00:00+01:00');
    expect(check(berlin, [], '2026-03-28T23:00:00+01:00', null, saturday)).toEqual(refused('quietHours', '2026-03-29T08:00:00+02:00'));
  });

  it('Berlin, a post at 23:30 on the eve of the change counts for Saturday, not Sunday', () => {
    const lateQuiet = { ...berlin, quietStart: '23:45', dailyMax: 1 };
    const saturday = d('2026-03-28T10:00:00+01:00');
    const eve = [post('2026-03-28T23:30:00+01:00')];
    // Sunday 22:00 in Berlin is Monday 04:00 in Beijing: refused for Beijing's night only — not for dailyMax,
    // so the eve's post is Saturday's in Berlin (and Beijing's Monday holds nothing)
    expect(brokenRules(lateQuiet, eve, { at: d('2026-03-29T22:00:00+02:00'), productId: null })).toEqual(['quietHours']);
    // Saturday 18:00 shares Berlin's Saturday with it; calendar days also hold in Beijing time (rules.ts), where
    // the eve's post (Sunday 06:30 there) fills Sunday, so the next is Monday 08:00 in Berlin (14:00 in Beijing)
    expect(check(lateQuiet, eve, '2026-03-28T18:00:00+01:00', null, saturday)).toEqual(refused('dailyMax', '2026-03-30T08:00:00+02:00'));
  });

  it('Berlin, the time picker on the spring-forward Sunday has no 02:00 and 02:30, and does not crash', () => {
    const saturday = d('2026-03-28T10:00:00+01:00');
    const slots = daySlots(berlin, [], { date: '2026-03-29', productId: null }, saturday);
    expect(slots).toHaveLength(48);
    expect(slots.filter((s) => s.at === null).map((s) => s.time)).toEqual(['02:00', '02:30']);
    expect(slots.find((s) => s.time === '03:00')?.at).toEqual(d('2026-03-29T01:00:00Z'));
    expect(slots.find((s) => s.time === '08:00')).toMatchObject({ allowed: true, at: d('2026-03-29T06:00:00Z') });
  });

  it('Berlin, the Sunday clocks go back (a 25-hour day): the Saturday limit lasts until Sunday 08:00 winter time', () => {
    const saturday = [post('2026-10-24T08:00:00+02:00'), post('2026-10-24T12:00:00+02:00')];
    const friday = d('2026-10-23T10:00:00+02:00');
    expect(check(berlin, saturday, '2026-10-24T18:00:00+02:00', null, friday)).toEqual(refused('dailyMax', '2026-10-25T08:00:00+01:00'));
    const slots = daySlots(berlin, [], { date: '2026-10-25', productId: null }, friday);
    // 02:30 happens twice; the picker offers the first
    expect(slots.find((s) => s.time === '02:30')?.at).toEqual(d('2026-10-25T00:30:00Z'));
  });

  it('New York, the night the clocks go forward: quiet hours end at 08:00 daylight time', () => {
    const saturday = d('2026-03-07T10:00:00-05:00');
    expect(check(newYork, [], '2026-03-07T23:00:00-05:00', null, saturday)).toEqual(refused('quietHours', '2026-03-08T08:00:00-04:00'));
    const sunday = [post('2026-03-08T08:00:00-04:00'), post('2026-03-08T12:00:00-04:00')];
    expect(check(newYork, sunday, '2026-03-08T18:00:00-04:00', null, saturday)).toEqual(refused('dailyMax', '2026-03-09T08:00:00-04:00'));
  });

  it('New York, the gap is real time: a day after Saturday 20:00 is Sunday 19:00 once clocks go back', () => {
    const daily = { ...newYork, minGapMinutes: 1440 };
    const friday = d('2026-10-30T10:00:00-04:00');
    const saturday = [post('2026-10-31T20:00:00-04:00')];
    expect(check(daily, saturday, '2026-11-01T12:00:00-05:00', null, friday)).toEqual(refused('minGap', '2026-11-01T19:00:00-05:00'));
  });
});

describe('local calendar arithmetic', () => {
  it('finds the next local midnight on days of 23, 24 and 25 hours, and where midnight itself is skipped', () => {
    expect(new Date(nextLocalMidnight(d('2026-03-29T00:30:00+01:00').getTime(), 'Europe/Berlin'))).toEqual(d('2026-03-30T00:00:00+02:00'));
    expect(new Date(nextLocalMidnight(d('2026-10-25T00:30:00+02:00').getTime(), 'Europe/Berlin'))).toEqual(d('2026-10-26T00:00:00+01:00'));
    expect(new Date(nextLocalMidnight(d('2026-03-10T23:59:59+08:00').getTime(), 'Asia/Shanghai'))).toEqual(d('2026-03-11T00:00:00+08:00'));
    // Santiago: 2026-09-06 begins at 01:00; 2026-04-04 lasts 25 hours
    expect(new Date(nextLocalMidnight(d('2026-09-05T20:00:00-04:00').getTime(), 'America/Santiago'))).toEqual(d('2026-09-06T01:00:00-03:00'));
    expect(new Date(nextLocalMidnight(d('2026-04-04T20:00:00-03:00').getTime(), 'America/Santiago'))).toEqual(d('2026-04-05T00:00:00-04:00'));
  });

  it('converts local times to instants: null when skipped, the first when repeated', () => {
    const sunday = dayIndexOf('2026-03-29') as number;
    expect(localInstant(sunday, 2 * 60 + 30, 'Europe/Berlin')).toBeNull();
    expect(localInstant(sunday, 3 * 60, 'Europe/Berlin')).toBe(d('2026-03-29T01:00:00Z').getTime());
    expect(localInstant(dayIndexOf('2026-11-01') as number, 90, 'America/New_York')).toBe(d('2026-11-01T05:30:00Z').getTime());
    expect(wallClock(d('2026-11-01T06:30:00Z').getTime(), 'America/New_York')).toMatchObject({ dayIndex: dayIndexOf('2026-11-01'), msOfDay: 90 * 60_000 });
  });
});

describe('zh-CN text', () => {
  it('explains every rule with the numbers of the seller’s own policy', () => {
    const texts: Record<PostingRule, (p: PostingPolicy) => string> = postingText.rule;
    for (const rule of RULE_ORDER) expect(texts[rule](DEFAULT_POLICY)).toMatch(/\S/);
    expect(postingText.rule.dailyMax(DEFAULT_POLICY)).toContain('2');
    expect(postingText.rule.minGap(DEFAULT_POLICY)).toContain('4 小时');
    expect(postingText.rule.minGap({ ...DEFAULT_POLICY, minGapMinutes: 150 })).toContain('2 小时 30 分钟');
    expect(postingText.rule.quietHours(DEFAULT_POLICY)).toContain('22:00–08:00');
    // a shop in another zone is told its quiet hours also hold in Beijing time
    expect(postingText.rule.quietHours(DEFAULT_POLICY)).not.toContain('北京时间');
    expect(postingText.rule.quietHours({ ...DEFAULT_POLICY, timeZone: 'America/Los_Angeles' })).toContain('北京时间');
  });
});
