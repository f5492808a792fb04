import dayjs from 'dayjs';
import { datePartsOf, formatDate } from '../../../types/zh-CN/dates';

/** "2026年11月3日": a review's date as friends read it (the device's own time zone). */
export function formatReviewDate(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? formatDate(datePartsOf(d.toDate()), { year: true }) : '';
}

/** 1–5 → "★★★★☆". */
export function stars(rating: number): string {
  const n = Math.max(0, Math.min(5, Math.round(rating)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}
