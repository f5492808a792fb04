import { useState } from 'react';
import { Image, Input, Text, View } from '@tarojs/components';
import type { SupplyProduct } from '../../../types/supply';
import { sourcingText as t } from '../../../types/zh-CN/sourcing';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { shortPrice, useSupplyList } from '../../features/sourcing';
import { openPage } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** `/seller/sourcing/index` (找货源): what suppliers offer to carry, searchable, a page at a time. */
export default function SourcingPage() {
  const list = useSupplyList();
  const [typed, setTyped] = useState('');

  const top = (
    <View className='sourcing-search'>
      <Input
        className='sourcing-search__input supply-search'
        value={typed}
        placeholder={t.searchPlaceholder}
        maxlength={30}
        confirmType='search'
        onInput={(e) => setTyped(e.detail.value)}
        onConfirm={() => list.search(typed)}
      />
      <View className='sourcing-search__button supply-search-button' onClick={() => list.search(typed)}>
        {t.search}
      </View>
    </View>
  );

  // Back from a detail where it was carried: 已在店里 shows (the first show is the initial load).
  return (
    <PageFrame className='sourcing-page' state={list.state} refresh={list.refresh} refreshOnShow='afterFirst' reload={() => void list.reload()} top={top}>
      {(data) => (
        <>
          {data.products.length === 0 ? (
            <EmptyState title={list.query ? t.emptySearch(list.query) : t.empty} hint={list.query ? undefined : t.emptyHint} />
          ) : (
            <View className='supply-list'>
              {data.products.map((p) => (
                <SupplyCard key={p.id} product={p} carried={list.carried.has(p.id)} />
              ))}
            </View>
          )}
          {data.nextCursor ? (
            <View className={`sourcing-more load-more${list.more.error ? ' sourcing-more--error' : ''}`} onClick={() => void list.loadMore()}>
              {list.more.busy ? t.loadingMore : list.more.error ? list.more.error.message : t.more}
            </View>
          ) : null}
        </>
      )}
    </PageFrame>
  );
}

function SupplyCard({ product: p, carried }: { product: SupplyProduct; carried: boolean }) {
  const cover = p.images[0];
  return (
    <View className='supply-card' data-id={p.id} hoverClass='supply-card--pressed' onClick={() => openPage(sellerRoutes.sourcingDetail(p.id))}>
      {cover ? <Image className='supply-card__cover' src={cover} mode='aspectFill' /> : <View className='supply-card__cover supply-card__cover--empty' />}
      <View className='supply-card__info'>
        <Text className='supply-card__title'>{p.title}</Text>
        <Text className='supply-card__supplier'>{p.supplierName}</Text>
        <Text className='supply-card__band'>{t.band(shortPrice(p.minPriceFen), shortPrice(p.maxPriceFen))}</Text>
        <View className='supply-card__meta'>
          <Text className={`supply-card__stock${p.stock > 0 ? '' : ' supply-card__stock--out'}`}>{t.stock(p.stock)}</Text>
          <Text className='supply-card__ship'>{t.shipWithin(p.shipWithinHours)}</Text>
          <Text className='supply-card__carried-by'>{t.carriedBy(p.carriedBy)}</Text>
        </View>
        {carried ? <Text className='supply-card__in-shop in-shop'>{t.alreadyCarried}</Text> : null}
      </View>
    </View>
  );
}
