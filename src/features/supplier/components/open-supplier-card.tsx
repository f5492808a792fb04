import { Input, Text, View } from '@tarojs/components';
import { SUPPLY_BOUNDS, type Supplier } from '../../../../types/supply';
import { charLength } from '../../../../types/text';
import { supplierConsoleUi } from '../../../../types/zh-CN/supplier-console';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../../components/form';
import { useOpenForm } from '../use-open-form';
import './open-supplier-card.scss';

const U = supplierConsoleUi;

/** No supplier yet: what 一件代发 means here (no fees, no stock to buy), and the form to open one. */
export function OpenSupplierCard({ onOpened }: { onOpened: (supplier: Supplier | 'exists') => void }) {
  const form = useOpenForm();
  const { values, errors } = form;
  const submit = async () => {
    const opened = await form.submit();
    if (opened) onOpened(opened);
  };
  return (
    <View className='open-supplier'>
      <Text className='open-supplier__title'>{U.noSupplier}</Text>
      {U.explain.map((line) => (
        <Text key={line} className='open-supplier__text'>
          {line}
        </Text>
      ))}
      <View className='open-supplier__form'>
        <Field name='supplier-name' label={U.nameLabel} aside={U.counter(charLength(values.name), SUPPLY_BOUNDS.name)} error={errors.name}>
          <Input className='field__input' value={values.name} placeholder={U.namePlaceholder} onInput={(e) => form.setField('name', e.detail.value)} />
        </Field>
        <Field name='supplier-intro' label={U.introLabel} aside={U.counter(charLength(values.intro), SUPPLY_BOUNDS.intro)} error={errors.intro}>
          <GrowingTextarea value={values.intro} placeholder={U.introPlaceholder} maxlength={-1} onInput={(e) => form.setField('intro', e.detail.value)} />
        </Field>
        <Field name='supplier-contact' label={U.contactLabel} hint={U.contactHint} error={errors.contact}>
          <Input className='field__input' value={values.contact} placeholder={U.contactPlaceholder} onInput={(e) => form.setField('contact', e.detail.value)} />
        </Field>
        <FormMessage text={form.formError} />
        <SubmitButton className='open-supplier-button' label={U.openButton} busyLabel={U.opening} busy={form.busy} onClick={() => void submit()} />
      </View>
    </View>
  );
}
