import type { SalesSummary } from '../../../types/crm';

export interface Bar {
  date: string;
  revenueFen: number;
  orders: number;
  /** 0–100: the share of the period's best day, in percent of the chart's height */
  heightPct: number;
}

/** One bar per day of `daily`, heights proportional to revenue (the best day is 100%). */
export function barsOf(daily: SalesSummary['daily']): Bar[] {
  const max = daily.reduce((m, d) => Math.max(m, d.revenueFen), 0);
  return daily.map((d) => ({
    date: d.date,
    revenueFen: d.revenueFen,
    orders: d.orders,
    heightPct: max > 0 ? (Math.max(0, d.revenueFen) / max) * 100 : 0,
  }));
}
