import { Text, View } from '@tarojs/components';
import type { Post } from '../../../../types/post';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { feedHealth } from '../lists';
import './posts.scss';

/** Posts per rolling week over the last 4 weeks against weeklyMax. */
export function FeedHealth({ posts, now, weeklyMax }: { posts: readonly Post[]; now: number; weeklyMax: number }) {
  const weeks = feedHealth(posts, now, weeklyMax);
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
            <Text className='health-week__label'>{postsUi.health.week(w.weeksAgo)}</Text>
          </View>
        ))}
      </View>
      <Text className='posts-card__hint health-verdict'>{busy ? postsUi.health.busy : postsUi.health.good}</Text>
    </View>
  );
}
