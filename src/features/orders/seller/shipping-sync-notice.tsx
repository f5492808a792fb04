import { Text, View } from '@tarojs/components';
import type { Order } from '../../../../types/order';
import { deliveryText } from '../../../../types/zh-CN/delivery';
import './ship-panel.scss';

const S = deliveryText.sync;

/**
 * 「未同步到微信」 on the seller's order page while WeChat does not have the shipment of an order paid with
 * WeChat Pay: its money stays frozen until WeChat does (发货信息管理). Gone once synced; the buyer never sees it.
 */
export function ShippingSyncNotice({ order }: { order: Order }) {
  const sync = order.shipment?.wechatSync;
  if (!sync || sync.status === 'synced') return null;
  const text = sync.status === 'failed' ? S.failed(sync.error ?? '') : sync.status === 'manual' ? S.manual : S.pending;
  return (
    <View className={`order-card shipping-sync shipping-sync--${sync.status}`}>
      <Text className='shipping-sync__title'>{S.notSynced}</Text>
      <Text className='shipping-sync__text'>{text}</Text>
    </View>
  );
}
