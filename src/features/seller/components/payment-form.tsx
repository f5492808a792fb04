import { Input, Text, View } from '@tarojs/components';
import { charLength } from '../../../../types/text';
import { formsUi } from '../../../../types/zh-CN/forms-ui';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { ui } from '../../../../types/zh-CN/ui';
import { Field, GrowingTextarea } from '../../../components/form';
import { ImagePicker } from '../../uploads';
import type { usePaymentForm } from '../use-payment-form';

const S = ordersUi.seller;
const F = formsUi.settings;
const NOTE_MAX = 300;

/** 收款设置's fields (saved by the settings page's one button, SettingsForm). */
export function PaymentForm({ form }: { form: ReturnType<typeof usePaymentForm> }) {
  return (
    <View className='payment-form'>
      <Text className='console-card__title'>{S.paymentTitle}</Text>
      <Field name='transfer-note' label={S.transferNoteLabel} hint={S.transferNoteHint} aside={ui.seller.counter(charLength(form.transferNote), NOTE_MAX)} error={form.errors.transferNote}>
        <GrowingTextarea value={form.transferNote} placeholder={S.transferNotePlaceholder} maxlength={-1} onInput={(e) => form.setField('transferNote', e.detail.value)} />
      </Field>
      <Field name='transfer-qr' label={S.transferQrLabel} hint={S.transferQrHint} error={form.errors.transferQrUrl}>
        <ImagePicker list={form.qr} name='transfer-qr' />
      </Field>
      <Field name='sub-mch' label={S.subMchLabel} hint={S.subMchHint} error={form.errors.wechatSubMchId}>
        {form.editingSubMch ? (
          <View className='sub-mch-edit'>
            <Input
              className='field__input'
              type='number'
              value={form.wechatSubMchId}
              placeholder={form.subMchSet ? F.subMchNewPlaceholder : S.subMchPlaceholder}
              maxlength={12}
              onInput={(e) => form.setField('wechatSubMchId', e.detail.value)}
            />
            {form.subMchSet ? (
              <Text className='sub-mch-edit__keep keep-sub-mch' onClick={() => form.editSubMch(false)}>
                {F.subMchKeep}
              </Text>
            ) : null}
          </View>
        ) : (
          <View className='sub-mch-saved'>
            <Text className='sub-mch-saved__text'>{F.subMchSaved}</Text>
            <View className='sub-mch-saved__change change-sub-mch' hoverClass='sub-mch-saved__change--pressed' onClick={() => form.editSubMch(true)}>
              {F.subMchChange}
            </View>
          </View>
        )}
      </Field>
    </View>
  );
}
