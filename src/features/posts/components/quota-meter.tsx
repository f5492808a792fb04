import { Text, View } from '@tarojs/components';
import type { PostPolicyView } from '../../../../types/post';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { gapText, postingClosedNow } from '../lists';
import { formatLocal } from '../time';
import './posts-card.scss';
import './quota-meter.scss';

function Meter({ name, label, value, max }: { name: string; label: string; value: number; max: number }) {
  const full = value >= max;
  return (
    <View className={`quota-meter quota-meter--${name}${full ? ' quota-meter--full' : ''}`}>
      <Text className='quota-meter__label'>{label}</Text>
      <View className='quota-bar'>
        <View className='quota-bar__fill' style={{ width: `${Math.min(100, (value / Math.max(1, max)) * 100)}%` }} />
      </View>
    </View>
  );
}

/**
 * Today x / dailyMax and the 7 calendar days ending today y / weeklyMax (post.policy's usage: posted and planned
 * alike, later today included, the same count as the health chart's newest bar), and when the next post may go out.
 */
export function QuotaMeter({ view, now }: { view: PostPolicyView; now: number }) {
  const { policy, usage, nextAllowedAt } = view;
  const tz = policy.timeZone;
  return (
    <View className='posts-card quota-card'>
      <Text className='posts-card__title'>{postsUi.quota.heading}</Text>
      <Meter name='today' label={postsUi.quota.today(usage.today, policy.dailyMax)} value={usage.today} max={policy.dailyMax} />
      <Meter name='week' label={postsUi.quota.week(usage.last7Days, policy.weeklyMax)} value={usage.last7Days} max={policy.weeklyMax} />
      <Text className='posts-card__hint quota-counted'>{postsUi.quota.counted}</Text>
      <Text className='next-allowed'>
        {nextAllowedAt === null ? postsUi.quota.noneWithin60Days : postingClosedNow(nextAllowedAt, now) ? postsUi.quota.nextAllowed(formatLocal(nextAllowedAt, tz)) : postsUi.quota.nowAllowed}
      </Text>
      <Text className='posts-card__hint'>{postsUi.quota.policy(gapText(policy), policy.quietStart, policy.quietEnd)}</Text>
    </View>
  );
}
