import { Input, View } from '@tarojs/components';
import type { Shop } from '../../../../types/shop';
import { charLength } from '../../../../types/text';
import { ui } from '../../../../types/zh-CN/ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../../components/form';
import { ImagePicker } from '../../uploads';
import { useShopForm } from '../use-shop-form';

const NAME_MAX = 30;
const INTRO_MAX = 500;

/** The shop's name, intro and avatar: the fields of 开店 (ShopForm) and of the settings page (SettingsForm). */
export function ShopFields({ form }: { form: ReturnType<typeof useShopForm> }) {
  return (
    <View className='shop-fields'>
      <Field name='name' label={ui.seller.nameLabel} aside={ui.seller.counter(charLength(form.values.name), NAME_MAX)} error={form.errors.name}>
        <Input
          className='field__input'
          value={form.values.name}
          placeholder={ui.seller.namePlaceholder}
          maxlength={NAME_MAX + 10}
          onInput={(e) => form.setField('name', e.detail.value)}
        />
      </Field>
      <Field name='intro' label={ui.seller.introLabel} aside={ui.seller.counter(charLength(form.values.intro), INTRO_MAX)} error={form.errors.intro}>
        <GrowingTextarea value={form.values.intro} placeholder={ui.seller.introPlaceholder} maxlength={-1} onInput={(e) => form.setField('intro', e.detail.value)} />
      </Field>
      <Field name='avatar' label={ui.seller.avatarLabel} error={form.errors.avatarUrl}>
        <ImagePicker list={form.avatar} name='avatar' />
      </Field>
    </View>
  );
}

interface ShopFormProps {
  /** null: open a new shop; else edit this one */
  shop: Shop | null;
  submitLabel: string;
  busyLabel: string;
  onSaved: (shop: Shop) => void;
}

export function ShopForm({ shop, submitLabel, busyLabel, onSaved }: ShopFormProps) {
  const form = useShopForm(shop);
  return (
    <View className='shop-form'>
      <ShopFields form={form} />
      <FormMessage text={form.formError} />
      <SubmitButton
        className='shop-form__submit'
        label={submitLabel}
        busyLabel={busyLabel}
        busy={form.submitting}
        disabled={form.avatar.uploading}
        onClick={() =>
          void form.submit().then((saved) => {
            if (saved) onSaved(saved);
          })
        }
      />
    </View>
  );
}
