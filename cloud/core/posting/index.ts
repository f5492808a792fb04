// The posting policy: pure, no clock, no database (see DESIGN.md). The `post.*` actions wrap it
// in a transaction holding the shop's row lock.
export { RULE_ORDER, WEEK_MS, type CountedPost, type PostingRule } from './rules';
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
export { daySlots, postingUsage, type PostingUsage, type Slot } from './usage';
