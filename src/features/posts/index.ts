// The seller's post scheduler (seller subpackage only: it carries the posting policy engine).
export { postApi } from './api';
export { isDueNow, groupPosts, countedFrom, markCheck, markHint, postStateOf, weekColumns, feedHealth, draftFromProduct, violationText, currentMonday, type PostGroups, type HealthWeek } from './lists';
export { formatLocal, dayIndexAt, dayLabel, clockOf, mondayOf, weekdayOf, startOfDay, DAY_MS } from './time';
export { askReminderConsent } from './subscribe';
export { POST_REMINDER_TEMPLATE } from './templates';
export { usePostPlanner, HISTORY_DAYS, type PlannerState, type PlannerData } from './usePostPlanner';
export { useComposer, pickerSlots, refusalFrom, COMPOSER_DAYS, type Refusal, type ComposerLoad } from './useComposer';
export { useSlotChoice, explainSlot, type SlotReason } from './useSlotChoice';
export { useShareMaterial, type MaterialState, type PosterState } from './useShareMaterial';
export { copyPostText, sharePoster, posterShareWay, canShareImageToMoments, versionAtLeast } from './share';
export { makePoster, paintPoster, wrapText, POSTER_CANVAS_ID, PosterError } from './poster';
export { QuotaMeter } from './components/QuotaMeter';
export { WeekCalendar } from './components/WeekCalendar';
export { SlotPicker } from './components/SlotPicker';
export { RefusalCard } from './components/RefusalCard';
export { FeedHealth } from './components/FeedHealth';
export { PostCard } from './components/PostCard';
export { usePostUsage } from './usePostUsage';
