import { Text, View } from '@tarojs/components';
import { postingText } from '../../../../types/zh-CN/posting';
import { postsUi } from '../../../../types/zh-CN/posts-ui';
import type { Refusal } from '../useComposer';
import { formatLocal } from '../time';
import './posts.scss';

/** POSTING_LIMIT: the backend's sentence (the rule in plain zh-CN and when posting opens) and a one-tap "改在 … 发". */
export function RefusalCard({ refusal, timeZone, busy, onAccept }: { refusal: Refusal; timeZone: string; busy: boolean; onAccept: () => void }) {
  return (
    <View className={`refusal${refusal.rule ? ` refusal--${refusal.rule}` : ''}`}>
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
    </View>
  );
}
