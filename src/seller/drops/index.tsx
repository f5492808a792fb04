import { Text, View } from '@tarojs/components';
import type { Drop } from '../../../types/drop';
import { dropsUi } from '../../../types/zh-CN/drops-ui';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { cutoffText, localText, useDrops } from '../../features/drops';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** The seller's drops: 发起接龙 on top, the open ones (soonest cutoff first), then the closed ones. */
export default function SellerDropsPage() {
  const { state, reload, refresh } = useDrops();
  const now = Date.now();
  return (
    <PageFrame className='drops-page' state={state} refresh={refresh} refreshOnShow='afterFirst' reload={() => void reload()}>
      {({ drops, timeZone }) => {
        const open = drops.filter((d) => d.status === 'open');
        const closed = drops.filter((d) => d.status !== 'open');
        return (
          <View>
            <View className='drops-start'>
              <Text className='drops-start__hint'>{dropsUi.list.openHint}</Text>
              <View className='drops-start__button open-drop' hoverClass='drops-start__button--pressed' onClick={() => openPage(sellerRoutes.openDrop())}>
                {dropsUi.list.open}
              </View>
            </View>
            {drops.length === 0 ? <EmptyState title={dropsUi.list.empty} hint={dropsUi.list.emptyHint} /> : null}
            {open.length > 0 ? <DropSection name='open' heading={dropsUi.list.openHeading} drops={open} line={(d) => cutoffText(d.closesAt, timeZone, now)} /> : null}
            {closed.length > 0 ? (
              <DropSection name='closed' heading={dropsUi.list.closedHeading} drops={closed} line={(d) => dropsUi.closedAt(localText(d.closedAt ?? d.closesAt, timeZone))} />
            ) : null}
          </View>
        );
      }}
    </PageFrame>
  );
}

function DropSection({ name, heading, drops, line }: { name: string; heading: string; drops: Drop[]; line: (d: Drop) => string }) {
  return (
    <View className={`drops-section drops-section--${name}`}>
      <Text className='drops-section__heading'>{heading}</Text>
      {drops.map((d) => (
        <View key={d.id} className={`drops-row drops-row--${d.status}`} hoverClass='drops-row--pressed' onClick={() => openPage(sellerRoutes.drop(d.id))}>
          <View className='drops-row__head'>
            <Text className='drops-row__title'>{d.title}</Text>
            <Text className={`drops-row__status drops-row__status--${d.status}`}>{dropsUi.status[d.status]}</Text>
          </View>
          <Text className='drops-row__when'>{line(d)}</Text>
          <Text className='drops-row__items'>{d.items.map((i) => i.title).join('、')}</Text>
        </View>
      ))}
    </View>
  );
}
