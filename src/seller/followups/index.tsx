import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { EmptyState, ErrorState, LoadingState } from '../../components/state-views';
import { FollowUpCard, useFollowUps } from '../../features/crm';
import '../crm-pages.scss';
import './index.scss';

/** `/seller/followups/index`: follow-ups due, each with a chat-ready text to copy; done or snoozed by the seller. */
export default function FollowUpsPage() {
  const f = useFollowUps();
  const [shown, setShown] = useState(false);

  useDidShow(() => {
    if (shown) void f.reload();
    setShown(true);
  });
  usePullDownRefresh(() => {
    void f.reload().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className='crm-page followups-page'>
      <Text className='followups-hint'>{crmUi.followUps.hint}</Text>
      {f.state.status === 'loading' ? <LoadingState /> : null}
      {f.state.status === 'error' ? <ErrorState message={f.state.error.message} onRetry={() => void f.retry()} /> : null}
      {f.state.status === 'ready' && f.due.length === 0 ? <EmptyState title={crmUi.followUps.empty} hint={crmUi.followUps.emptyHint} /> : null}
      {f.due.map((item) => (
        <FollowUpCard
          key={item.id}
          followUp={item}
          busy={f.busy === item.id}
          onCopy={() => void f.copy(item)}
          onDone={() => void f.done(item)}
          onSnooze={() => void f.snooze(item)}
        />
      ))}
    </View>
  );
}
