import dayjs from 'dayjs';

/** "2026-11-23" of an ISO instant, in the device's time zone; '' when unreadable. */
export function formatDate(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD') : '';
}

/** "11-23 14:05" of an ISO instant. */
export function formatDateTime(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('MM-DD HH:mm') : '';
}
