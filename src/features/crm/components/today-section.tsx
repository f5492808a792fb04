import { Text, View } from '@tarojs/components';
import type { FollowUp } from '../../../../types/crm';
import type { Order, OrderStatus } from '../../../../types/order';
import type { PostPolicyView } from '../../../../types/post';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { firstRunUi } from '../../../../types/zh-CN/first-run';
import { openPage } from '../../../utils/navigation';
import { orderRoutes } from '../../../utils/routes';
import { QuotaMeter } from '../../posts';
import { formatDateTime } from '../format';
import { crmRoutes } from '../routes';
import type { PostsAhead } from '../use-console-today';
import type { Resource } from '../../../hooks/use-resource';
import { ResourceView, SectionCard } from './section';
import './today-section.scss';

interface TodayProps {
  orders: Resource<{ counts: Partial<Record<OrderStatus, number>>; afterSale: Order[] }>;
  posts: Resource<{ view: PostPolicyView; ahead: PostsAhead; now: number }>;
  followUps: Resource<FollowUp[]>;
  postsPath: string;
  onRetry: () => void;
}

const ORDER_TILES: readonly { status: OrderStatus; label: string }[] = [
  { status: 'awaiting_confirmation', label: crmUi.today.awaitingConfirmation },
  { status: 'paid', label: crmUi.today.toShip },
  { status: 'after_sale', label: crmUi.today.afterSale },
];

/** The shop has had any order at all (every status counted by `order.listShop`). */
export function hasOrders(counts: Partial<Record<OrderStatus, number>>): boolean {
  return Object.values(counts).some((n) => (n ?? 0) > 0);
}

/** 今日待办: orders that wait for the seller (overdue after-sales first), today's posts and quota, follow-ups due. */
export function TodaySection({ orders, posts, followUps, postsPath, onRetry }: TodayProps) {
  // Before the first order, only what has something in it: no "排了 0 条" and empty quota bars, no "暂时没有要回访的朋友".
  const fresh = orders.status === 'ready' && !hasOrders(orders.data.counts);
  const showPosts = !fresh || (posts.status === 'ready' && posts.data.ahead.week > 0);
  const showFollowUps = !fresh || (followUps.status === 'ready' && followUps.data.length > 0);
  return (
    <SectionCard name='today-section' title={crmUi.today.heading}>
      <ResourceView resource={orders} onRetry={onRetry}>
        {({ counts, afterSale }) => {
          const overdue = afterSale.filter((o) => o.afterSale?.overdue).length;
          // A shop that never had an order gets a sentence, not a row of zeros.
          if (!hasOrders(counts)) return <Text className='today-orders today-orders--none'>{firstRunUi.today.noOrders}</Text>;
          return (
            <View className='today-orders'>
              <View className='today-tiles'>
                {ORDER_TILES.map((t) => {
                  const n = counts[t.status] ?? 0;
                  return (
                    <View
                      key={t.status}
                      className={`today-tile today-tile--${t.status}${n > 0 ? ' today-tile--attention' : ''}`}
                      hoverClass='today-tile--pressed'
                      onClick={() => openPage(orderRoutes.sellerOrdersOf(t.status))}
                    >
                      <Text className='today-tile__count'>{n}</Text>
                      <Text className='today-tile__label'>{t.label}</Text>
                    </View>
                  );
                })}
              </View>
              {overdue > 0 ? <Text className='today-overdue'>{crmUi.today.overdueCount(overdue)}</Text> : null}
              {afterSale.map((o) => (
                <View
                  key={o.id}
                  className={`after-sale-row${o.afterSale?.overdue ? ' after-sale-row--overdue' : ''}`}
                  hoverClass='after-sale-row--pressed'
                  onClick={() => openPage(orderRoutes.sellerOrder(o.id))}
                >
                  <Text className='after-sale-row__name'>{o.address.name}</Text>
                  <Text className='after-sale-row__due'>
                    {o.afterSale?.overdue ? crmUi.today.overdue : o.afterSale ? crmUi.today.afterSaleDue(formatDateTime(o.afterSale.dueBy)) : ''}
                  </Text>
                </View>
              ))}
            </View>
          );
        }}
      </ResourceView>

      {showPosts ? (
        <View className='today-block today-posts' hoverClass='today-block--pressed' onClick={() => openPage(postsPath)}>
          <Text className='today-block__title'>{crmUi.today.posts}</Text>
          <ResourceView resource={posts} onRetry={onRetry}>
            {({ view, ahead, now }) => (
              <View>
                <Text className='today-block__text posts-today'>
                  {crmUi.today.postsToday(ahead.today)} · {crmUi.today.postsWeek(ahead.week)}
                </Text>
                <QuotaMeter view={view} now={now} />
              </View>
            )}
          </ResourceView>
        </View>
      ) : null}

      {showFollowUps ? (
        <View className='today-block today-followups followups-link' hoverClass='today-block--pressed' onClick={() => openPage(crmRoutes.followUps)}>
          <Text className='today-block__title'>{crmUi.today.followUps}</Text>
          <ResourceView resource={followUps} onRetry={onRetry}>
            {(due) => (
              <View className='today-block__row'>
                <Text className='today-block__text'>{crmUi.today.followUpsDue(due.length)}</Text>
                {due.length > 0 ? <Text className='today-badge followups-due-count'>{due.length}</Text> : null}
              </View>
            )}
          </ResourceView>
        </View>
      ) : null}
    </SectionCard>
  );
}
