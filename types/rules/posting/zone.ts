/**
 * Wall-clock arithmetic in an IANA time zone, exact across DST transitions.
 *
 * Offsets come from a cached `Intl.DateTimeFormat` (the same technique as dayjs's timezone
 * plugin, whose `dayjs(x).tz(zone)` costs ~100 µs a call and whose `dayjs.tz(string, zone)`
 * resolves ambiguous times relative to today's offset); dayjs (utc) only names local dates.
 * Instants are epoch milliseconds. A "day index" is the local calendar date as whole days
 * since 1970-01-01, which makes "same calendar day" an integer comparison.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** offset (ms) per zone and UTC minute: tzdb transitions of modern zones fall on whole minutes */
const offsets = new Map<string, number>();
const OFFSET_CACHE_MAX = 50_000;

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** UTC offset of `timeZone` at instant `ms`, in milliseconds (Berlin in summer: +7,200,000). */
export function offsetMs(ms: number, timeZone: string): number {
  const minute = Math.floor(ms / MINUTE_MS);
  const key = `${timeZone}|${minute}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const at = minute * MINUTE_MS;
  const parts: Record<string, number> = {};
  for (const p of formatterOf(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const hour = parts.hour === 24 ? 0 : parts.hour;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, hour, parts.minute, parts.second);
  const offset = wall - at;
  if (offsets.size >= OFFSET_CACHE_MAX) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

export interface WallClock {
  /** local calendar date as days since 1970-01-01 */
  dayIndex: number;
  /** milliseconds since local midnight as the clock on the wall reads it */
  msOfDay: number;
  /** offset in force at this instant */
  offset: number;
}

export function wallClock(ms: number, timeZone: string): WallClock {
  const offset = offsetMs(ms, timeZone);
  const wall = ms + offset;
  const dayIndex = Math.floor(wall / DAY_MS);
  return { dayIndex, msOfDay: wall - dayIndex * DAY_MS, offset };
}

/**
 * The first instant after `ms` at which either the wall clock, running on at the offset in
 * force at `ms`, next reads `targetMsOfDay`, or the offset changes (a DST transition) —
 * whichever comes first. Until that instant the wall clock moves linearly, so a caller may
 * treat the whole span as "still before target" and call again from the returned instant.
 * Assumes at most one offset change within 24 h, true of every zone in tzdb.
 */
export function advanceWall(ms: number, timeZone: string, targetMsOfDay: number): number {
  const { msOfDay, offset } = wallClock(ms, timeZone);
  let delta = (((targetMsOfDay - msOfDay) % DAY_MS) + DAY_MS) % DAY_MS;
  if (delta === 0) delta = DAY_MS;
  const reached = ms + delta;
  if (offsetMs(reached, timeZone) === offset) return reached;
  // A transition lies in (ms, reached]: find its first minute (offsets are per whole minute).
  let lo = Math.floor(ms / MINUTE_MS); // offset === offset
  let hi = Math.floor(reached / MINUTE_MS); // offset !== offset
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(mid * MINUTE_MS, timeZone) === offset) lo = mid;
    else hi = mid;
  }
  return Math.max(hi * MINUTE_MS, ms + 1);
}

/** The next local midnight after `ms` (a calendar day may last 23 or 25 hours). */
export function nextLocalMidnight(ms: number, timeZone: string): number {
  const day = wallClock(ms, timeZone).dayIndex;
  let t = ms;
  // at most a couple of steps: one per transition crossed
  for (let i = 0; i < 4; i += 1) {
    t = advanceWall(t, timeZone, 0);
    if (wallClock(t, timeZone).dayIndex !== day) return t;
  }
  return t;
}

/**
 * The instant at which the wall clock of `timeZone` reads `minuteOfDay` on local date
 * `dayIndex`: the earlier one when the time occurs twice (autumn), null when it does not
 * occur at all (skipped by the spring-forward jump).
 */
export function localInstant(dayIndex: number, minuteOfDay: number, timeZone: string): number | null {
  const naive = dayIndex * DAY_MS + minuteOfDay * MINUTE_MS;
  const candidates = new Set([offsetMs(naive - DAY_MS, timeZone), offsetMs(naive + DAY_MS, timeZone)]);
  let best: number | null = null;
  for (const offset of candidates) {
    const at = naive - offset;
    if (offsetMs(at, timeZone) === offset && (best === null || at < best)) best = at;
  }
  return best;
}

/** "YYYY-MM-DD" of a day index, and back (null when not a valid date). */
export function dateKeyOf(dayIndex: number): string {
  return dayjs.utc(dayIndex * DAY_MS).format('YYYY-MM-DD');
}

export function dayIndexOf(dateKey: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!m) return null;
  const dayIndex = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
  return dateKeyOf(dayIndex) === dateKey ? dayIndex : null;
}

/** "HH:MM" → minutes since midnight; throws on anything else (policies are validated upstream). */
export function clockMinutes(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`not an HH:MM time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function clockText(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function ceilMinute(ms: number): number {
  return Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
}
