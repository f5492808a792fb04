import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { SUPPLY_BOUNDS } from '../../../types/supply';
import { charLength } from '../../../types/text';
import { supplierConsoleUi } from '../../../types/zh-CN/supplier-console';
import { ui } from '../../../types/zh-CN/ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { ErrorState, LoadingState } from '../../components/state-views';
import { useSupplyEditor, type SupplyFormValues } from '../../features/supplier';
import { ImagePicker } from '../../features/uploads';
import { confirmAction, toast } from '../../utils/feedback';
import { goBackOr, paramFrom } from '../../utils/navigation';
import { supplierRoutes } from '../../utils/routes';
import { setPageTitle } from '../../utils/title';
import './index.scss';

const F = supplierConsoleUi.form;

/** Create (`/supplier/product-edit/index`) or edit (`?supplyProductId=…`) a supply product, or archive it. */
export default function SupplyProductEditPage() {
  const router = useRouter();
  const editor = useSupplyEditor(paramFrom(router.params, 'supplyProductId'));
  const { values, errors, images, proofImages } = editor;

  useEffect(() => {
    setPageTitle(editor.editing ? F.editTitle : F.createTitle);
  }, [editor.editing]);

  if (editor.load.status === 'loading') return <LoadingState />;
  if (editor.load.status === 'error') {
    const error = editor.load.error;
    return <ErrorState title={F.loadFailed} message={error.message} onRetry={error.code === 'NOT_FOUND' ? undefined : () => void editor.retry()} />;
  }
  const archived = editor.load.product?.status === 'archived';

  const save = async () => {
    const saved = await editor.submit();
    if (!saved) return;
    toast(editor.editing ? F.saved : F.created);
    goBackOr(supplierRoutes.home);
  };
  const archive = async () => {
    if (!(await confirmAction(F.archiveConfirmTitle, F.archiveConfirm, F.archiveButton))) return;
    if (await editor.archive()) {
      toast(F.archivedToast);
      goBackOr(supplierRoutes.home);
    }
  };
  const uploading = images.uploading || proofImages.uploading;
  const numberField = (field: keyof SupplyFormValues, name: string, label: string, hint?: string, digits = true) => (
    <Field name={name} label={label} hint={hint} error={errors[field]}>
      <Input
        className='field__input'
        type={digits ? 'digit' : 'number'}
        value={values[field]}
        placeholder={digits ? F.pricePlaceholder : F.numberPlaceholder}
        onInput={(e) => editor.setField(field, e.detail.value)}
      />
    </Field>
  );

  return (
    <View className='supply-form-page'>
      <View className='supply-form'>
        <Field name='title' label={F.titleLabel} aside={supplierConsoleUi.counter(charLength(values.title), SUPPLY_BOUNDS.title)} error={errors.title}>
          <Input className='field__input' value={values.title} placeholder={F.titlePlaceholder} onInput={(e) => editor.setField('title', e.detail.value)} />
        </Field>
        <Field name='story' label={F.storyLabel} hint={F.storyHint} aside={supplierConsoleUi.counter(charLength(values.story), SUPPLY_BOUNDS.story)} error={errors.story}>
          <GrowingTextarea className='field__textarea--tall' value={values.story} placeholder={F.storyPlaceholder} maxlength={-1} onInput={(e) => editor.setField('story', e.detail.value)} />
        </Field>

        {numberField('supplyPrice', 'supply-price', F.supplyPriceLabel, F.supplyPriceHint)}
        <Text className='supply-form__hint'>{F.bandHint}</Text>
        <View className='supply-form__row'>
          <View className='supply-form__cell'>{numberField('minPrice', 'min-price', F.minPriceLabel)}</View>
          <View className='supply-form__cell'>{numberField('maxPrice', 'max-price', F.maxPriceLabel)}</View>
        </View>
        <View className='supply-form__row'>
          <View className='supply-form__cell'>{numberField('stock', 'stock', F.stockLabel, F.stockHint, false)}</View>
          <View className='supply-form__cell'>{numberField('shipWithinHours', 'ship-within', F.shipLabel, undefined, false)}</View>
        </View>

        <Field name='images' label={F.imagesLabel} aside={supplierConsoleUi.counter(images.items.length, images.max)} error={errors.images}>
          <ImagePicker list={images} name='images' />
        </Field>
        <Field name='proof-images' label={F.proofLabel} hint={F.proofHint} aside={supplierConsoleUi.counter(proofImages.items.length, proofImages.max)} error={errors.proofImages}>
          <ImagePicker list={proofImages} name='proof-images' />
        </Field>
      </View>

      <View className='supply-form-footer'>
        <FormMessage text={editor.formError} />
        {uploading ? <Text className='supply-form-footer__note'>{F.waitUploads}</Text> : null}
        <SubmitButton
          className='save-supply-product'
          label={editor.editing ? ui.common.save : F.create}
          busyLabel={ui.common.saving}
          busy={editor.submitting}
          disabled={uploading}
          onClick={() => void save()}
        />
        {editor.editing && !archived ? (
          <View className='supply-form-footer__archive archive-supply-product' onClick={() => void archive()}>
            {F.archive}
          </View>
        ) : null}
      </View>
    </View>
  );
}
