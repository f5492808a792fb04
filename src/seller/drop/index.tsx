import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { DropView } from '../../../types/drop';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { PageFrame } from '../../components/page-frame';
import { ErrorState } from '../../components/state-views';
import { CodeEntry, PickExport, PickListView, countdownText, cutoffText, localText, joinCounts, useDrop, useNow } from '../../features/drops';
import { paramFrom } from '../../utils/navigation';
import './index.scss';

/** One drop as its seller follows it: status and countdown, who joined, paid and unpaid, the pick list, 到货了, codes. */
export default function SellerDropPage() {
  const router = useRouter();
  const dropId = paramFrom(router.params, 'dropId');
  const live = useDrop(dropId);
  const now = useNow(30_000);
  const t = dropsUi.live;
  return (
    <PageFrame
      className='live-drop-page'
      state={live.state}
      refresh={live.refresh}
      refreshOnShow='whenReady'
      error={(e) => <ErrorState title={t.loadFailed} message={e.message} onRetry={e.code === 'NOT_FOUND' ? undefined : () => void live.reload()} />}
    >
      {({ view, pickList, timeZone }) => {
        const { drop } = view;
        const open = drop.status === 'open';
        const left = open ? countdownText(drop.closesAt, now) : null;
        const counts = joinCounts(view);
        return (
          <View>
            <View className='live-head'>
              <View className='live-head__top'>
                <Text className='live-head__title'>{drop.title}</Text>
                <Text className={`live-head__status live-head__status--${drop.status}`}>{dropsUi.status[drop.status]}</Text>
              </View>
              <Text className='live-head__cutoff'>{open ? cutoffText(drop.closesAt, timeZone, now) : dropsUi.closedAt(localText(drop.closedAt ?? drop.closesAt, timeZone))}</Text>
              {left ? <Text className='live-head__countdown countdown'>{left}</Text> : null}
              <View className='live-stats'>
                <Stat name='joined' text={t.joined(view.joinedCount)} />
                <Stat name='pieces' text={t.pieces(view.pieces)} />
                {/* who has not paid is what the seller chases: always shown, 0 too; the rarer states only when there are some */}
                <Stat name='unpaid' text={t.unpaid(counts.unpaid)} />
                {counts.toConfirm > 0 ? <Stat name='to-confirm' text={t.toConfirm(counts.toConfirm)} /> : null}
                <Stat name='paid' text={t.paid(counts.toHandOver)} />
                {counts.handedOver > 0 ? <Stat name='handed-over' text={t.handedOver(counts.handedOver)} /> : null}
                {counts.afterSale > 0 ? <Stat name='after-sale' text={t.afterSale(counts.afterSale)} /> : null}
              </View>
              {open ? (
                <View className={`live-head__close close-drop${live.busy ? ' live-head__close--busy' : ''}`} hoverClass='live-head__close--pressed' onClick={() => void live.close()}>
                  {t.close}
                </View>
              ) : null}
            </View>

            <CodeEntry verify={live.verify} />

            <View className='live-pick'>
              <Text className='live-pick__heading'>{dropsUi.pick.heading}</Text>
              <PickExport dropId={drop.id} />
              <PickListView groups={pickList.groups} busy={live.busy} onReady={(g) => void live.markReady(g)} />
            </View>

            <Joiners view={view} />
          </View>
        );
      }}
    </PageFrame>
  );
}

function Stat({ name, text }: { name: string; text: string }) {
  return <Text className={`live-stats__item live-stat--${name}`}>{text}</Text>;
}

function Joiners({ view }: { view: DropView }) {
  const t = dropsUi.live;
  return (
    <View className='live-joiners'>
      <Text className='live-joiners__heading'>{t.joinersHeading}</Text>
      {!view.drop.showJoiners ? <Text className='live-joiners__note'>{t.joinersHidden}</Text> : null}
      {view.drop.showJoiners && view.joiners.length === 0 ? <Text className='live-joiners__note'>{t.noJoiners}</Text> : null}
      {view.joiners.map((j, i) => (
        <Text key={`${j.at}-${i}`} className='live-joiners__line joiner'>
          {t.joinerLine(j.name, j.qty)}
        </Text>
      ))}
    </View>
  );
}
