import dayjs from 'dayjs';
import { datePartsOf, formatDate } from '../../../types/zh-CN/dates';

/** "11月23日 14:05" (this year) or "2025年11月23日 14:05": an order's times as people read them. */
export function formatOrderTime(iso: string, now: Date = new Date()): string {
  const d = dayjs(iso);
  if (!d.isValid()) return '';
  return formatDate(datePartsOf(d.toDate()), { year: d.year() !== now.getFullYear(), time: true });
}

/** Milliseconds left until `iso` → ["mm", "ss"]; null when it has passed. */
export function remaining(iso: string, nowMs: number): [string, string] | null {
  const left = new Date(iso).getTime() - nowMs;
  if (!Number.isFinite(left) || left <= 0) return null;
  const total = Math.ceil(left / 1000);
  const mm = Math.floor(total / 60);
  const ss = total % 60;
  return [String(mm).padStart(2, '0'), String(ss).padStart(2, '0')];
}

/** A fresh key for one checkout attempt: 8–64 characters, as `order.create` wants. */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  let tail = '';
  while (tail.length < 16) tail += Math.floor(random() * 36).toString(36);
  return `ck-${now().toString(36)}-${tail}`;
}
