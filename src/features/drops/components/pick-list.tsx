import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { fulfilmentOfWay, type PickListGroup } from '../../../../types/drop';
import { dropsUi } from '../../../../types/zh-CN/drops-ui';
import { orderStatusLabel } from '../../../../types/zh-CN/order-status-label';
import { toast } from '../../../utils/feedback';
import { groupPieces, isGone, paidAt, wayKey, wayTitle } from '../pick';
import './pick-list.scss';

interface PickListProps {
  groups: PickListGroup[];
  /** 到货了 is offered at a pickup point with paid orders waiting */
  onReady: (group: PickListGroup) => void;
  busy: string | null;
}

/**
 * 分货单: per way of fulfilment (each pickup point, then delivery, then shipping, as the backend groups them),
 * what to bring (product totals) and each order: receiver, phone (copied with a tap), pieces, code, status.
 */
export function PickListView({ groups, onReady, busy }: PickListProps) {
  const t = dropsUi.pick;
  if (groups.length === 0) return <Text className='pick-list__empty'>{t.empty}</Text>;
  return (
    <View className='pick-list'>
      {groups.map((group) => {
        const key = wayKey(group.way);
        const live = group.orders.filter((o) => !isGone(o.status));
        return (
          <View key={key} className={`pick-group pick-group--${key}`}>
            <View className='pick-group__head'>
              <Text className='pick-group__title'>{wayTitle(group.way)}</Text>
              <Text className='pick-group__count'>
                {t.orders(live.length)} · {t.pieces(groupPieces(group))}
              </Text>
            </View>
            {group.way.kind === 'pickup' && paidAt(group) > 0 ? (
              <Text className='pick-group__where'>
                {group.way.point.address} · {group.way.point.window}
              </Text>
            ) : null}
            {group.totals.length > 0 ? (
              <View className='pick-group__totals'>
                <Text className='pick-group__label'>{t.totals}</Text>
                {group.totals.map((total) => (
                  <Text key={total.productId} className='pick-total'>
                    {t.total(total.title, total.qty)}
                  </Text>
                ))}
              </View>
            ) : (
              <Text className='pick-group__none'>{t.none}</Text>
            )}
            {group.orders.map((order) => (
              <View key={order.orderId} className={`pick-order${isGone(order.status) ? ' pick-order--gone' : ''}`}>
                <View className='pick-order__head'>
                  <Text className='pick-order__name'>{order.name}</Text>
                  {order.showName ? null : <Text className='pick-order__anonymous'>{t.anonymous}</Text>}
                  <Text className={`pick-order__status pick-order__status--${order.status}`}>{orderStatusLabel('owner', { status: order.status, fulfilment: fulfilmentOfWay(group.way) })}</Text>
                </View>
                <View className='pick-order__phone-row'>
                  <Text className='pick-order__phone'>{order.phone}</Text>
                  <View className='pick-order__copy copy-phone' onClick={() => copyPhone(order.phone)}>
                    {t.copyPhone}
                  </View>
                </View>
                {order.detail ? <Text className='pick-order__detail'>{order.detail}</Text> : null}
                <Text className='pick-order__lines'>{order.lines.map((l) => t.total(l.title, l.qty)).join('，')}</Text>
                {order.pickupCode ? <Text className='pick-order__code'>{t.code(order.pickupCode)}</Text> : null}
              </View>
            ))}
            {group.way.kind === 'pickup' && paidAt(group) > 0 ? (
              <View
                className={`pick-group__ready mark-ready${busy ? ' pick-group__ready--busy' : ''}`}
                hoverClass='pick-group__ready--pressed'
                onClick={() => {
                  if (!busy) onReady(group);
                }}
              >
                {t.ready}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

/** https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html (WeChat shows its own toast). */
function copyPhone(phone: string) {
  void Taro.setClipboardData({ data: phone })
    .then(() => {
      if (process.env.TARO_ENV !== 'weapp') toast(dropsUi.pick.phoneCopied);
    })
    .catch(() => undefined);
}
