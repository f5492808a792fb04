import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { pickWechatAddress } from '../wechat-address';
import { AddressLines } from '../../../components/address-lines';
import type { AddressSectionProps } from './address-section';

const T = ordersUi.checkout;

/** WeChat's address: the user's own address book (`Taro.chooseAddress`), after the privacy authorization. */
export function AddressSection({ address, errors, onChange }: AddressSectionProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const hasAddress = address.name !== '' && address.detail !== '';
  const fieldError = errors.name ?? errors.phone ?? errors.detail ?? null;

  const choose = async () => {
    setProblem(null);
    const picked = await pickWechatAddress();
    if (picked.status === 'ok') onChange(picked.address);
    else if (picked.status === 'refused') setProblem(T.privacyRefused);
    else if (picked.status === 'failed') setProblem(T.chooseFailed);
  };

  return (
    <View className='checkout-card address-section address-picker' hoverClass='checkout-card--pressed' onClick={() => void choose()}>
      <View className='checkout-card__title'>{T.addressHeading}</View>
      {hasAddress ? (
        <View className='address-card'>
          <AddressLines address={address} />
          <Text className='address-picker__change'>{T.changeAddress} ›</Text>
        </View>
      ) : (
        <Text className='address-picker__choose'>{T.chooseAddress} ›</Text>
      )}
      {problem || fieldError ? <Text className='field-error'>{problem ?? fieldError}</Text> : null}
    </View>
  );
}
