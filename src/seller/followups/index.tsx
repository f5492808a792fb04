import { Text } from '@tarojs/components';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { FollowUpCard, useFollowUps } from '../../features/crm';
import '../crm-pages.scss';
import './index.scss';

/** `/seller/followups/index`: follow-ups due, each with a chat-ready text to copy; done or snoozed by the seller. */
export default function FollowUpsPage() {
  const f = useFollowUps();
  // Back from a chat, and pull-to-refresh: ask again with the list on screen (the first show is the initial load).
  return (
    <PageFrame
      className='crm-page followups-page'
      state={f.state}
      refresh={f.reload}
      refreshOnShow='afterFirst'
      reload={() => void f.retry()}
      top={<Text className='followups-hint'>{crmUi.followUps.hint}</Text>}
    >
      {() =>
        f.due.length === 0 ? (
          <EmptyState title={crmUi.followUps.empty} hint={crmUi.followUps.emptyHint} />
        ) : (
          f.due.map((item) => (
            <FollowUpCard
              key={item.id}
              followUp={item}
              busy={f.busy === item.id}
              onCopy={() => void f.copy(item)}
              onDone={() => void f.done(item)}
              onSnooze={() => void f.snooze(item)}
            />
          ))
        )
      }
    </PageFrame>
  );
}
