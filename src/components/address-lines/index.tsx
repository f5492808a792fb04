import { Text, View } from '@tarojs/components';
import type { Address } from '../../../types/order';
import './index.scss';

/**
 * A postal address as the buyer and the seller read it: name and phone on one line, the address under them.
 * The checkout's picker and an order's address card both show it, so its style has one home.
 */
export function AddressLines({ address }: { address: Address }) {
  return (
    <>
      <View className='address-card__head'>
        <Text className='address-card__name'>{address.name}</Text>
        <Text className='address-card__phone'>{address.phone}</Text>
      </View>
      <Text className='address-card__detail'>{address.detail}</Text>
    </>
  );
}
