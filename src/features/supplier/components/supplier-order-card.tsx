import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SupplierOrder } from '../../../../types/supply';
import { supplierConsoleUi } from '../../../../types/zh-CN/supplier-console';
import { AddressLines } from '../../../components/address-lines';
import { toast } from '../../../utils/feedback';
import { formatOrderTime } from '../../orders';
import { SupplierShipForm } from './supplier-ship-form';
import './supplier-order-card.scss';

const O = supplierConsoleUi.orders;

/** The address as one paste for a courier's app or a waybill: name, phone, address. */
export function addressText(order: SupplierOrder): string {
  const a = order.address;
  return `${a.name} ${a.phone} ${a.detail}`;
}

/**
 * One order the supplier ships: which shop sold it, the pieces, where to send them (with a copy), by when,
 * and 发货 while it waits. Nothing of the buyer but the address: the backend sends no more.
 */
export function SupplierOrderCard({ order, onShipped }: { order: SupplierOrder; onShipped: (order: SupplierOrder | null) => void }) {
  const [shipping, setShipping] = useState(false);
  // https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
  // (WeChat shows its own "内容已复制" toast; the app's toast says the same on H5.)
  const copy = () => {
    void Taro.setClipboardData({ data: addressText(order) })
      .then(() => toast(O.copied))
      .catch(() => undefined);
  };
  return (
    <View className={`supplier-order supplier-order--${order.status}`}>
      <View className='supplier-order__head'>
        <Text className='supplier-order__shop'>{O.fromShop(order.shopName)}</Text>
        {order.paidAt ? <Text className='supplier-order__time'>{formatOrderTime(order.paidAt)}</Text> : null}
      </View>
      {order.items.map((item) => (
        <View key={item.supplyProductId} className='supplier-order__item'>
          <Text className='supplier-order__title'>{item.title}</Text>
          <Text className='supplier-order__qty'>× {item.qty}</Text>
        </View>
      ))}
      <View className='supplier-order__address'>
        <View className='supplier-order__address-head'>
          <Text className='supplier-order__label'>{O.address}</Text>
          <Text className='supplier-order__copy copy-address' onClick={copy}>
            {O.copyAddress}
          </Text>
        </View>
        <AddressLines address={order.address} />
      </View>
      {order.note ? <Text className='supplier-order__note'>{`${O.note}：${order.note}`}</Text> : null}
      {order.shipment ? (
        <Text className='supplier-order__shipment'>{O.shipment(order.shipment.carrier, order.shipment.trackingNo)}</Text>
      ) : order.shipBy && order.status === 'paid' ? (
        <Text className='supplier-order__ship-by'>{O.shipBy(formatOrderTime(order.shipBy))}</Text>
      ) : null}
      {order.status === 'paid' && !shipping ? (
        <View className='supplier-order__ship ship-button' hoverClass='supplier-order__ship--pressed' onClick={() => setShipping(true)}>
          {O.ship}
        </View>
      ) : null}
      {shipping ? (
        <SupplierShipForm
          orderId={order.id}
          onClose={() => setShipping(false)}
          onShipped={(shipped) => {
            setShipping(false);
            toast(O.shipped);
            onShipped(shipped);
          }}
        />
      ) : null}
    </View>
  );
}
