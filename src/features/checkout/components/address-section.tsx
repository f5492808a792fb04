import { Input, View } from '@tarojs/components';
import type { Address } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { Field, GrowingTextarea } from '../../../components/form';
import type { AddressErrors } from '../address-fields';

export interface AddressSectionProps {
  address: Address;
  errors: AddressErrors;
  onChange: (address: Address) => void;
}

const T = ordersUi.checkout;

/**
 * The browser's address: a form, checked with the backend's `addressSchema` on submit.
 * (`address-section.weapp.tsx` is WeChat's: the user's own address book through `Taro.chooseAddress`.)
 */
export function AddressSection({ address, errors, onChange }: AddressSectionProps) {
  const set = (field: keyof Address) => (e: { detail: { value: string } }) => onChange({ ...address, [field]: e.detail.value });
  return (
    <View className='checkout-card address-section address-form'>
      <View className='checkout-card__title'>{T.addressHeading}</View>
      <Field name='address-name' label={T.nameLabel} error={errors.name}>
        <Input className='field__input' value={address.name} placeholder={T.namePlaceholder} maxlength={40} onInput={set('name')} />
      </Field>
      <Field name='address-phone' label={T.phoneLabel} error={errors.phone}>
        <Input className='field__input' type='text' value={address.phone} placeholder={T.phonePlaceholder} maxlength={30} onInput={set('phone')} />
      </Field>
      <Field name='address-detail' label={T.detailLabel} error={errors.detail}>
        <GrowingTextarea className='field__textarea--short' value={address.detail} placeholder={T.detailPlaceholder} maxlength={-1} onInput={set('detail')} />
      </Field>
    </View>
  );
}
