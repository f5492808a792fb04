import { Text, View } from '@tarojs/components';
import type { FollowUp } from '../../../../types/crm';
import { crmUi } from '../../../../types/zh-CN/crm-ui';
import { formatDate } from '../format';
import './crm-button.scss';
import './follow-up-card.scss';

interface FollowUpCardProps {
  followUp: FollowUp;
  busy: boolean;
  onCopy: () => void;
  onDone: () => void;
  onSnooze: () => void;
}

/** A follow-up due: who, what they bought, the chat-ready text to copy, and done / snooze. */
export function FollowUpCard({ followUp, busy, onCopy, onDone, onSnooze }: FollowUpCardProps) {
  return (
    <View className='followup-card' data-id={followUp.id}>
      <View className='followup-card__head'>
        <Text className='followup-card__name'>{followUp.customerName}</Text>
        <Text className='followup-card__date'>{crmUi.followUps.completedAt(formatDate(followUp.completedAt))}</Text>
      </View>
      <Text className='followup-card__products'>{crmUi.followUps.products(followUp.productTitles)}</Text>
      <Text className='followup-card__text followup-text' userSelect>
        {followUp.text}
      </Text>
      <View className='followup-card__actions'>
        <View className='crm-button crm-button--primary copy-followup' hoverClass='crm-button--pressed' onClick={onCopy}>
          {crmUi.followUps.copy}
        </View>
        <View
          className={`crm-button done-followup${busy ? ' crm-button--disabled' : ''}`}
          hoverClass='crm-button--pressed'
          onClick={() => {
            if (!busy) onDone();
          }}
        >
          {crmUi.followUps.done}
        </View>
        <View
          className={`crm-button snooze-followup${busy ? ' crm-button--disabled' : ''}`}
          hoverClass='crm-button--pressed'
          onClick={() => {
            if (!busy) onSnooze();
          }}
        >
          {crmUi.followUps.snooze}
        </View>
      </View>
    </View>
  );
}
