import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Input, ScrollView, Text, View } from '@tarojs/components';
import { SUPPLY_BOUNDS, type SupplyProduct } from '../../../types/supply';
import { charLength } from '../../../types/text';
import { sourcingText as t } from '../../../types/zh-CN/sourcing';
import { ui } from '../../../types/zh-CN/ui';
import { PageFrame } from '../../components/page-frame';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { previewImages } from '../../features/product';
import { shortPrice, useCarry } from '../../features/sourcing';
import { toast } from '../../utils/feedback';
import { openPage, paramFrom } from '../../utils/navigation';
import { formatPrice } from '../../utils/price';
import { setPageTitle } from '../../utils/title';
import { sellerRoutes } from '../routes';
import './index.scss';

/** `/seller/sourcing-detail/index?supplyProductId=…`: one supply product, as its supplier tells it, and the form that carries it. */
export default function SourcingDetailPage() {
  const router = useRouter();
  const carry = useCarry(paramFrom(router.params, 'supplyProductId'));
  const title = carry.state.status === 'ready' ? carry.state.data.title : t.detailTitle;
  useEffect(() => setPageTitle(title), [title]);

  const submit = async () => {
    const product = await carry.submit();
    if (!product) return;
    toast(t.carried);
    // Straight to the carried product's own form (price and words): back from there is the browse list,
    // which then shows 已在店里. redirectTo closes this page, so back never returns to a form already sent
    // (https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.redirectTo.html).
    void Taro.redirectTo({ url: sellerRoutes.editProduct(product.id) }).catch(() => openPage(sellerRoutes.catalog));
  };

  return (
    <PageFrame className='sourcing-detail-page' state={carry.state} refresh={carry.refresh} reload={() => void carry.reload()}>
      {(p) => (
        <>
          <SupplyInfo product={p} />
          <View className='carry-card'>
            <Text className='carry-card__title'>{t.carryHeading}</Text>
            <Text className='carry-card__free carry-free'>{t.carryFree}</Text>
            {carry.isCarried ? (
              <View className='carry-card__done'>
                <Text className='carry-card__in-shop in-shop'>{t.alreadyCarried}</Text>
                {carry.carriedProduct ? (
                  <View className='carry-card__edit go-edit-carried' onClick={() => openPage(sellerRoutes.editProduct(carry.carriedProduct?.id ?? ''))}>
                    {t.carriedGoEdit}
                  </View>
                ) : null}
              </View>
            ) : (
              <>
                <Field name='price' label={t.priceLabel} hint={t.priceHint(shortPrice(p.minPriceFen), shortPrice(p.maxPriceFen))} error={carry.errors.price}>
                  <Input className='field__input' type='digit' value={carry.price} onInput={(e) => carry.setPrice(e.detail.value)} />
                </Field>
                <Field
                  name='story'
                  label={t.storyLabel}
                  hint={t.storyHint}
                  aside={ui.productForm.counter(charLength(carry.story), SUPPLY_BOUNDS.story)}
                  error={carry.errors.story}
                >
                  <GrowingTextarea value={carry.story} placeholder={t.storyPlaceholder} maxlength={-1} onInput={(e) => carry.setStory(e.detail.value)} />
                </Field>
                <FormMessage text={carry.formError} />
                {p.stock > 0 ? null : <Text className='carry-card__sold-out'>{t.soldOut}</Text>}
                <SubmitButton className='carry-button' label={t.carry} busyLabel={t.carrying} busy={carry.submitting} onClick={() => void submit()} />
              </>
            )}
          </View>
        </>
      )}
    </PageFrame>
  );
}

function SupplyInfo({ product: p }: { product: SupplyProduct }) {
  return (
    <View className='supply-info'>
      {p.images.length > 0 ? (
        <ScrollView className='supply-info__gallery' scrollX>
          {p.images.map((url) => (
            <Image key={url} className='supply-info__image' src={url} mode='aspectFill' onClick={() => previewImages(p.images, url)} />
          ))}
        </ScrollView>
      ) : null}
      <View className='supply-info__body'>
        <Text className='supply-info__title'>{p.title}</Text>
        <Text className='supply-info__supplier'>
          {t.supplierLabel} · {p.supplierName}
        </Text>
        <Text className='supply-info__band'>{t.band(shortPrice(p.minPriceFen), shortPrice(p.maxPriceFen))}</Text>
        {p.supplyPriceFen !== undefined ? <Text className='supply-info__supply-price'>{t.supplyPrice(formatPrice(p.supplyPriceFen))}</Text> : null}
        <View className='supply-info__meta'>
          <Text className={p.stock > 0 ? '' : 'supply-info__out'}>{t.stock(p.stock)}</Text>
          <Text className='supply-info__ship'>{t.shipWithin(p.shipWithinHours)}</Text>
          <Text>{t.carriedBy(p.carriedBy)}</Text>
        </View>
        <Text className='supply-info__heading'>{t.storyHeading}</Text>
        <Text className='supply-info__story'>{p.story}</Text>
        <Text className='supply-info__heading'>{t.proofHeading}</Text>
        {p.proofImages.length > 0 ? (
          <View className='supply-info__proofs'>
            {p.proofImages.map((url) => (
              <Image key={url} className='supply-info__proof supply-proof' src={url} mode='aspectFill' onClick={() => previewImages(p.proofImages, url)} />
            ))}
          </View>
        ) : (
          <Text className='supply-info__no-proof'>{t.noProof}</Text>
        )}
      </View>
    </View>
  );
}
