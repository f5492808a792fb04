import { useCallback } from 'react';
import type { Order } from '../../../types/order';
import type { Post } from '../../../types/post';
import { ordersApi } from '../orders';
import { DAY_MS, dayIndexAt, postApi, startOfDay } from '../posts';
import { crmApi } from './api';
import { useResource } from '../../hooks/use-resource';

/** After-sale orders, the ones past the seller's promised answer time first, then the oldest request first. */
export function overdueFirst(orders: readonly Order[]): Order[] {
  const dueBy = (o: Order) => (o.afterSale ? Date.parse(o.afterSale.dueBy) : Number.POSITIVE_INFINITY);
  return [...orders].sort((a, b) => {
    const ao = a.afterSale?.overdue ? 0 : 1;
    const bo = b.afterSale?.overdue ? 0 : 1;
    return ao - bo || dueBy(a) - dueBy(b);
  });
}

export interface PostsAhead {
  today: number;
  week: number;
}

/** Posts not cancelled, today (in the shop's zone) and in the 7 days from today's midnight. */
export function postsAhead(posts: readonly Post[], now: number, timeZone: string): PostsAhead {
  const start = startOfDay(dayIndexAt(now, timeZone), timeZone);
  const live = posts.filter((p) => p.status !== 'cancelled');
  const within = (p: Post, days: number) => {
    const t = Date.parse(p.at);
    return t >= start && t < start + days * DAY_MS;
  };
  return { today: live.filter((p) => within(p, 1)).length, week: live.filter((p) => within(p, 7)).length };
}

/** Everything the console's "今日待办", sales and followers sections show, each section on its own. */
export function useConsoleToday(enabled: boolean) {
  const orders = useResource(
    useCallback(async () => {
      const [all, afterSale] = await Promise.all([ordersApi.listShop(), ordersApi.listShop('after_sale')]);
      return { counts: all.counts, afterSale: overdueFirst(afterSale.orders) };
    }, []),
    { enabled, refreshErrorReplaces: true },
  );
  const posts = useResource(
    useCallback(async () => {
      const view = await postApi.policy();
      const now = Date.now();
      const start = startOfDay(dayIndexAt(now, view.policy.timeZone), view.policy.timeZone);
      const list = await postApi.list(new Date(start).toISOString(), new Date(start + 7 * DAY_MS).toISOString());
      return { view, ahead: postsAhead(list, now, view.policy.timeZone), now };
    }, []),
    { enabled, refreshErrorReplaces: true },
  );
  const followUps = useResource(
    useCallback(async () => (await crmApi.followups()).filter((f) => f.status === 'due'), []),
    { enabled, refreshErrorReplaces: true },
  );
  const sales = useResource(
    useCallback(() => crmApi.summary(), []),
    { enabled, refreshErrorReplaces: true },
  );
  const followers = useResource(
    useCallback(() => crmApi.followers(), []),
    { enabled, refreshErrorReplaces: true },
  );

  const refreshers = [orders.refresh, posts.refresh, followUps.refresh, sales.refresh, followers.refresh];
  /** Back on the page: refresh every section in place (no spinners). */
  const reload = () => {
    for (const r of refreshers) void r();
  };

  return { orders: orders.state, posts: posts.state, followUps: followUps.state, sales: sales.state, followers: followers.state, reload };
}
