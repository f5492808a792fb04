import { Text, View } from '@tarojs/components';
import { postingText } from '../../../../types/zh-CN/posting';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import type { Refusal } from '../use-composer';
import { formatLocal } from '../time';
import './refusal-card.scss';

/**
 * POSTING_LIMIT: the backend's sentence (the rule in plain zh-CN and when posting opens) and its one action,
 * "改在 … 发". Shown under the time the seller chose; the page hides its own submit button meanwhile, so there is
 * one red button, not two.
 */
export function RefusalCard({ refusal, timeZone, busy, onAccept }: { refusal: Refusal; timeZone: string; busy: boolean; onAccept: () => void }) {
  return (
    <View className={`refusal${refusal.rule ? ` refusal--${refusal.rule}` : ''}`} id='posting-refusal'>
      <Text className='refusal__title'>{postsUi.composer.refusedTitle}</Text>
      <Text className='refusal__message posting-refusal'>{refusal.message}</Text>
      {refusal.nextAllowedAt ? (
        <View
          className={`refusal__accept schedule-at-next${busy ? ' refusal__accept--busy' : ''}`}
          hoverClass='refusal__accept--pressed'
          onClick={() => {
            if (!busy) onAccept();
          }}
        >
          {postingText.scheduleAtNext(formatLocal(refusal.nextAllowedAt, timeZone))}
        </View>
      ) : null}
      <Text className='refusal__or'>{postsUi.composer.refusedOr}</Text>
    </View>
  );
}
