import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ui } from '../../../types/zh-CN/ui';
import { DevIdentitySwitcher } from '../../components/DevIdentitySwitcher';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { ShopHeader, shopPagePath } from '../../features/shop';
import { useMyShop } from '../../features/seller';
import './index.scss';

/** The seller's console (subpackage `seller`): for now, whether the caller has a shop and a link to it. */
export default function SellerConsolePage() {
  const { state, reload } = useMyShop();

  return (
    <View className='console-page'>
      {state.status === 'loading' ? <LoadingState /> : null}

      {state.status === 'error' ? <ErrorState message={state.error.message} onRetry={() => void reload()} /> : null}

      {state.status === 'none' ? (
        <View className='console-card no-shop'>
          <Text className='console-card__title'>{ui.seller.noShop}</Text>
          <Text className='console-card__text'>{ui.seller.noShopExplain}</Text>
        </View>
      ) : null}

      {state.status === 'ready' ? (
        <View className='console-card my-shop'>
          <Text className='console-card__label'>{ui.seller.myShop}</Text>
          <ShopHeader shop={state.shop} />
          <View
            className='console-link view-shop-link'
            hoverClass='console-link--pressed'
            onClick={() => void Taro.navigateTo({ url: shopPagePath(state.shop.id) })}
          >
            {ui.seller.viewShop}
          </View>
        </View>
      ) : null}

      <DevIdentitySwitcher />
    </View>
  );
}
