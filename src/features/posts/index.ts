// The seller's post scheduler (seller subpackage only: it carries the posting policy engine).
export { postApi } from './api';
export { isDueNow, groupPosts, countedFrom, markCheck, markHint, postStateOf, weekColumns, feedHealth, draftFromProduct, violationText, currentMonday, type PostGroups, type HealthWeek } from './lists';
export { formatLocal, dayIndexAt, dayLabel, clockOf, mondayOf, weekdayOf, startOfDay, DAY_MS } from './time';
export { askReminderConsent } from './subscribe';
export { POST_REMINDER_TEMPLATE } from './templates';
export { usePostPlanner, HISTORY_DAYS, type PlannerState, type PlannerData } from './use-post-planner';
export { useComposer, pickerSlots, refusalFrom, COMPOSER_DAYS, type Refusal, type ComposerLoad } from './use-composer';
export { useSlotChoice, explainSlot, type SlotReason } from './use-slot-choice';
export { useShareMaterial, type MaterialState, type PosterState } from './use-share-material';
export { copyPostText, sharePoster, posterShareWay, canShareImageToMoments, versionAtLeast } from './share';
export { makePoster, paintPoster, wrapText, POSTER_CANVAS_ID, PosterError } from './poster';
export { QuotaMeter } from './components/quota-meter';
export { WeekCalendar } from './components/week-calendar';
export { SlotPicker } from './components/slot-picker';
export { RefusalCard } from './components/refusal-card';
export { FeedHealth } from './components/feed-health';
export { PostCard } from './components/post-card';
export { usePostUsage } from './use-post-usage';
