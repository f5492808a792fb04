import { Input, Text, Textarea, View } from '@tarojs/components';
import type { Shop } from '../../../../types/shop';
import { charLength } from '../../../../types/text';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { ui } from '../../../../types/zh-CN/ui';
import { Field, FormMessage, SubmitButton } from '../../../components/Form';
import { ImagePicker } from '../../uploads';
import { usePaymentForm } from '../usePaymentForm';

const S = ordersUi.seller;
const NOTE_MAX = 300;

export function PaymentForm({ shop, onSaved }: { shop: Shop; onSaved: (shop: Shop) => void }) {
  const form = usePaymentForm(shop);
  return (
    <View className='payment-form'>
      <Text className='console-card__title'>{S.paymentTitle}</Text>
      <Field name='transfer-note' label={S.transferNoteLabel} hint={S.transferNoteHint} aside={ui.seller.counter(charLength(form.transferNote), NOTE_MAX)} error={form.errors.transferNote}>
        <Textarea className='field__textarea' value={form.transferNote} placeholder={S.transferNotePlaceholder} maxlength={-1} onInput={(e) => form.setField('transferNote', e.detail.value)} />
      </Field>
      <Field name='transfer-qr' label={S.transferQrLabel} hint={S.transferQrHint} error={form.errors.transferQrUrl}>
        <ImagePicker list={form.qr} name='transfer-qr' />
      </Field>
      <Field name='sub-mch' label={S.subMchLabel} hint={S.subMchHint} aside={shop.payment.wechatPay ? S.wechatPayOn : undefined} error={form.errors.wechatSubMchId}>
        <Input className='field__input' type='number' value={form.wechatSubMchId} placeholder={S.subMchPlaceholder} maxlength={12} onInput={(e) => form.setField('wechatSubMchId', e.detail.value)} />
      </Field>
      <FormMessage text={form.formError} />
      <SubmitButton
        className='payment-form__submit'
        label={ui.common.save}
        busyLabel={ui.common.saving}
        busy={form.submitting}
        disabled={form.qr.uploading}
        onClick={() =>
          void form.submit().then((saved) => {
            if (saved) onSaved(saved);
          })
        }
      />
    </View>
  );
}
