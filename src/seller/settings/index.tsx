import { View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { PaymentForm, ShopForm, useMyShop } from '../../features/seller';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { toast } from '../../utils/feedback';
import { goBackOr } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import '../console/index.scss';

/** Edit the shop's name, intro and avatar (`shop.update`). */
export default function SellerSettingsPage() {
  const { state, reload, replace } = useMyShop();
  return (
    <View className='console-page settings-page'>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.error.message} onRetry={() => void reload()} /> : null}
      {state.status === 'none' ? <ErrorState message={ui.catalog.noShop} /> : null}
      {state.status === 'ready' ? (
        <View>
          <View className='console-card'>
            <ShopForm
              key={state.shop.id}
              shop={state.shop}
              submitLabel={ui.common.save}
              busyLabel={ui.common.saving}
              onSaved={(shop) => {
                replace(shop);
                toast(ui.seller.settingsSaved);
                goBackOr(sellerRoutes.console);
              }}
            />
          </View>
          <View className='console-card payment-card'>
            <PaymentForm
              key={`${state.shop.id}-payment`}
              shop={state.shop}
              onSaved={(shop) => {
                replace(shop);
                toast(ordersUi.seller.saved);
              }}
            />
          </View>
        </View>
      ) : null}
    </View>
  );
}
