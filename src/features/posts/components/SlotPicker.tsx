import { ScrollView, Text, View } from '@tarojs/components';
import type { Slot } from '../../../../cloud/core/posting/usage';
import { postingText } from '../../../../types/zh-CN/posting';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import { isPostingRule } from '../../../../cloud/core/posting/policy';
import { dayLabel, weekdayOf } from '../time';
import './posts.scss';

interface SlotPickerProps {
  days: readonly number[];
  today: number;
  dayIndex: number | null;
  onDay: (dayIndex: number) => void;
  slots: readonly Slot[];
  time: string | null;
  onTime: (slot: Slot) => void;
}

function dayName(day: number, today: number): string {
  if (day === today) return postsUi.composer.today;
  if (day === today + 1) return postsUi.composer.tomorrow;
  return postsUi.week.weekday[weekdayOf(day)];
}

/** Why a slot is grey, for its title (the rule's short name). */
function slotReason(slot: Slot): string {
  if (!slot.rule) return '';
  return isPostingRule(slot.rule) ? postingText.ruleName[slot.rule] : postingText[slot.rule];
}

/** A fortnight of days, then that day's half-hour slots; forbidden ones are grey and cannot be picked. */
export function SlotPicker({ days, today, dayIndex, onDay, slots, time, onTime }: SlotPickerProps) {
  const open = slots.some((s) => s.allowed);
  return (
    <View className='slot-picker'>
      <ScrollView className='day-tabs' scrollX>
        {days.map((day) => (
          <View key={day} className={`day-tab day-tab--${day - today}${day === dayIndex ? ' day-tab--active' : ''}`} onClick={() => onDay(day)}>
            <Text className='day-tab__name'>{dayName(day, today)}</Text>
            <Text className='day-tab__date'>{dayLabel(day)}</Text>
          </View>
        ))}
      </ScrollView>
      {dayIndex !== null && !open ? <Text className='slot-picker__none'>{postsUi.composer.noSlots}</Text> : null}
      <View className='slot-grid'>
        {slots.map((slot) => (
          <View
            key={slot.time}
            className={`slot slot--${slot.time.replace(':', '')}${slot.allowed ? '' : ' slot--forbidden'}${slot.time === time ? ' slot--chosen' : ''}`}
            aria-disabled={!slot.allowed}
            aria-label={slot.allowed ? slot.time : `${slot.time} ${slotReason(slot)}`}
            onClick={() => onTime(slot)}
          >
            {slot.time}
          </View>
        ))}
      </View>
    </View>
  );
}
