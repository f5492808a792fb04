import type { PostingPolicy } from '../../../types/shop';
import { postingText } from '../../../types/zh-CN/posting';
import { datePartsOf, formatDate } from '../../../types/zh-CN/dates';
import { checkPost, isPostingRule, type Candidate, type CountedPost } from '../../../types/rules/posting';
import { AppError } from '../runtime/errors';

/** "3月9日 08:00" in the shop's time zone. */
export function localTime(at: Date, timeZone: string): string {
  return formatDate(datePartsOf(at, timeZone), { time: true });
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
