import { View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { ErrorState, LoadingState } from '../../components/state-views';
import { useMyShop } from '../../features/seller';
import { SettingsForm } from '../../features/seller/components/settings-form';
import '../console/index.scss';

/** The shop's name, intro and avatar and its payment settings, saved together (`shop.update`). */
export default function SellerSettingsPage() {
  const { state, reload, replace } = useMyShop();
  return (
    <View className='console-page settings-page'>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.error.message} onRetry={() => void reload()} /> : null}
      {state.status === 'none' ? <ErrorState message={ui.catalog.noShop} /> : null}
      {state.status === 'ready' ? <SettingsForm key={state.shop.id} shop={state.shop} onSaved={replace} /> : null}
    </View>
  );
}
