// Dates as zh-CN readers write them — "11月25日", "11月25日 08:00", "2025年11月25日 08:00" — in one
// place for the app and the cloud functions, so a shop's times read the same on every screen and message.

/** The calendar fields of an instant, as a wall clock somewhere shows them. */
export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The calendar fields of `at` in `timeZone`, read through Intl rather than dayjs's tz plugin (which goes
 * through the runtime's own zone and can be an hour off around that zone's clock changes); in the
 * device's own zone when `timeZone` is omitted. Throws RangeError for a zone the runtime does not know.
 */
export function datePartsOf(at: Date, timeZone?: string): DateParts {
  if (timeZone === undefined) {
    return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate(), hour: at.getHours(), minute: at.getMinutes() };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "11月25日"; with `year` "2025年11月25日"; with `time` " 08:00" after it. */
export function formatDate(
  p: Pick<DateParts, 'month' | 'day'> & Partial<DateParts>,
  opts: { year?: boolean; time?: boolean } = {},
): string {
  const date = `${opts.year ? `${p.year ?? ''}年` : ''}${p.month}月${p.day}日`;
  return opts.time ? `${date} ${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}` : date;
}

/**
 * "11月25日 20:00": an instant on the shop's wall clock — what the seller picked and said in the group — for the
 * friend's pages, whatever zone the phone is in. On the device's own clock only if the runtime does not know the
 * zone (a shop's zone is checked when saved, so that is an old runtime, not bad data); "" for no instant.
 */
export function formatShopTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  try {
    return formatDate(datePartsOf(at, timeZone), { time: true });
  } catch {
    return formatDate(datePartsOf(at), { time: true });
  }
}
