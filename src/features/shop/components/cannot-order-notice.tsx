import { Text, View } from '@tarojs/components';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import './cannot-order-notice.scss';

/** Said plainly where 加入购物车/立即购买 would be: this shop cannot take orders yet, and why. */
export function CannotOrderNotice() {
  return (
    <View className='cannot-order'>
      <Text className='cannot-order__text'>{afterSalesUi.shop.cannotOrder}</Text>
    </View>
  );
}
