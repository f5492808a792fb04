import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { PageFrame } from '../../components/page-frame';
import { EmptyState } from '../../components/state-views';
import { supplyApi } from '../../features/supplier';
import { useResource } from '../../hooks/use-resource';
import { formatPrice } from '../../utils/price';
import './index.scss';

const S = supplierConsoleUi.sellers;

/** The shops that carry the supplier's products, and how many pieces of each they sold: counts, never buyers. */
export default function SupplierSellersPage() {
  const load = useCallback(() => supplyApi.sellers(), []);
  const sellers = useResource(load);
  return (
    <PageFrame className='supplier-sellers' state={sellers.state} refresh={sellers.refresh} refreshOnShow='afterFirst' reload={() => void sellers.reload()}>
      {(shops) => (
        <View>
          {shops.length === 0 ? <EmptyState title={S.empty} hint={S.emptyHint} /> : null}
          {shops.map((shop) => (
            <View key={shop.shopId} className='supplier-seller'>
              <Text className='supplier-seller__name'>{shop.shopName}</Text>
              {shop.products.map((p) => (
                <Text key={p.supplyProductId} className='supplier-seller__line'>
                  {S.line(p.title, formatPrice(p.priceFen), p.pieces)}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </PageFrame>
  );
}
