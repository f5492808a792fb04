import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { EmptyState, ErrorState, LoadingState } from '../../components/state-views';
import { CustomerRow, ExportPanel, crmRoutes, useCustomers } from '../../features/crm';
import { openPage } from '../../utils/navigation';
import '../crm-pages.scss';
import './index.scss';

/** `/seller/customers/index`: the shop's customers (`crm.list`), searchable and filtered by tag, with the CSV exports. */
export default function CustomersPage() {
  const list = useCustomers();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(false);

  // Back from a customer: their note and tags as saved there.
  useDidShow(() => {
    if (shown) void list.refresh();
    setShown(true);
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });

  const filtered = list.filter.q !== '' || list.filter.tag !== '';
  return (
    <View className='crm-page customers-page'>
      <View className='crm-search'>
        <Input
          className='crm-search__input customer-search'
          value={query}
          placeholder={crmUi.customers.searchPlaceholder}
          maxlength={30}
          confirmType='search'
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => list.search(query)}
        />
        <View className='crm-search__button customer-search-button' onClick={() => list.search(query)}>
          {crmUi.customers.search}
        </View>
      </View>
      {list.knownTags.length > 0 ? (
        <View className='crm-filter tag-chips tag-filter'>
          <Text className={`tag-chip${list.filter.tag === '' ? ' tag-chip--active' : ''}`} onClick={() => list.filter.tag && list.pickTag(list.filter.tag)}>
            {crmUi.customers.allTags}
          </Text>
          {list.knownTags.map((t) => (
            <Text key={t} className={`tag-chip tag-filter__chip${list.filter.tag === t ? ' tag-chip--active' : ''}`} onClick={() => list.pickTag(t)}>
              {t}
            </Text>
          ))}
        </View>
      ) : null}

      {list.state.status === 'loading' ? <LoadingState /> : null}
      {list.state.status === 'error' ? <ErrorState message={list.state.error.message} onRetry={() => void list.reload()} /> : null}
      {list.state.status === 'ready' && list.state.data.customers.length === 0 ? (
        filtered ? <EmptyState title={crmUi.customers.noMatch} /> : <EmptyState title={crmUi.customers.empty} hint={crmUi.customers.emptyHint} />
      ) : null}
      {list.state.status === 'ready' && list.state.data.customers.length > 0 ? (
        <View className='crm-list customer-list'>
          {list.state.data.customers.map((c) => (
            <CustomerRow key={c.id} customer={c} onOpen={(x) => openPage(crmRoutes.customer(x.id))} />
          ))}
        </View>
      ) : null}
      {list.state.status === 'ready' && list.state.data.nextCursor ? (
        <View className={`crm-more load-more${list.state.data.moreError ? ' crm-more--error' : ''}`} onClick={() => void list.loadMore()}>
          {list.loadingMore ? crmUi.customers.loadingMore : list.state.data.moreError ? crmUi.customers.moreFailed : crmUi.customers.more}
        </View>
      ) : null}
      <Text className='crm-hint'>{crmUi.customers.privacy}</Text>

      <ExportPanel />
    </View>
  );
}
