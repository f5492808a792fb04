import { useCallback, useMemo, useState } from 'react';
import type { Post, PostPolicyView } from '../../../types/post';
import { postingText } from '../../../types/zh-CN/posting';
import { isPostingRule } from '../../../types/rules/posting/policy';
import { daySlots, explainTime, type Slot } from '../../../types/rules/posting/usage';
import { countedFrom } from './lists';
import { clockOf, dateKey, dayIndexAt, formatLocal } from './time';

/** Slot step of the time picker. */
export const SLOT_MINUTES = 30;
/** Quiet hours always cover 00:00–06:00, so the picker starts at 06:00. */
const FIRST_SLOT_MINUTE = 6 * 60;

/** The time picker's slots for a day, from 06:00: the policy's own daySlots over the posts that count. */
export function pickerSlots(view: PostPolicyView, posts: readonly Post[], dayIndex: number, productId: string | null, now: number, exceptId?: string): Slot[] {
  return daySlots(view.policy, countedFrom(posts, exceptId), { date: dateKey(dayIndex), productId, stepMinutes: SLOT_MINUTES }, new Date(now)).slice(FIRST_SLOT_MINUTE / SLOT_MINUTES);
}

/** Why a greyed slot is grey, for the line under its row: the backend's own sentence and its next time. */
export interface SlotReason {
  /** the tapped slot, "HH:MM" */
  time: string;
  message: string;
  /** the next time the same post would be accepted (ISO), null when none within 60 days */
  nextAllowedAt: string | null;
}

/**
 * The reason a slot is forbidden, from the pure policy the backend checks with (explainTime = checkPost), and
 * worded by the same function as its POSTING_LIMIT error (postingText.limit), so the page never guesses.
 * Null for an allowed slot.
 */
export function explainSlot(view: PostPolicyView, posts: readonly Post[], slot: Slot, productId: string | null, now: number, exceptId?: string): SlotReason | null {
  const { policy } = view;
  if (slot.allowed) return null;
  if (!slot.at) return { time: slot.time, message: postingText.nonexistentTime, nextAllowedAt: null };
  const verdict = explainTime(policy, countedFrom(posts, exceptId), { at: slot.at, productId }, new Date(now));
  if (!verdict) return null;
  const next = verdict.nextAllowedAt;
  const nextText = next ? formatLocal(next.getTime(), policy.timeZone) : null;
  let message: string;
  if (isPostingRule(verdict.rule)) message = postingText.limit(policy, verdict.rule, nextText);
  else message = postingText[verdict.rule] + (nextText ? postingText.nextAllowed(nextText) : '');
  return { time: slot.time, message, nextAllowedAt: next ? next.toISOString() : null };
}

interface SlotChoiceInput {
  view: PostPolicyView | null;
  posts: readonly Post[] | null;
  productId: string | null;
  now: number;
  /** the post being moved: left out of the posts that count */
  exceptId?: string;
  initialDay: number | null;
}

/**
 * A day, a time and why a tapped grey time is grey: what the composer and 改时间 share. A time chosen through
 * "改到 …" is kept to the minute (the policy's next time need not fall on the half-hour grid).
 */
export function useSlotChoice({ view, posts, productId, now, exceptId, initialDay }: SlotChoiceInput) {
  const [dayIndex, setDayIndex] = useState<number | null>(initialDay);
  const [time, setTime] = useState<string | null>(null);
  /** an exact instant chosen through a reason's "改到 …" */
  const [pinned, setPinned] = useState<string | null>(null);
  const [reason, setReason] = useState<SlotReason | null>(null);
  const timeZone = view?.policy.timeZone ?? 'Asia/Shanghai';

  const slots = useMemo(
    () => (view && posts && dayIndex !== null ? pickerSlots(view, posts, dayIndex, productId, now, exceptId) : []),
    [view, posts, dayIndex, productId, now, exceptId],
  );
  const slot = slots.find((s) => s.time === time && s.allowed && s.at) ?? null;
  const chosenAt: Date | null = pinned ? new Date(pinned) : (slot?.at ?? null);

  const pickDay = useCallback((day: number) => {
    setDayIndex(day);
    setTime(null);
    setPinned(null);
    setReason(null);
  }, []);

  /** An allowed slot is chosen; a grey one says why, under its row. */
  const tap = useCallback(
    (s: Slot) => {
      if (s.allowed) {
        setPinned(null);
        setTime(s.time);
        setReason(null);
        return;
      }
      setReason(view && posts ? explainSlot(view, posts, s, productId, now, exceptId) : null);
    },
    [view, posts, productId, now, exceptId],
  );

  /** Chooses an exact instant (the reason's next allowed time): its day opens, its time is the choice. */
  const moveTo = useCallback(
    (iso: string) => {
      const ms = Date.parse(iso);
      setDayIndex(dayIndexAt(ms, timeZone));
      setTime(clockOf(ms, timeZone));
      setPinned(iso);
      setReason(null);
    },
    [timeZone],
  );

  /** Forgets the time (another product may not go at it), keeping the day. */
  const clearTime = useCallback(() => {
    setTime(null);
    setPinned(null);
    setReason(null);
  }, []);

  const reset = useCallback((day: number | null) => {
    setDayIndex(day);
    setTime(null);
    setPinned(null);
    setReason(null);
  }, []);

  return {
    dayIndex,
    pickDay,
    slots,
    time,
    tap,
    reason,
    closeReason: () => setReason(null),
    moveTo,
    chosenAt,
    chosenText: chosenAt ? formatLocal(chosenAt.getTime(), timeZone) : null,
    reset,
    clearTime,
  };
}
