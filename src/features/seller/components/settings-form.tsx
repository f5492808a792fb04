import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Shop } from '../../../../types/shop';
import { formsUi } from '../../../../types/zh-CN/forms-ui';
import { ui } from '../../../../types/zh-CN/ui';
import { callFunction, toApiError } from '../../../api';
import { FormMessage, SubmitButton } from '../../../components/form';
import { toast } from '../../../utils/feedback';
import { shopChanges } from '../shop-form';
import { usePaymentForm } from '../use-payment-form';
import { useShopForm } from '../use-shop-form';
import { PaymentForm } from './payment-form';
import { ShopFields } from './shop-form';
import './settings-form.scss';

const F = formsUi.settings;

/**
 * The settings page: the shop's name, intro and avatar, and 收款设置, saved together by one button in
 * one `shop.update`. Only what the seller changed is sent, so a save never clears a field they did
 * not touch; the page stays, showing what was saved (the merchant id as 已设置).
 */
export function SettingsForm({ shop, onSaved }: { shop: Shop; onSaved: (shop: Shop) => void }) {
  const info = useShopForm(shop);
  const payment = usePaymentForm(shop);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const uploading = info.avatar.uploading || payment.qr.uploading;

  const save = async () => {
    if (saving) return;
    if (uploading) {
      setFormError(ui.productForm.waitUploads);
      return;
    }
    const fields = info.check();
    const pay = payment.check(shop);
    if (!fields || !pay) {
      setFormError(null);
      return;
    }
    const changes = shopChanges(shop, fields);
    const params = { ...changes, ...(Object.keys(pay).length > 0 ? { payment: pay } : {}) };
    if (Object.keys(params).length === 0) {
      setFormError(null);
      toast(F.nothingChanged);
      return;
    }
    setFormError(null);
    setSaving(true);
    try {
      const saved = await callFunction('shop', 'update', params);
      payment.saved(saved);
      onSaved(saved);
      toast(F.saved);
    } catch (err) {
      const error = toApiError(err);
      info.showErrors(error.fields);
      payment.showErrors(error.fields);
      setFormError(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className='settings-form'>
      <View className='console-card'>
        <Text className='console-card__title'>{F.shopSection}</Text>
        <ShopFields form={info} />
      </View>
      <View className='console-card payment-card'>
        <PaymentForm form={payment} />
      </View>
      <View className='settings-form__foot'>
        <FormMessage text={formError} />
        <SubmitButton className='settings-form__submit save-settings' label={F.save} busyLabel={F.saving} busy={saving} disabled={uploading} onClick={() => void save()} />
      </View>
    </View>
  );
}
