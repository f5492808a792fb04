import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { supplierConsoleUi } from '../../types/zh-CN/supplier-console';
import { DevIdentitySwitcher } from '../components/dev-identity-switcher';
import { PageFrame } from '../components/page-frame';
import { EmptyState } from '../components/state-views';
import { loadSupplierHome, OpenSupplierCard, SupplyProductRow } from '../features/supplier';
import { useResource } from '../hooks/use-resource';
import { toast } from '../utils/feedback';
import { openPage } from '../utils/navigation';
import { supplierRoutes } from '../utils/routes';
import './index.scss';

const U = supplierConsoleUi;
const SECTIONS = [
  { key: 'orders', path: supplierRoutes.orders },
  { key: 'statements', path: supplierRoutes.statements },
  { key: 'sellers', path: supplierRoutes.sellers },
] as const;

/** 货源后台 (subpackage `supplier`): become a supplier, or its products and where its orders and money are. */
export default function SupplierHomePage() {
  const load = useCallback(() => loadSupplierHome(), []);
  const { state, reload, refresh, replace } = useResource(load);

  return (
    <PageFrame className='supplier-home' state={state} refresh={refresh} refreshOnShow='afterFirst' reload={() => void reload()} bottom={() => <DevIdentitySwitcher />}>
      {(home) =>
        home.supplier === null ? (
          <OpenSupplierCard
            onOpened={(opened) => {
              if (opened !== 'exists') toast(U.opened);
              replace({ supplier: opened === 'exists' ? { id: '', name: '' } : { id: opened.id, name: opened.name }, products: [] });
            }}
          />
        ) : (
          <View>
            <View className='supplier-head'>
              <Text className='supplier-head__label'>{U.title}</Text>
              {home.supplier.name ? <Text className='supplier-head__name supplier-name'>{home.supplier.name}</Text> : null}
            </View>
            <View className='supplier-sections'>
              {SECTIONS.map((s) => (
                <View key={s.key} className={`supplier-sections__item supplier-${s.key}-link`} hoverClass='supplier-sections__item--pressed' onClick={() => openPage(s.path)}>
                  <Text className='supplier-sections__title'>{U.tabs[s.key]}</Text>
                  <Text className='supplier-sections__hint'>{U.tabsHint[s.key]}</Text>
                </View>
              ))}
            </View>
            <View className='supplier-products'>
              <View className='supplier-products__head'>
                <Text className='supplier-products__title'>{U.myProducts}</Text>
                <View className='supplier-products__add new-supply-product' hoverClass='supplier-products__add--pressed' onClick={() => openPage(supplierRoutes.newProduct)}>
                  {U.newProduct}
                </View>
              </View>
              {home.products.length === 0 ? (
                <EmptyState title={U.noProducts} hint={U.noProductsHint} />
              ) : (
                home.products.map((p) => <SupplyProductRow key={p.id} product={p} onOpen={() => openPage(supplierRoutes.editProduct(p.id))} />)
              )}
            </View>
          </View>
        )
      }
    </PageFrame>
  );
}
