import { Text, View } from '@tarojs/components';
import { ordersMainUi } from '../../../../types/zh-CN/orders-ui-main';
import './cannot-order-notice.scss';

/** Said plainly where 加入购物车/立即购买 would be: this shop cannot take orders yet, and why. */
export function CannotOrderNotice() {
  return (
    <View className='cannot-order'>
      <Text className='cannot-order__text'>{ordersMainUi.cannotOrder}</Text>
    </View>
  );
}
