import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { Drop, OrderFulfilment } from '../../../../types/drop';
import type { Address } from '../../../../types/order';
import { dropUi as T } from '../../../../types/zh-CN/drop-ui';
import { ordersMainUi } from '../../../../types/zh-CN/orders-ui-main';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../../components/form';
import { formatPrice } from '../../../utils/price';
import { pickWechatAddress } from '../../checkout';
import { needsDetail, totalOf, type JoinErrors, type Quantities } from '../rules';

interface JoinSheetProps {
  drop: Drop;
  quantities: Quantities;
  way: OrderFulfilment;
  address: Address;
  onAddress: (address: Address) => void;
  errors: JoinErrors;
  anonymous: boolean;
  onAnonymous: (on: boolean) => void;
  formError: string | null;
  submitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What 确认跟团 confirms, said once more where the friend taps it: the page behind the sheet is half hidden. */
function JoinSummary({ drop, quantities, way }: { drop: Drop; quantities: Quantities; way: OrderFulfilment }) {
  const point = way.kind === 'pickup' ? drop.fulfilment.pickup[way.pickupIndex] : null;
  const total = totalOf(drop.items, quantities);
  return (
    <View className='drop-summary'>
      {drop.items
        .filter((i) => (quantities[i.productId] ?? 0) > 0)
        .map((i) => (
          <Text key={i.productId} className='drop-summary__line'>
            {T.summaryLine(i.title, quantities[i.productId])}
          </Text>
        ))}
      <Text className='drop-summary__way'>{point ? T.summaryPickup(point.name, point.window) : way.kind === 'delivery' ? T.delivery : T.shipping}</Text>
      <Text className='drop-summary__total'>{T.total(formatPrice(total.fen), total.pieces)}</Text>
    </View>
  );
}

/** The second tap's sheet: what is confirmed, who picks it up (and where to bring it, for delivery and shipping), 匿名跟团, 确认跟团. */
export function JoinSheet({ drop, quantities, way, address, onAddress, errors, anonymous, onAnonymous, formError, submitting, onConfirm, onCancel }: JoinSheetProps) {
  const set = (field: keyof Address) => (e: { detail: { value: string } }) => onAddress({ ...address, [field]: e.detail.value });
  const withDetail = needsDetail(way);
  const [pickProblem, setPickProblem] = useState<string | null>(null);

  // WeChat's own address book fills name, phone and (for delivery) the address line in one tap, after the privacy
  // authorization: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/address/wx.chooseAddress.html
  // (success gives userName, telNumber, provinceName…detailInfo; closing the picker fails with "cancel", no error).
  const pickFromWechat = async () => {
    setPickProblem(null);
    const picked = await pickWechatAddress();
    if (picked.status === 'ok') onAddress(picked.address);
    else if (picked.status === 'refused') setPickProblem(ordersMainUi.address.privacyRefused);
    else if (picked.status === 'failed') setPickProblem(ordersMainUi.address.chooseFailed);
  };

  return (
    <View className='drop-sheet'>
      <View className='drop-sheet__mask' onClick={onCancel} />
      <View className='drop-sheet__panel'>
        <Text className='drop-sheet__title'>{T.sheetTitle}</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          <View className='drop-sheet__wechat drop-wechat-address' onClick={() => void pickFromWechat()}>
            {T.useWechatAddress} ›
          </View>
        ) : null}
        {pickProblem ? <Text className='field-error'>{pickProblem}</Text> : null}
        <Field name='drop-name' label={T.nameLabel} error={errors.name}>
          <Input className='field__input' value={address.name} placeholder={T.namePlaceholder} maxlength={40} onInput={set('name')} />
        </Field>
        <Field name='drop-phone' label={T.phoneLabel} error={errors.phone}>
          <Input className='field__input' type='number' value={address.phone} placeholder={T.phonePlaceholder} maxlength={30} onInput={set('phone')} />
        </Field>
        {withDetail ? (
          <Field name='drop-detail' label={ordersMainUi.address.detailLabel} error={errors.detail}>
            <GrowingTextarea className='field__textarea--short' value={address.detail} placeholder={ordersMainUi.address.detailPlaceholder} maxlength={-1} onInput={set('detail')} />
          </Field>
        ) : null}
        <View className={`drop-anonymous${anonymous ? ' drop-anonymous--on' : ''}`} role='switch' aria-checked={anonymous} onClick={() => onAnonymous(!anonymous)}>
          <View className='drop-anonymous__text'>
            <Text className='drop-anonymous__label'>{T.anonymous}</Text>
            <Text className='drop-anonymous__hint'>{T.anonymousHint}</Text>
          </View>
          <View className='drop-anonymous__toggle'>
            <View className='drop-anonymous__knob' />
          </View>
        </View>
        <JoinSummary drop={drop} quantities={quantities} way={way} />
        <FormMessage text={formError} />
        <SubmitButton className='drop-confirm' label={T.confirm} busyLabel={T.submitting} busy={submitting} onClick={onConfirm} />
        <View className='drop-sheet__cancel' onClick={onCancel}>
          {T.cancel}
        </View>
      </View>
    </View>
  );
}
