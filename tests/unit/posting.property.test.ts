/**
 * Property tests of the posting policy against an independent brute-force oracle.
 *
 * The oracle below reads local dates and times straight from Intl (no offset arithmetic),
 * counts posts plainly, and checks every window that can matter. It shares no code with
 * cloud/core/posting.
 */
import fc from 'fast-check';
import type { PostingPolicy } from '../../types/shop';
import { quietCoversNight } from '../../types/shop';
import { RULE_ORDER, checkPost, type CountedPost, type PostingRule } from '../../cloud/core/posting';

// A fixed seed by default so CI is reproducible (a failure prints its seed and counterexample);
// PROPERTY_SEED=random explores new cases on each run, PROPERTY_SEED=<n> replays one.
const propertySeed = process.env.PROPERTY_SEED;
if (propertySeed !== 'random') fc.configureGlobal({ seed: propertySeed ? Number(propertySeed) : 20261123 });

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const BUDGET_MS = 60_000;

// ---------------------------------------------------------------- the oracle

const labelFormats = new Map<string, Intl.DateTimeFormat>();
const labels = new Map<string, { date: string; minute: number }>();

/** Local calendar date and minute of the day, as a clock on the wall in `tz` shows them. */
function localLabel(ms: number, tz: string): { date: string; minute: number } {
  const key = `${tz}|${ms}`;
  const hit = labels.get(key);
  if (hit) return hit;
  let f = labelFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    labelFormats.set(tz, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  const hour = p.hour === '24' ? 0 : Number(p.hour);
  const label = { date: `${p.year}-${p.month}-${p.day}`, minute: hour * 60 + Number(p.minute) };
  if (labels.size > 200_000) labels.clear();
  labels.set(key, label);
  return label;
}

function hhmm(s: string): number {
  return Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
}

interface P {
  t: number;
  product: string | null;
}

/** Every rule that adding `c` to the posts `set` would break. */
function oracleBroken(policy: PostingPolicy, set: readonly P[], c: P): Set<PostingRule> {
  const broken = new Set<PostingRule>();
  const tz = policy.timeZone;
  const cl = localLabel(c.t, tz);

  const sameDay = set.filter((p) => localLabel(p.t, tz).date === cl.date).length;
  if (sameDay + 1 > policy.dailyMax) broken.add('dailyMax');

  // the fullest window [s, s + 7 d) holding c can be taken to start at a post in (c − 7 d, c]
  const all = [...set.map((p) => p.t), c.t];
  for (const s of all) {
    if (s > c.t || s <= c.t - WEEK) continue;
    const count = all.filter((t) => t >= s && t < s + WEEK).length;
    if (count > policy.weeklyMax) broken.add('weeklyMax');
  }

  if (set.some((p) => Math.abs(p.t - c.t) < policy.minGapMinutes * MIN)) broken.add('minGap');

  const qs = hhmm(policy.quietStart);
  const qe = hhmm(policy.quietEnd);
  const m = cl.minute;
  const quiet = qs < qe ? m >= qs && m < qe : qs > qe ? m >= qs || m < qe : false;
  if (quiet) broken.add('quietHours');

  if (c.product !== null && set.some((p) => p.product === c.product && Math.abs(p.t - c.t) < policy.productRepeatDays * DAY)) {
    broken.add('productRepeat');
  }
  return broken;
}

/**
 * The same verdict as `oracleBroken(...).size > 0`, cheaper for scanning minute by minute:
 * the cheap rules first, and it stops at the first broken one.
 */
function oracleRejects(policy: PostingPolicy, set: readonly P[], c: P): boolean {
  const gap = policy.minGapMinutes * MIN;
  const repeat = policy.productRepeatDays * DAY;
  for (const p of set) {
    const d = Math.abs(p.t - c.t);
    if (d < gap) return true;
    if (c.product !== null && p.product === c.product && d < repeat) return true;
  }
  const tz = policy.timeZone;
  const cl = localLabel(c.t, tz);
  const qs = hhmm(policy.quietStart);
  const qe = hhmm(policy.quietEnd);
  if (qs < qe ? cl.minute >= qs && cl.minute < qe : qs > qe ? cl.minute >= qs || cl.minute < qe : false) return true;
  const near = set.filter((p) => Math.abs(p.t - c.t) < WEEK);
  if (near.filter((p) => localLabel(p.t, tz).date === cl.date).length + 1 > policy.dailyMax) return true;
  const all = [...near.map((p) => p.t), c.t];
  return all.some((s) => s <= c.t && all.filter((t) => t >= s && t < s + WEEK).length > policy.weeklyMax);
}

/** Does the whole set satisfy every rule in every window? (each post checked against all others) */
function oracleSetOk(policy: PostingPolicy, set: readonly P[]): boolean {
  return set.every((p, i) => oracleBroken(policy, [...set.slice(0, i), ...set.slice(i + 1)], p).size === 0);
}

/**
 * A cap on each property, shrinking included, so that a regression fails in bounded time
 * instead of shrinking for minutes; an interrupted property fails.
 */
const budget = { plugins: [fc.interruptAfterTimeLimit(BUDGET_MS, { failOnInterrupt: true })] };

// ---------------------------------------------------------------- generators

/** DST transitions of 2026 (UTC) per zone; Shanghai has none and borrows them as plain dates. */
const TRANSITIONS: Record<string, string[]> = {
  'America/New_York': ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z'],
  'Europe/Berlin': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  // midnight itself jumps here: 2026-04-04 lasts 25 h, 2026-09-06 starts at 01:00
  'America/Santiago': ['2026-04-05T03:00:00Z', '2026-09-06T04:00:00Z'],
  'Asia/Shanghai': ['2026-03-08T07:00:00Z', '2026-10-25T01:00:00Z'],
};
const ZONES = Object.keys(TRANSITIONS);

function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Quiet hours as shop validation allows them: covering 00:00–06:00, leaving part of the day. */
const quietArb = fc
  .record({ end: fc.integer({ min: 360, max: 1200 }), crossing: fc.boolean(), startOffset: fc.integer({ min: 1, max: 600 }) })
  .map(({ end, crossing, startOffset }) => {
    const start = crossing ? Math.min(1439, end + Math.max(240, startOffset)) : 0;
    return { quietStart: clock(start), quietEnd: clock(end) };
  })
  .filter((q) => quietCoversNight(q.quietStart, q.quietEnd));

const policyArb = (zone: fc.Arbitrary<string>) =>
  fc
    .record({
      dailyMax: fc.integer({ min: 1, max: 3 }),
      // small limits more often, so that weekly windows bind
      weeklyMax: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 10 })),
      // half-hour multiples often, so that gaps meet other posts and boundaries exactly
      minGapMinutes: fc.oneof(fc.integer({ min: 4, max: 48 }).map((k) => k * 30), fc.integer({ min: 120, max: 1440 })),
      productRepeatDays: fc.integer({ min: 1, max: 14 }),
      quiet: quietArb,
      timeZone: zone,
    })
    .map(({ quiet, ...rest }): PostingPolicy => ({ ...rest, ...quiet }));

const snapArb = fc.constantFrom(1, MIN, 30 * MIN, 60 * MIN);
/** rounds up to a multiple of `unit` ms */
function snap(t: number, unit: number): number {
  return Math.ceil(t / unit) * unit;
}

const productArb = fc.constantFrom<string | null>(null, 'walnut', 'tea', 'honey');

/** `now` within a few days of a transition, at an arbitrary millisecond */
const nowArb = (zone: string) =>
  fc
    .record({ which: fc.constantFrom(...TRANSITIONS[zone]), shift: fc.integer({ min: -4 * DAY, max: 2 * DAY }) })
    .map(({ which, shift }) => Date.parse(which) + shift);

const stateArb = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({
    policy: policyArb(fc.constant(zone)),
    now: nowArb(zone),
    posts: fc.array(
      fc.record({
        dt: fc.integer({ min: -10 * DAY, max: 12 * DAY }),
        // most posts on whole minutes or half hours, as the app sends them; some at any millisecond
        snap: snapArb,
        product: productArb,
      }),
      { maxLength: 12 },
    ),
    candidate: fc.record({ dt: fc.integer({ min: 1, max: 6 * DAY }), snap: snapArb, product: productArb }),
  }),
);

function toCounted(set: readonly P[]): CountedPost[] {
  return set.map((p) => ({ at: new Date(p.t), productId: p.product }));
}

// ---------------------------------------------------------------- (a) accepted sequences stay within the policy

describe('a seller who keeps proposing times and keeps only the accepted ones', () => {
  it('never ends up with a set that breaks any rule in any window, and every refusal is justified', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) =>
          fc.record({
            policy: policyArb(fc.constant(zone)),
            now: nowArb(zone),
            proposals: fc.array(
              fc.record({ dt: fc.integer({ min: 1, max: 16 * DAY }), snap: snapArb, product: productArb }),
              { minLength: 1, maxLength: 40 },
            ),
          }),
        ),
        ({ policy, now, proposals }) => {
          const kept: P[] = [];
          for (const p of proposals) {
            const t = snap(now + p.dt, p.snap);
            const c: P = { t, product: p.product };
            const result = checkPost(policy, toCounted(kept), { at: new Date(t), productId: p.product }, new Date(now));
            const expected = oracleBroken(policy, kept, c);
            if (result.ok) {
              expect([...expected]).toEqual([]);
              kept.push(c);
            } else {
              // the reported rule is the first broken one in the documented order
              expect(result.rule).toBe(RULE_ORDER.find((r) => expected.has(r)));
            }
          }
          expect(oracleSetOk(policy, kept)).toBe(true);
        },
      ),
      { numRuns: 300, ...budget },
    );
  });
});

// ---------------------------------------------------------------- edges of every window

describe('a candidate placed exactly on the edge of a window', () => {
  it('gets the same verdict and rule as the oracle', () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.nat(),
        fc.constantFrom('gap', 'repeat', 'week', 'same'),
        fc.constantFrom(-1, 1),
        fc.constantFrom(-MIN, -1, 0, 1, MIN),
        fc.boolean(),
        ({ policy, now, posts }, pick, edge, sign, delta, sameProduct) => {
          const set: P[] = posts.map((p) => ({ t: snap(now + p.dt, p.snap), product: p.product }));
          if (set.length === 0) return;
          const anchorPost = set[pick % set.length];
          const d = { gap: policy.minGapMinutes * MIN, repeat: policy.productRepeatDays * DAY, week: WEEK, same: 0 }[edge];
          const c: P = { t: anchorPost.t + sign * d + delta, product: sameProduct ? anchorPost.product : 'other' };
          if (c.t <= now) return;
          const result = checkPost(policy, toCounted(set), { at: new Date(c.t), productId: c.product }, new Date(now));
          const expected = oracleBroken(policy, set, c);
          expect(result.ok ? null : result.rule).toBe(RULE_ORDER.find((r) => expected.has(r)) ?? null);
        },
      ),
      { numRuns: 1500, ...budget },
    );
  });
});

// ---------------------------------------------------------------- (b) nextAllowedAt is exactly the earliest accepted minute

/** The first whole minute m with from ≤ m < to (every `step` minutes) that `accepted` holds for, else null. */
function firstAccepted(from: number, to: number, accepted: (m: number) => boolean, step = 1): number | null {
  for (let m = Math.ceil(from / MIN) * MIN; m < to; m += step * MIN) if (accepted(m)) return m;
  return null;
}

describe('nextAllowedAt', () => {
  it('is accepted, and no earlier minute from the requested time on is', () => {
    let refusedWithNext = 0;
    let fullyScanned = 0;
    fc.assert(
      fc.property(stateArb, ({ policy, now, posts, candidate }) => {
        const set: P[] = posts.map((p) => ({ t: snap(now + p.dt, p.snap), product: p.product }));
        const at = snap(now + candidate.dt, candidate.snap);
        const result = checkPost(policy, toCounted(set), { at: new Date(at), productId: candidate.product }, new Date(now));
        const oracleAt = oracleBroken(policy, set, { t: at, product: candidate.product });
        expect(result.ok).toBe(oracleAt.size === 0);
        if (result.ok) return;
        expect(result.rule).toBe(RULE_ORDER.find((r) => oracleAt.has(r)));
        const isAccepted = (m: number) => !oracleRejects(policy, set, { t: m, product: candidate.product });
        const next = result.nextAllowedAt;
        if (next === null) {
          // none within 60 days: every sampled minute of the horizon is refused
          expect(firstAccepted(at, now + 60 * DAY + 1, isAccepted, 17)).toBeNull();
          return;
        }
        refusedWithNext += 1;
        const n = next.getTime();
        expect(n % MIN).toBe(0);
        expect(n).toBeGreaterThanOrEqual(at);
        expect(n).toBeGreaterThan(now);
        expect(n).toBeLessThanOrEqual(now + 60 * DAY);
        // accepted, by the oracle and by the module
        expect([...oracleBroken(policy, set, { t: n, product: candidate.product })]).toEqual([]);
        expect(checkPost(policy, toCounted(set), { at: next, productId: candidate.product }, new Date(now))).toEqual({ ok: true });
        // no earlier minute is accepted: every minute when the gap is at most 3 days, else
        // every minute of the first and last 12 hours and every 7th minute in between
        if (n - at <= 3 * DAY) {
          fullyScanned += 1;
          expect(firstAccepted(at, n, isAccepted)).toBeNull();
        } else {
          expect(firstAccepted(at, at + 12 * HOUR, isAccepted)).toBeNull();
          expect(firstAccepted(n - 12 * HOUR, n, isAccepted)).toBeNull();
          expect(firstAccepted(at, n, isAccepted, 7)).toBeNull();
        }
      }),
      { numRuns: 400, ...budget },
    );
    // the generators must exercise the interesting case, not only accepted candidates
    expect(refusedWithNext).toBeGreaterThan(150);
    expect(fullyScanned).toBeGreaterThan(60);
  });

  it('from a state built only of accepted posts, is exact across every DST zone', () => {
    // dense, valid schedules make long refusals (weekly windows, day boundaries) common
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) =>
          fc.record({
            policy: policyArb(fc.constant(zone)),
            now: nowArb(zone),
            proposals: fc.array(fc.record({ dt: fc.integer({ min: 1, max: 8 * DAY }), product: productArb }), { minLength: 5, maxLength: 30 }),
            candidate: fc.record({ dt: fc.integer({ min: 1, max: 4 * DAY }), product: productArb }),
          }),
        ),
        ({ policy, now, proposals, candidate }) => {
          const kept: P[] = [];
          for (const p of proposals) {
            const t = Math.ceil((now + p.dt) / MIN) * MIN;
            if (!oracleRejects(policy, kept, { t, product: p.product })) kept.push({ t, product: p.product });
          }
          const at = now + candidate.dt;
          const result = checkPost(policy, toCounted(kept), { at: new Date(at), productId: candidate.product }, new Date(now));
          if (result.ok || result.nextAllowedAt === null) return;
          const n = result.nextAllowedAt.getTime();
          expect(oracleBroken(policy, kept, { t: n, product: candidate.product }).size).toBe(0);
          const bound = Math.min(n, at + 4 * DAY);
          expect(firstAccepted(at, bound, (m) => !oracleRejects(policy, kept, { t: m, product: candidate.product }))).toBeNull();
        },
      ),
      { numRuns: 300, ...budget },
    );
  });
});
