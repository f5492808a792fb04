import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Post } from '../../../types/post';
import { postsUi } from '../../../types/zh-CN/posts-ui';
import { PageFrame } from '../../components/page-frame';
import { EmptyState, ErrorState } from '../../components/state-views';
import { FeedHealth, PostCard, QuotaMeter, WeekCalendar, currentMonday, dayIndexAt, groupPosts, usePostPlanner, type PlannerData } from '../../features/posts';
import { confirmAction } from '../../utils/feedback';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** 发圈计划: the week calendar, the quota, what is due now, upcoming, posted and cancelled, and the feed's health. */
export default function PostsPage() {
  const planner = usePostPlanner();
  const { state, busy } = planner;
  const [weekOffset, setWeekOffset] = useState(0);

  // Back from the composer or the share page: ask again (the first show is the initial load).
  return (
    <PageFrame
      className='posts-page'
      state={state}
      refresh={planner.refresh}
      refreshOnShow='afterFirst'
      error={(error) => <ErrorState message={error.message} onRetry={error.code === 'FORBIDDEN' ? undefined : () => void planner.reload()} />}
    >
      {(data) => <Planner data={data} planner={planner} busy={busy} weekOffset={weekOffset} setWeekOffset={setWeekOffset} />}
    </PageFrame>
  );
}

interface PlannerProps {
  data: PlannerData;
  planner: ReturnType<typeof usePostPlanner>;
  busy: string | null;
  weekOffset: number;
  setWeekOffset: (offset: number) => void;
}

function Planner({ data, planner, busy, weekOffset, setWeekOffset }: PlannerProps) {
  const { view, posts, now } = data;
  const tz = view.policy.timeZone;
  const today = dayIndexAt(now, tz);
  const monday = currentMonday(now, tz) + weekOffset * 7;
  const groups = groupPosts(posts, now);

  const card = (post: Post) => (
    <PostCard
      key={post.id}
      post={post}
      view={view}
      posts={posts}
      now={now}
      today={today}
      busy={busy === post.id}
      onReschedule={(at) => planner.reschedule(post.id, at)}
      onCancel={() => {
        // both buttons named for what they do (not two 取消), each within showModal's 4 characters (feedback.ts)
        void confirmAction(postsUi.cancelConfirmTitle, postsUi.cancelConfirm, postsUi.cancelDrop, postsUi.cancelKeep).then((ok) => {
          if (ok) void planner.cancel(post.id);
        });
      }}
      onMarkPosted={() => void planner.markPosted(post.id)}
      onShare={() => openPage(sellerRoutes.sharePost(post.id))}
    />
  );

  return (
    <View>
      <QuotaMeter view={view} now={now} />
      <View className='posts-new new-post' hoverClass='posts-new--pressed' onClick={() => openPage(sellerRoutes.composePost())}>
        {postsUi.newPost}
      </View>
      <WeekCalendar
        posts={posts}
        monday={monday}
        today={today}
        timeZone={tz}
        now={now}
        onPrev={() => setWeekOffset(weekOffset - 1)}
        onNext={() => setWeekOffset(weekOffset + 1)}
        onThisWeek={() => setWeekOffset(0)}
        onOpen={(post) => {
          if (post.status === 'scheduled' && groups.due.includes(post)) openPage(sellerRoutes.sharePost(post.id));
        }}
      />

      {groups.due.length ? (
        <Section name='due' title={postsUi.lists.due} hint={postsUi.lists.dueHint}>
          {groups.due.map(card)}
        </Section>
      ) : null}

      <Section name='upcoming' title={postsUi.lists.upcoming}>
        {groups.upcoming.length ? groups.upcoming.map(card) : <EmptyState title={postsUi.lists.emptyUpcoming} hint={postsUi.lists.emptyUpcomingHint} />}
      </Section>

      <Section name='posted' title={postsUi.lists.posted}>
        {groups.posted.length ? groups.posted.map(card) : <Text className='posts-section__empty'>{postsUi.lists.emptyOther}</Text>}
      </Section>

      {groups.cancelled.length ? (
        <Section name='cancelled' title={postsUi.lists.cancelled}>
          {groups.cancelled.map(card)}
        </Section>
      ) : null}

      <FeedHealth posts={posts} now={now} policy={view.policy} />
    </View>
  );
}

function Section({ name, title, hint, children }: { name: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <View className={`posts-section posts-section--${name} ${name}-posts`}>
      <Text className='posts-section__title'>{title}</Text>
      {hint ? <Text className='posts-section__hint'>{hint}</Text> : null}
      {children}
    </View>
  );
}
