import { Fragment, type ReactNode } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import type { Slot } from '../../../../types/rules/posting/usage';
import { postingText } from '../../../../types/zh-CN/posting';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { isPostingRule } from '../../../../types/rules/posting/policy';
import { dayLabel, formatLocal, weekdayOf } from '../time';
import type { SlotReason } from '../use-slot-choice';
import './slot-picker.scss';

interface SlotPickerProps {
  days: readonly number[];
  today: number;
  dayIndex: number | null;
  onDay: (dayIndex: number) => void;
  slots: readonly Slot[];
  time: string | null;
  onTime: (slot: Slot) => void;
  /** why the tapped grey slot is grey, shown under its row */
  reason: SlotReason | null;
  onMoveTo: (iso: string) => void;
  onCloseReason: () => void;
  timeZone: string;
  /** "11月24日 19:00" once a time is chosen */
  chosenText: string | null;
  /** under the grid: the backend's refusal of the chosen time, where the seller chose it */
  children?: ReactNode;
}

/** Slots per row of .slot-grid (SlotPicker.scss: grid-template-columns: repeat(4, 1fr)). */
const COLUMNS = 4;

function dayName(day: number, today: number): string {
  if (day === today) return postsUi.composer.today;
  if (day === today + 1) return postsUi.composer.tomorrow;
  return postsUi.week.weekday[weekdayOf(day)];
}

/** Why a slot is grey, for its accessible label (the rule's short name). */
function slotReason(slot: Slot): string {
  if (!slot.rule) return '';
  return isPostingRule(slot.rule) ? postingText.ruleName[slot.rule] : postingText[slot.rule];
}

/** The rule that forbids a tapped slot and the next time it allows, spanning the grid under the slot's row. */
function ReasonLine({ reason, timeZone, onMoveTo, onClose }: { reason: SlotReason; timeZone: string; onMoveTo: (iso: string) => void; onClose: () => void }) {
  const next = reason.nextAllowedAt;
  return (
    <View className='slot-reason' role='status'>
      <Text className='slot-reason__title'>{postsUi.slotReason.title(reason.time)}</Text>
      <Text className='slot-reason__message'>{reason.message}</Text>
      <View className='slot-reason__actions'>
        {next ? (
          <View className='slot-reason__next' hoverClass='slot-reason__next--pressed' onClick={() => onMoveTo(next)}>
            {postsUi.slotReason.moveTo(formatLocal(next, timeZone))}
          </View>
        ) : null}
        <View className='slot-reason__close' onClick={onClose}>
          {postsUi.slotReason.close}
        </View>
      </View>
    </View>
  );
}

/**
 * Up to a fortnight of days (more when the post being moved is later), then that day's half-hour slots. A grey
 * slot cannot be chosen; tapped, it says which rule forbids it and the next time allowed, right under its row.
 */
export function SlotPicker({ days, today, dayIndex, onDay, slots, time, onTime, reason, onMoveTo, onCloseReason, timeZone, chosenText, children }: SlotPickerProps) {
  const open = slots.some((s) => s.allowed);
  const tapped = reason ? slots.findIndex((s) => s.time === reason.time) : -1;
  const rowEnd = tapped < 0 ? -1 : Math.min(slots.length - 1, Math.floor(tapped / COLUMNS) * COLUMNS + COLUMNS - 1);
  return (
    <View className='slot-picker'>
      {/* a day past the first few tabs (a post moved weeks ahead) is scrolled to; the first ones are in view anyway */}
      <ScrollView className='day-tabs' scrollX scrollIntoView={dayIndex !== null && days.length > 0 && dayIndex - days[0] >= 4 ? `day-tab-${dayIndex}` : undefined}>
        {days.map((day) => (
          <View key={day} id={`day-tab-${day}`} className={`day-tab day-tab--${day - today}${day === dayIndex ? ' day-tab--active' : ''}`} onClick={() => onDay(day)}>
            <Text className='day-tab__name'>{dayName(day, today)}</Text>
            <Text className='day-tab__date'>{dayLabel(day)}</Text>
          </View>
        ))}
      </ScrollView>
      {dayIndex !== null && !open ? <Text className='slot-picker__none'>{postsUi.composer.noSlots}</Text> : null}
      <View className='slot-grid'>
        {slots.map((slot, i) => (
          <Fragment key={slot.time}>
            <View
              className={`slot slot--${slot.time.replace(':', '')}${slot.allowed ? '' : ' slot--forbidden'}${slot.time === time ? ' slot--chosen' : ''}${i === tapped ? ' slot--explained' : ''}`}
              aria-disabled={!slot.allowed}
              aria-label={slot.allowed ? slot.time : `${slot.time} ${slotReason(slot)}`}
              onClick={() => onTime(slot)}
            >
              {slot.time}
            </View>
            {i === rowEnd && reason ? <ReasonLine reason={reason} timeZone={timeZone} onMoveTo={onMoveTo} onClose={onCloseReason} /> : null}
          </Fragment>
        ))}
      </View>
      {chosenText ? <Text className='slot-picker__chosen'>{postsUi.composer.chosen(chosenText)}</Text> : null}
      {children}
    </View>
  );
}
