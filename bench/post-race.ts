// `post.schedule` at 50 concurrent requests from one seller (a double-tapping seller, or several of
// their devices), for times spread over the next two weeks. The accepted set is then checked by a
// plain checker, independent of types/rules/posting: per local day ≤ dailyMax, every gap ≥
// minGapMinutes, any rolling 7 × 24 h ≤ weeklyMax, nothing in quiet hours. Violations must be 0.
import type { PostingPolicy } from '../types/shop';
import type { PostPolicyView } from '../types/post';
import { ms, percentile, runStandalone, startBenchHost, type EngineBench, type Figure } from './lib';

const CONCURRENT = 50;
const ROUNDS = 3;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface CountedRow {
  at: Date | string;
}

/** Every way the set breaks the policy, counted one per excess post / short gap / over-full window. */
export function policyViolations(policy: PostingPolicy, times: number[]): { count: number; details: string[] } {
  const sorted = [...times].sort((a, b) => a - b);
  const details: string[] = [];
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: policy.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = (t: number) => {
    const p = Object.fromEntries(local.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    return { day: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) };
  };
  const perDay = new Map<string, number>();
  for (const t of sorted) perDay.set(parts(t).day, (perDay.get(parts(t).day) ?? 0) + 1);
  for (const [day, n] of perDay) if (n > policy.dailyMax) details.push(`${day}: ${n} posts > dailyMax ${policy.dailyMax}`);
  let count = [...perDay.values()].reduce((sum, n) => sum + Math.max(0, n - policy.dailyMax), 0);
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] - sorted[i - 1]) / MINUTE;
    if (gap < policy.minGapMinutes) {
      count += 1;
      details.push(`gap of ${gap} min < ${policy.minGapMinutes} before ${new Date(sorted[i]).toISOString()}`);
    }
  }
  for (let i = 0; i < sorted.length; i++) {
    const inWindow = sorted.filter((t) => t >= sorted[i] && t < sorted[i] + 7 * DAY).length;
    if (inWindow > policy.weeklyMax) {
      count += 1;
      details.push(`${inWindow} posts in the 7 days from ${new Date(sorted[i]).toISOString()} > weeklyMax ${policy.weeklyMax}`);
    }
  }
  const hm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  const [qs, qe] = [hm(policy.quietStart), hm(policy.quietEnd)];
  for (const t of sorted) {
    const m = parts(t).minute;
    const quiet = qs <= qe ? m >= qs && m < qe : m >= qs || m < qe;
    if (quiet) {
      count += 1;
      details.push(`${new Date(t).toISOString()} is inside quiet hours`);
    }
  }
  return { count, details };
}

/** An ISO time `day` days from now at a local wall time in Asia/Shanghai (UTC+8, no DST). */
function shanghaiTime(day: number, minuteOfDay: number): string {
  const nowLocal = Date.now() + 8 * 60 * MINUTE;
  const midnightLocal = nowLocal - (nowLocal % DAY);
  const utc = midnightLocal + day * DAY + minuteOfDay * MINUTE - 8 * 60 * MINUTE;
  return new Date(utc).toISOString().replace('Z', '+00:00');
}

export const postRace: EngineBench = {
  title: `post.schedule: ${CONCURRENT} concurrent requests from one seller`,
  async run(target, log) {
    const host = await startBenchHost(target, { seed: false });
    try {
      let violations = 0;
      let accepted = 0;
      let limited = 0;
      let unexpected = 0;
      const rates: number[] = [];
      const latencies: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const seller = `bench-seller-${round}`;
        await host.ok('shop', { action: 'open', name: `压测小店 ${round}` }, seller);
        const { policy } = await host.ok<PostPolicyView>('post', { action: 'policy' }, seller);
        // Times between 08:00 and 21:45 local over days 1–14, in 15-minute steps: many collide.
        const times = Array.from({ length: CONCURRENT }, () => shanghaiTime(1 + Math.floor(Math.random() * 14), 8 * 60 + 15 * Math.floor(Math.random() * 56)));
        const t0 = performance.now();
        const answers = await Promise.all(
          times.map(async (at, i) => {
            const s = performance.now();
            const res = await host.call('post', { action: 'schedule', at, text: `今天的核桃刚到货，第 ${i} 条` }, seller);
            latencies.push(performance.now() - s);
            return res;
          }),
        );
        const elapsed = performance.now() - t0;
        rates.push((CONCURRENT * 1000) / elapsed);
        const ok = answers.filter((a) => a.body.ok).length;
        const lim = answers.filter((a) => !a.body.ok && a.body.error.code === 'POSTING_LIMIT').length;
        accepted += ok;
        limited += lim;
        unexpected += CONCURRENT - ok - lim;
        // What the database holds, not what the answers said.
        const rows = await host.db.query<CountedRow>(
          `SELECT p.at FROM posts p JOIN shops s ON s.id = p.shop_id
           WHERE s.owner_openid = $1 AND p.status IN ('scheduled', 'posted') AND p.paused_reason IS NULL`,
          [seller],
        );
        if (rows.length !== ok) unexpected += Math.abs(rows.length - ok);
        const check = policyViolations(policy, rows.map((r) => new Date(r.at).getTime()));
        violations += check.count;
        for (const d of check.details) log(`  violation: ${d}`);
        log(`round ${round}: ${ok} accepted, ${lim} POSTING_LIMIT in ${ms(elapsed)}; ${check.count} violations`);
      }
      const figures: Figure[] = [
        { name: `post.schedule throughput (${CONCURRENT} concurrent, median of ${ROUNDS} rounds)`, value: `${Math.round(percentile(rates, 50))} requests/s` },
        { name: 'post.schedule latency p50 / p99 under the race', value: `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}` },
        { name: `posts accepted / POSTING_LIMIT (${ROUNDS} × ${CONCURRENT})`, value: `${accepted} / ${limited}` },
        { name: 'policy violations in the accepted posts', value: String(violations), zero: true },
        { name: 'answers other than a post or POSTING_LIMIT, or rows not matching them', value: String(unexpected), zero: true },
      ];
      return figures;
    } finally {
      await host.close();
    }
  },
};

if (require.main === module) void runStandalone(postRace);
