import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { Image, Input, Text, View } from '@tarojs/components';
import { CATALOG_BOUNDS } from '../../../types/catalog';
import type { Product, ProductSource } from '../../../types/product';
import { sourcingText } from '../../../types/zh-CN/sourcing';
import { charLength } from '../../../types/text';
import { ui } from '../../../types/zh-CN/ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { ErrorState, LoadingState } from '../../components/state-views';
import { shortPrice, useProductEditor } from '../../features/catalog';
import { ImagePicker } from '../../features/uploads';
import { toast } from '../../utils/feedback';
import { formatPrice } from '../../utils/price';
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

  const carried = editor.source !== null;
  useEffect(() => {
    setPageTitle(carried ? sourcingText.carriedFormTitle : editor.editing ? ui.productForm.editTitle : ui.productForm.createTitle);
  }, [editor.editing, carried]);

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

  if (editor.source && editor.product) {
    return (
      <View className='product-form-page carried-form-page'>
        <CarriedFromSupplier product={editor.product} source={editor.source} />
        <View className='form-card product-form'>
          <Field
            name='price'
            label={ui.productForm.priceLabel}
            hint={sourcingText.priceHint(shortPrice(editor.source.minPriceFen), shortPrice(editor.source.maxPriceFen))}
            error={errors.price}
          >
            <Input className='field__input' type='digit' value={values.price} placeholder={ui.productForm.pricePlaceholder} onInput={(e) => editor.setField('price', e.detail.value)} />
          </Field>
          <Field name='story' label={sourcingText.carriedStoryLabel} hint={sourcingText.storyHint} aside={ui.productForm.counter(charLength(values.story), CATALOG_BOUNDS.story)} error={errors.story}>
            <GrowingTextarea className='field__textarea--tall' value={values.story} placeholder={sourcingText.storyPlaceholder} maxlength={-1} onInput={(e) => editor.setField('story', e.detail.value)} />
          </Field>
        </View>
        <View className='form-footer'>
          <FormMessage text={editor.formError} />
          <SubmitButton className='save-product' label={ui.common.save} busyLabel={ui.common.saving} busy={editor.submitting} onClick={() => void save()} />
        </View>
      </View>
    );
  }

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

/** The supplier's part of a carried product, read-only: who ships it, the supply price and band, title, stock, images, proof. */
function CarriedFromSupplier({ product, source }: { product: Product; source: ProductSource }) {
  const t = sourcingText;
  return (
    <View className='carried-source'>
      <Text className='carried-source__shipper shipped-by'>{t.shippedBy(source.supplierName)}</Text>
      <Text className='carried-source__band'>
        {t.carriedBandLine(source.supplyPriceFen === undefined ? null : formatPrice(source.supplyPriceFen), shortPrice(source.minPriceFen), shortPrice(source.maxPriceFen))}
      </Text>
      <Text className='carried-source__note'>{t.carriedReadOnly}</Text>
      <ReadOnlyRow name='title' label={t.carriedTitleLabel} value={product.title} />
      <ReadOnlyRow name='stock' label={t.carriedStockLabel} value={String(product.stock)} />
      <Thumbs name='images' label={t.carriedImagesLabel} urls={product.images} />
      <Thumbs name='proof-images' label={t.carriedProofLabel} urls={product.proofImages} />
      {source.supplierStory ? (
        <View className='carried-source__row'>
          <Text className='carried-source__label'>{t.carriedSupplierStory}</Text>
          <Text className='carried-source__story'>{source.supplierStory}</Text>
        </View>
      ) : null}
    </View>
  );
}

function ReadOnlyRow({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <View className={`carried-source__row carried-source__row--${name}`}>
      <Text className='carried-source__label'>{label}</Text>
      <Text className='carried-source__value'>{value}</Text>
    </View>
  );
}

function Thumbs({ name, label, urls }: { name: string; label: string; urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <View className={`carried-source__row carried-source__row--${name}`}>
      <Text className='carried-source__label'>{label}</Text>
      <View className='carried-source__thumbs'>
        {urls.map((url) => (
          <Image key={url} className='carried-source__thumb' src={url} mode='aspectFill' />
        ))}
      </View>
    </View>
  );
}
