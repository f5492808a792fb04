import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { crmUi } from '../../../types/zh-CN/crm-ui';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { CustomerRow, ExportPanel, crmRoutes, useCustomers } from '../../features/crm';
import { openPage } from '../../utils/navigation';
import '../crm-pages.scss';
import './index.scss';

/** `/seller/customers/index`: the shop's customers (`crm.list`), searchable and filtered by tag, with the CSV exports. */
export default function CustomersPage() {
  const list = useCustomers();
  const [query, setQuery] = useState('');

  const filtered = list.filter.q !== '' || list.filter.tag !== '';
  const top = (
    <>
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
    </>
  );

  // Back from a customer: their note and tags as saved there (the first show is the initial load).
  return (
    <PageFrame
      className='crm-page customers-page'
      state={list.state}
      refresh={list.refresh}
      refreshOnShow='afterFirst'
      reload={() => void list.reload()}
      top={top}
      bottom={() => (
        <>
          <Text className='crm-hint'>{crmUi.customers.privacy}</Text>
          <ExportPanel />
        </>
      )}
    >
      {(data) => (
        <>
          {data.customers.length === 0 ? (
            filtered ? <EmptyState title={crmUi.customers.noMatch} /> : <EmptyState title={crmUi.customers.empty} hint={crmUi.customers.emptyHint} />
          ) : (
            <View className='crm-list customer-list'>
              {data.customers.map((c) => (
                <CustomerRow key={c.id} customer={c} onOpen={(x) => openPage(crmRoutes.customer(x.id))} />
              ))}
            </View>
          )}
          {data.nextCursor ? (
            <View className={`crm-more load-more${data.moreError ? ' crm-more--error' : ''}`} onClick={() => void list.loadMore()}>
              {list.loadingMore ? crmUi.customers.loadingMore : data.moreError ? crmUi.customers.moreFailed : crmUi.customers.more}
            </View>
          ) : null}
        </>
      )}
    </PageFrame>
  );
}
