import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { SUPPLIER_ORDER_TABS, SupplierNoticeCard, SupplierOrderCard, useSupplierOrders, type SupplierOrderTab } from '../../features/supplier';
import './index.scss';

const O = supplierConsoleUi.orders;

/** The orders a supplier ships: 待发货 first, then 已发货 and 全部. */
export default function SupplierOrdersPage() {
  const [tab, setTab] = useState<SupplierOrderTab>('paid');
  const orders = useSupplierOrders(tab);

  const tabs = (
    <View className='supplier-tabs'>
      {SUPPLIER_ORDER_TABS.map((t) => (
        <View key={t.key} className={`supplier-tabs__tab supplier-tab-${t.key}${t.key === tab ? ' supplier-tabs__tab--on' : ''}`} onClick={() => setTab(t.key)}>
          {O.tabs[t.key]}
          {t.status && orders.state.status === 'ready' && orders.state.data.counts[t.status] ? ` ${orders.state.data.counts[t.status]}` : ''}
        </View>
      ))}
    </View>
  );

  return (
    <PageFrame className='supplier-orders' state={orders.state} refresh={orders.refresh} refreshOnShow='afterFirst' reload={() => void orders.reload()} top={tabs}>
      {(page) => (
        <View>
          {tab === 'paid' ? <SupplierNoticeCard /> : null}
          {page.orders.length === 0 ? <EmptyState title={O.empty} hint={O.emptyHint} /> : null}
          {page.orders.map((order) => (
            <SupplierOrderCard key={order.id} order={order} onShipped={(shipped) => (shipped ? orders.shipped(shipped) : void orders.refresh())} />
          ))}
          {orders.moreError ? <Text className='supplier-orders__more-error'>{orders.moreError.message}</Text> : null}
          {page.nextCursor ? (
            <View className='supplier-orders__more load-more' onClick={() => void orders.more()}>
              {O.more}
            </View>
          ) : null}
        </View>
      )}
    </PageFrame>
  );
}
