import type { PauseReason, PostingRuleName } from '../post';
import type { PostingPolicy } from '../shop';

/**
 * zh-CN text of the posting policy: why a time is refused and when posting opens again.
 * Keys of `rule` are the `rule` of a POSTING_LIMIT error; `tooSoon` / `tooFar` are the
 * BAD_INPUT messages for the field `at`.
 */
export const postingText = {
  rule: {
    dailyMax: (p: PostingPolicy) => `这一天${bothClocks(p)}已经排了 ${p.dailyMax} 条朋友圈，每天最多 ${p.dailyMax} 条。`,
    weeklyMax: (p: PostingPolicy) => `任意连续 7 天内最多发 ${p.weeklyMax} 条朋友圈，这个时间会超出。`,
    minGap: (p: PostingPolicy) => `两条朋友圈之间至少间隔 ${gapText(p.minGapMinutes)}。`,
    quietHours: (p: PostingPolicy) => `${p.quietStart}–${p.quietEnd}${bothClocks(p)}是免打扰时段，不打扰朋友休息。`,
    productRepeat: (p: PostingPolicy) => `同一件商品 ${p.productRepeatDays} 天内只发一次。`,
  },
  ruleName: {
    dailyMax: '每天条数',
    weeklyMax: '每 7 天条数',
    minGap: '最短间隔',
    quietHours: '免打扰时段',
    productRepeat: '同一商品间隔',
  },
  tooSoon: '发圈时间须晚于现在。',
  tooFar: '发圈时间最多安排在 60 天以内。',
  /** `time` already formatted for the reader, e.g. "3月9日 08:00" */
  nextAllowed: (time: string) => `最早可以在 ${time} 发。`,
  scheduleAtNext: (time: string) => `改在 ${time} 发`,
  /**
   * A POSTING_LIMIT sentence: the rule, then when posting opens (`next` formatted for the reader; null: nothing
   * within 60 days). The backend's error and the app's greyed slots both say it with this one function.
   */
  limit: (p: PostingPolicy, rule: PostingRuleName, next: string | null): string =>
    postingText.rule[rule](p) + (next ? postingText.nextAllowed(next) : postingText.noneWithin60Days),
  noneWithin60Days: '未来 60 天内都没有可以发的时间，请先取消或调整已排的朋友圈。',
  nonexistentTime: '夏令时调整，这个时间不存在',
  /** why post.markPosted refuses; `time`s already formatted for the reader */
  mark: {
    notDue: (at: string, from: string) => `这条计划在 ${at} 发，${from} 起才能标记为已发出。`,
    paused: {
      sold_out: '这条已暂停（商品卖完了），不能标记为已发出：补货后它会自动恢复，或改个时间。',
      archived: '这条已暂停（商品已下架），不能标记为已发出：恢复上架后它会自动恢复，或改个时间。',
      policy: '这条已暂停（不再符合发圈规则），不能标记为已发出：请先改个时间。',
    } satisfies Record<PauseReason, string>,
    from: (time: string) => `${time} 起可以标记为已发出。`,
    never: '按计划的时间它超出了发圈规则，请改个时间或取消。',
  },
};

/** When the shop's zone is not Beijing time, the day and quiet rules hold in both clocks (types/rules/posting/rules.ts). */
function bothClocks(p: PostingPolicy): string {
  return p.timeZone === 'Asia/Shanghai' ? '' : '（按你的时区和北京时间都算）';
}

function gapText(minutes: number): string {
  if (minutes % 60 === 0) return `${minutes / 60} 小时`;
  if (minutes > 60) return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
  return `${minutes} 分钟`;
}
