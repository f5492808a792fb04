import { Text, View } from '@tarojs/components';
import type { Post } from '../../../../types/post';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { isDueNow, weekColumns } from '../lists';
import { clockOf, dayLabel, weekdayOf } from '../time';
import './posts-card.scss';
import './week-calendar.scss';

function chipState(post: Post, now: number): string {
  if (post.status !== 'scheduled') return post.status;
  if (post.paused) return 'paused';
  if (isDueNow(post, now)) return 'due';
  return post.violations.length ? 'violating' : 'scheduled';
}

interface WeekCalendarProps {
  posts: readonly Post[];
  monday: number;
  today: number;
  timeZone: string;
  now: number;
  onPrev: () => void;
  onNext: () => void;
  onThisWeek: () => void;
  onOpen: (post: Post) => void;
}

/** Seven days (Monday first) in the shop's zone; each post a chip with its time and state. */
export function WeekCalendar({ posts, monday, today, timeZone, now, onPrev, onNext, onThisWeek, onOpen }: WeekCalendarProps) {
  const days = weekColumns(posts, monday, timeZone);
  return (
    <View className='posts-card week-calendar'>
      <View className='week-nav'>
        <View className='week-nav__button week-prev' hoverClass='week-nav__button--pressed' onClick={onPrev}>
          {postsUi.week.prev}
        </View>
        <View className='week-nav__range' onClick={onThisWeek}>
          <Text className='week-range'>{postsUi.week.range(dayLabel(monday), dayLabel(monday + 6))}</Text>
        </View>
        <View className='week-nav__button week-next' hoverClass='week-nav__button--pressed' onClick={onNext}>
          {postsUi.week.next}
        </View>
      </View>
      <View className='week-grid'>
        {days.map((day) => (
          <View key={day.dayIndex} className={`week-day${day.dayIndex === today ? ' week-day--today' : ''}${day.dayIndex < today ? ' week-day--past' : ''}`}>
            <Text className='week-day__name'>{day.dayIndex === today ? postsUi.week.today : postsUi.week.weekday[weekdayOf(day.dayIndex)]}</Text>
            <Text className='week-day__date'>{dayLabel(day.dayIndex).replace(/^\d+月/, '')}</Text>
            <View className='week-day__posts'>
              {day.posts.length === 0 ? <Text className='week-day__empty'>{postsUi.week.empty}</Text> : null}
              {day.posts.map((post) => {
                const state = chipState(post, now);
                return (
                  <View key={post.id} className={`post-chip post-chip--${state}`} onClick={() => onOpen(post)}>
                    <Text className='post-chip__time'>{clockOf(Date.parse(post.at), timeZone)}</Text>
                    <Text className='post-chip__status'>{state === 'due' ? postsUi.due : state === 'paused' ? '⏸' : state === 'violating' ? '!' : postsUi.status[post.status]}</Text>
                  </View>
                );
              })}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
