import { Text, View } from '@tarojs/components';
import type { Post } from '../../../../types/post';
import type { PostingPolicy } from '../../../../types/shop';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { feedHealth } from '../lists';
import { dateKey } from '../time';
import './posts-card.scss';
import './feed-health.scss';

/** "11/17" of a day index: the bars are narrow. */
function shortDate(dayIndex: number): string {
  const [, m, d] = dateKey(dayIndex).split('-');
  return `${Number(m)}/${Number(d)}`;
}

/** Posts per 7 calendar days over the last 4 such blocks against weeklyMax; the newest is the quota meter's 近 7 天. */
export function FeedHealth({ posts, now, policy }: { posts: readonly Post[]; now: number; policy: PostingPolicy }) {
  const weeklyMax = policy.weeklyMax;
  const weeks = feedHealth(posts, now, policy);
  const busy = weeks.some((w) => w.count >= weeklyMax);
  return (
    <View className='posts-card feed-health'>
      <Text className='posts-card__title'>{postsUi.health.heading}</Text>
      <Text className='posts-card__hint'>{postsUi.health.hint(weeklyMax)}</Text>
      <View className='health-bars'>
        {[...weeks].reverse().map((w) => (
          <View key={w.weeksAgo} className={`health-week health-week--${w.weeksAgo}${w.over ? ' health-week--over' : ''}`}>
            <Text className='health-week__count'>{postsUi.health.count(w.count, weeklyMax)}</Text>
            <View className='health-week__track'>
              <View className='health-week__fill' style={{ height: `${Math.min(100, (w.count / Math.max(1, weeklyMax)) * 100)}%` }} />
            </View>
            <Text className='health-week__label'>{postsUi.health.week(w.weeksAgo, shortDate(w.firstDay), shortDate(w.lastDay))}</Text>
          </View>
        ))}
      </View>
      <Text className='posts-card__hint health-verdict'>{busy ? postsUi.health.busy : postsUi.health.good}</Text>
    </View>
  );
}
