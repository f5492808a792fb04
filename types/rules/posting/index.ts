// The posting policy: pure, no clock, no database (see DESIGN.md). The `post.*` actions wrap it
// in a transaction holding the shop's row lock.
export { READERS_ZONE, RULE_ORDER, WEEK_MS, ruleZones, type CountedPost, type PostingRule } from './rules';
export {
  HORIZON_DAYS,
  HORIZON_MS,
  brokenRules,
  checkPost,
  isPostingRule,
  nextAllowedAt,
  validateWindow,
  type Candidate,
  type PostCheck,
  type WindowProblem,
} from './policy';
export { daySlots, explainTime, postingUsage, usageWeeks, type PostingUsage, type Slot, type UsageWeek } from './usage';
export {
  MARK_EARLY_MINUTES,
  MARK_EARLY_MS,
  checkMarkPosted,
  countedOf,
  countsAt,
  markableFrom,
  type LifecycleStatus,
  type MarkCheck,
  type PostState,
} from './lifecycle';
