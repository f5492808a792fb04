import type { PostingPolicy } from '../../../types/shop';
import { postingText } from '../../../types/zh-CN/posting';
import { checkPost, isPostingRule, type Candidate, type CountedPost } from '../../../types/rules/posting';
import { AppError } from '../runtime/errors';

/**
 * "3月9日 08:00" in the shop's time zone. Read through Intl rather than dayjs's tz plugin, which goes
 * through the server's own zone and can be an hour off around that zone's clock changes.
 */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

/**
 * Checks a new or moved post against the policy, or throws the contract's error: BAD_INPUT on `at`
 * for a past or too distant time, POSTING_LIMIT with `rule` and `nextAllowedAt` for a broken rule.
 */
export function assertPostAllowed(policy: PostingPolicy, counted: readonly CountedPost[], candidate: Candidate, now: Date): void {
  const check = checkPost(policy, counted, candidate, now);
  if (check.ok) return;
  if (!isPostingRule(check.rule)) {
    const message = postingText[check.rule];
    throw new AppError('BAD_INPUT', message, { fields: { at: message } });
  }
  const next = check.nextAllowedAt;
  const message = postingText.limit(policy, check.rule, next ? localTime(next, policy.timeZone) : null);
  throw new AppError('POSTING_LIMIT', message, { rule: check.rule, nextAllowedAt: next ? next.toISOString() : null });
}
