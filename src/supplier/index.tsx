import { Text, View } from '@tarojs/components';
import { supplierConsoleUi } from '../../types/zh-CN/supplier-console';
import { DevIdentitySwitcher } from '../components/dev-identity-switcher';
import { PageFrame } from '../components/page-frame';
import { EmptyState } from '../components/state-views';
import { OpenSupplierCard, SupplyProductRow, useSupplierHome } from '../features/supplier';
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
  const home = useSupplierHome();
  const { state, reload, refresh } = home;

  return (
    <PageFrame className='supplier-home' state={state} refresh={refresh} refreshOnShow='afterFirst' reload={() => void reload()} bottom={() => <DevIdentitySwitcher />}>
      {(mine) =>
        mine.supplier === null ? (
          <OpenSupplierCard
            onOpened={(opened) => {
              // CONFLICT: the caller opened one meanwhile (another device): show it as the backend has it
              if (opened === 'exists') return void reload();
              toast(U.opened);
              home.opened(opened);
            }}
          />
        ) : (
          <View>
            <View className='supplier-head'>
              <Text className='supplier-head__label'>{U.title}</Text>
              <Text className='supplier-head__name supplier-name'>{mine.supplier.name}</Text>
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
              {mine.products.length === 0 ? (
                <EmptyState title={U.noProducts} hint={U.noProductsHint} />
              ) : (
                mine.products.map((p) => <SupplyProductRow key={p.id} product={p} onOpen={() => openPage(supplierRoutes.editProduct(p.id))} />)
              )}
              {home.moreError ? <Text className='supplier-products__more-error'>{home.moreError.message}</Text> : null}
              {mine.nextCursor ? (
                <View className='supplier-products__more load-more' hoverClass='supplier-products__more--pressed' onClick={() => void home.more()}>
                  {U.orders.more}
                </View>
              ) : null}
            </View>
          </View>
        )
      }
    </PageFrame>
  );
}
