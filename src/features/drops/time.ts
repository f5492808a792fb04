/**
 * A drop's cutoff in the shop's time zone: what the seller picks (a date and a clock time as the shop's wall
 * clock reads them), how it is said ("周四 20:00 截止") and how long is left. Pure: `now` is passed in.
 */
import { DROP_BOUNDS } from '../../../types/drop';
import { DAY_MS, HOUR_MS, MINUTE_MS, clockText, dateKeyOf, dayIndexOf, localInstant, wallClock } from '../../../types/rules/posting/zone';
import { formatDate } from '../../../types/zh-CN/dates';
import { dropsUi } from '../../../types/zh-CN/drops-ui';

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

function dateOf(dayIndex: number): string {
  const [, m, d] = dateKeyOf(dayIndex).split('-');
  return formatDate({ month: Number(m), day: Number(d) });
}

/** "YYYY-MM-DD" and "HH:MM" of an instant on the shop's wall clock (the pickers' values). */
export function pickerValuesAt(ms: number, timeZone: string): { date: string; time: string } {
  const wall = wallClock(ms, timeZone);
  return { date: dateKeyOf(wall.dayIndex), time: clockText(Math.floor(wall.msOfDay / MINUTE_MS)) };
}

export type CutoffCheck = { ok: true; at: number } | { ok: false; error: string };

/**
 * The instant the shop's wall clock reads `time` on `date`, checked as the backend will: in the future and at
 * most 14 days ahead. A time skipped by a clock change is no time at all.
 */
export function checkCutoff(date: string, time: string, timeZone: string, now: number): CutoffCheck {
  const t = dropsUi.form;
  const day = dayIndexOf(date);
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (day === null || !m) return { ok: false, error: t.cutoffMissing };
  const at = localInstant(day, Number(m[1]) * 60 + Number(m[2]), timeZone);
  if (at === null) return { ok: false, error: t.cutoffMissing };
  if (at <= now) return { ok: false, error: t.cutoffPast };
  if (at > now + DROP_BOUNDS.maxDaysAhead * DAY_MS) return { ok: false, error: t.cutoffTooFar(DROP_BOUNDS.maxDaysAhead) };
  return { ok: true, at };
}

/** "周四 20:00 截止" in the shop's zone; past the coming week the date comes first ("12月3日 周四 20:00 截止"). */
export function cutoffText(at: string | number, timeZone: string, now: number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) return '';
  const wall = wallClock(ms, timeZone);
  const today = wallClock(now, timeZone).dayIndex;
  const clock = clockText(Math.floor(wall.msOfDay / MINUTE_MS));
  const far = wall.dayIndex - today >= 7 || wall.dayIndex < today;
  return dropsUi.cutoff(far ? dateOf(wall.dayIndex) : null, dropsUi.weekday[weekdayOf(wall.dayIndex)], clock);
}

/** "11月26日 20:00" in the shop's zone. */
export function localText(at: string, timeZone: string): string {
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) return '';
  const wall = wallClock(ms, timeZone);
  return `${dateOf(wall.dayIndex)} ${clockText(Math.floor(wall.msOfDay / MINUTE_MS))}`;
}

/** How long an open drop has left, rounded down; null once its cutoff has passed. */
export function countdownText(closesAt: string, now: number): string | null {
  const left = Date.parse(closesAt) - now;
  if (!Number.isFinite(left) || left <= 0) return null;
  const c = dropsUi.countdown;
  if (left < MINUTE_MS) return c.due;
  if (left >= DAY_MS) return c.days(Math.floor(left / DAY_MS), Math.floor((left % DAY_MS) / HOUR_MS));
  if (left >= HOUR_MS) return c.hours(Math.floor(left / HOUR_MS), Math.floor((left % HOUR_MS) / MINUTE_MS));
  return c.minutes(Math.floor(left / MINUTE_MS));
}
