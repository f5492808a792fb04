import { useMemo, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { Post, PostPolicyView } from '../../../../types/post';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { isDueNow, markCheck, markHint, violationText } from '../lists';
import { dayIndexAt, formatLocal } from '../time';
import { COMPOSER_DAYS } from '../use-composer';
import { useSlotChoice } from '../use-slot-choice';
import { SlotPicker } from './slot-picker';
import './post-card.scss';

interface PostCardProps {
  post: Post;
  view: PostPolicyView;
  /** every listed post: the reschedule picker checks against them (without this one) */
  posts: readonly Post[];
  now: number;
  today: number;
  busy: boolean;
  onReschedule: (at: string) => Promise<boolean>;
  onCancel: () => void;
  onMarkPosted: () => void;
  onShare: () => void;
}

function Action({ name, label, onClick, disabled = false }: { name: string; label: string; onClick: () => void; disabled?: boolean }) {
  return (
    <View
      className={`post-action post-action--${name}${disabled ? ' post-action--disabled' : ''}`}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {label}
    </View>
  );
}

/** One post: time, state, text, why it is paused or flagged, and what the seller can do with it. */
export function PostCard({ post, view, posts, now, today, busy, onReschedule, onCancel, onMarkPosted, onShare }: PostCardProps) {
  const [picking, setPicking] = useState(false);
  const tz = view.policy.timeZone;
  // 改时间 opens on the post's own day (today for one already due): the seller usually moves it by hours
  const ownDay = Math.max(today, dayIndexAt(Date.parse(post.at), tz));
  const choice = useSlotChoice({ view, posts: picking ? posts : null, productId: post.productId, now, exceptId: post.id, initialDay: ownDay });
  const due = isDueNow(post, now);
  // a fortnight, or up to a week past the post's day when it lies further ahead (posts may be 60 days out)
  const days = useMemo(() => Array.from({ length: Math.max(COMPOSER_DAYS, ownDay - today + 7) }, (_, i) => today + i), [today, ownDay]);
  const scheduled = post.status === 'scheduled';
  const cover = post.images[0];
  // "我已发出": offered once the backend would take it (from 30 minutes before the time), shown disabled with
  // the rule when marking now would break the policy, and otherwise the time from which it can be marked.
  const mark = scheduled && !post.paused ? markCheck(post, posts, view.policy, now) : null;
  // the timer already reminded it: the backend's clock says it is due even if this phone's lags
  const markable = mark !== null && (mark.ok || (due && mark.reason === 'notDue'));
  const blocked = mark !== null && !mark.ok && mark.reason === 'policy';
  const hint = mark !== null && !markable ? markHint(mark, view.policy) : null;

  return (
    <View className={`post-card post-card--${post.status}${due ? ' post-card--due' : ''}${post.paused ? ' post-card--paused' : ''}${post.violations.length ? ' post-card--violating' : ''}`}>
      <View className='post-card__head'>
        <Text className='post-card__time'>{formatLocal(post.at, tz)}</Text>
        <Text className={`post-card__status post-status--${due ? 'due' : post.status}`}>{due ? postsUi.due : postsUi.status[post.status]}</Text>
      </View>
      <View className='post-card__body'>
        {cover ? <Image className='post-card__cover' src={cover} mode='aspectFill' /> : null}
        <Text className='post-card__text'>{post.text}</Text>
      </View>
      {post.notifyFollowers ? <Text className='post-tag'>{postsUi.notifyFollowersTag}</Text> : null}
      {due && post.reminder === 'in_app' ? <Text className='post-card__note reminder-in-app'>{postsUi.reminderInApp}</Text> : null}
      {due && post.reminder === 'sent' ? <Text className='post-card__note'>{postsUi.reminderSent}</Text> : null}
      {post.paused ? <Text className='post-card__warn paused-reason'>{postsUi.paused[post.paused]}</Text> : null}
      {post.violations.length ? <Text className='post-card__warn violation-note'>{violationText(post.violations)}</Text> : null}
      {hint ? <Text className={`${blocked ? 'post-card__warn' : 'post-card__note'} mark-hint`}>{hint}</Text> : null}

      {scheduled ? (
        <View className='post-card__actions'>
          {due ? <Action name='share' label={postsUi.actions.share} onClick={onShare} /> : null}
          {markable || blocked ? <Action name='mark-posted' label={postsUi.actions.markPosted} disabled={busy || !markable} onClick={onMarkPosted} /> : null}
          <Action name='reschedule' label={picking ? postsUi.actions.close : postsUi.actions.reschedule} disabled={busy} onClick={() => {
              if (!picking) choice.reset(ownDay);
              setPicking(!picking);
            }}
          />
          <Action name='cancel' label={postsUi.actions.cancel} disabled={busy} onClick={onCancel} />
        </View>
      ) : null}

      {scheduled && picking ? (
        <View className='reschedule-box'>
          <SlotPicker
            days={days}
            today={today}
            dayIndex={choice.dayIndex}
            onDay={choice.pickDay}
            slots={choice.slots}
            time={choice.time}
            onTime={choice.tap}
            reason={choice.reason}
            onMoveTo={choice.moveTo}
            onCloseReason={choice.closeReason}
            timeZone={tz}
            chosenText={choice.chosenText}
          />
          <View
            className={`reschedule-confirm${choice.chosenAt && !busy ? '' : ' reschedule-confirm--disabled'}`}
            onClick={() => {
              if (!choice.chosenAt || busy) return;
              void onReschedule(choice.chosenAt.toISOString()).then((ok) => {
                if (ok) setPicking(false);
              });
            }}
          >
            {postsUi.actions.confirmReschedule}
          </View>
        </View>
      ) : null}
    </View>
  );
}
