import { useEffect, useState } from 'react';
import { dropUi as T } from '../../../types/zh-CN/drop-ui';

/** Within the last hour the cutoff counts by the second; before, minutes are enough. */
export const SECONDS_FROM_MS = 60 * 60 * 1000;

export type Cutoff = { closed: true } | { closed: false; text: string; msLeft: number };

const pad = (n: number) => String(n).padStart(2, '0');

/** What the page says about a cutoff at `now`: "2 天 3 小时", "5 小时 12 分", or "12:05" (mm:ss) in the last hour. */
export function cutoffAt(closesAt: string, now: number): Cutoff {
  const msLeft = Date.parse(closesAt) - now;
  if (!(msLeft > 0)) return { closed: true };
  const seconds = Math.ceil(msLeft / 1000);
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  let text: string;
  if (days > 0) text = T.days(days, hours);
  else if (msLeft > SECONDS_FROM_MS) text = T.hours(hours, minutes);
  else text = `${pad(minutes)}:${pad(seconds % 60)}`;
  return { closed: false, text, msLeft };
}

/**
 * The cutoff, live: re-read every second in the last hour (and so it turns 已截止 the second it passes), every
 * 30 seconds before. The device's clock is only a display; the backend refuses a join after the cutoff anyway.
 */
export function useCutoff(closesAt: string | null): Cutoff | null {
  const [now, setNow] = useState(() => Date.now());
  const left = closesAt ? Date.parse(closesAt) - now : 0;
  const step = left > SECONDS_FROM_MS ? 30_000 : 1000;
  const done = !closesAt || left <= 0;
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => setNow(Date.now()), step);
    return () => clearInterval(timer);
  }, [step, done]);
  return closesAt ? cutoffAt(closesAt, now) : null;
}
