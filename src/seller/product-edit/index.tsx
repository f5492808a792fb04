import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { CATALOG_BOUNDS } from '../../../types/catalog';
import { charLength } from '../../../types/text';
import { ui } from '../../../types/zh-CN/ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { ErrorState, LoadingState } from '../../components/state-views';
import { useProductEditor } from '../../features/catalog';
import { ImagePicker } from '../../features/uploads';
import { toast } from '../../utils/feedback';
import { setPageTitle } from '../../utils/title';
import { goBackOr, paramFrom } from '../../utils/navigation';
import { sellerRoutes } from '../routes';
import './index.scss';

/** Create (`/seller/product-edit/index`) or edit (`?productId=…`) a product. */
export default function ProductEditPage() {
  const router = useRouter();
  const productId = paramFrom(router.params, 'productId');
  const editor = useProductEditor(productId);
  const { values, errors, images, proofImages } = editor;

  useEffect(() => {
    setPageTitle(editor.editing ? ui.productForm.editTitle : ui.productForm.createTitle);
  }, [editor.editing]);

  if (editor.load.status === 'loading') return <LoadingState />;
  if (editor.load.status === 'error') {
    const error = editor.load.error;
    return <ErrorState title={ui.productForm.loadFailed} message={error.message} onRetry={error.code === 'NOT_FOUND' ? undefined : () => void editor.retry()} />;
  }

  const save = async () => {
    const saved = await editor.submit();
    if (!saved) return;
    toast(editor.editing ? ui.productForm.saved : ui.productForm.created);
    goBackOr(sellerRoutes.catalog);
  };
  const uploading = images.uploading || proofImages.uploading;

  return (
    <View className='product-form-page'>
      <View className='form-card product-form'>
        <Field name='title' label={ui.productForm.titleLabel} aside={ui.productForm.counter(charLength(values.title), CATALOG_BOUNDS.title)} error={errors.title}>
          <Input className='field__input' value={values.title} placeholder={ui.productForm.titlePlaceholder} onInput={(e) => editor.setField('title', e.detail.value)} />
        </Field>

        <View className='form-row'>
          <View className='form-row__cell'>
            <Field name='price' label={ui.productForm.priceLabel} error={errors.price}>
              <Input className='field__input' type='digit' value={values.price} placeholder={ui.productForm.pricePlaceholder} onInput={(e) => editor.setField('price', e.detail.value)} />
            </Field>
          </View>
          <View className='form-row__cell'>
            <Field name='stock' label={ui.productForm.stockLabel} error={errors.stock}>
              <Input className='field__input' type='number' value={values.stock} placeholder={ui.productForm.stockPlaceholder} onInput={(e) => editor.setField('stock', e.detail.value)} />
            </Field>
          </View>
        </View>

        <Field
          name='story'
          label={ui.productForm.storyLabel}
          hint={ui.productForm.storyHint}
          aside={ui.productForm.counter(charLength(values.story), CATALOG_BOUNDS.story)}
          error={errors.story}
        >
          <GrowingTextarea
            className='field__textarea--tall'
            value={values.story}
            placeholder={ui.productForm.storyPlaceholder}
            maxlength={-1}
            onInput={(e) => editor.setField('story', e.detail.value)}
          />
        </Field>

        <Field
          name='images'
          label={ui.productForm.imagesLabel}
          hint={ui.productForm.imagesHint}
          aside={ui.productForm.counter(images.items.length, images.max)}
          error={errors.images}
        >
          <ImagePicker list={images} name='images' />
        </Field>

        <Field
          name='proof-images'
          label={ui.productForm.proofLabel}
          hint={ui.productForm.proofHint}
          aside={ui.productForm.counter(proofImages.items.length, proofImages.max)}
          error={errors.proofImages}
        >
          <ImagePicker list={proofImages} name='proof-images' />
        </Field>
      </View>

      <View className='form-footer'>
        <FormMessage text={editor.formError} />
        {uploading ? <Text className='form-footer__note'>{ui.productForm.waitUploads}</Text> : null}
        <SubmitButton
          className='save-product'
          label={editor.editing ? ui.common.save : ui.productForm.create}
          busyLabel={ui.common.saving}
          busy={editor.submitting}
          disabled={uploading}
          onClick={() => void save()}
        />
      </View>
    </View>
  );
}
