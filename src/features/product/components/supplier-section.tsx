import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { Product } from '../../../../types/product';
import { fulfillerUi } from '../../../../types/zh-CN/fulfiller';
import { previewImages } from './product-gallery';
import './supplier-section.scss';

const T = fulfillerUi.product;

/** Past this many characters the supplier's story is folded: the seller's own words stay what a friend reads first. */
export const STORY_FOLD_CHARS = 120;

/**
 * A carried product's supplier (issue 16, 一件代发): who ships it and how soon, their test reports, their own words.
 * It follows the seller's story; a product the shop made itself has none of it.
 */
export function SupplierSection({ product }: { product: Product }) {
  const [open, setOpen] = useState(false);
  const source = product.source;
  if (!source) return null;
  const story = source.supplierStory.trim();
  const long = [...story].length > STORY_FOLD_CHARS;
  const shown = long && !open ? `${[...story].slice(0, STORY_FOLD_CHARS).join('')}…` : story;
  return (
    <View className='detail-section supplier-section'>
      <Text className='detail-section__title supplier-section__title'>{T.heading(source.supplierName)}</Text>
      <Text className='supplier-section__ships'>{T.shipWithin(source.shipWithinHours)}</Text>
      {product.proofImages.length > 0 ? (
        <>
          <Text className='detail-section__hint'>{T.proofHint(source.supplierName)}</Text>
          <View className='proof-grid'>
            {product.proofImages.map((url) => (
              <Image key={url} className='proof-image' src={url} mode='aspectFill' onClick={() => previewImages(product.proofImages, url)} />
            ))}
          </View>
        </>
      ) : null}
      {story ? (
        <View className='supplier-section__story'>
          <Text className='supplier-section__story-head'>{T.storyHeading(source.supplierName)}</Text>
          <Text className='supplier-section__story-text'>{shown}</Text>
          {long ? (
            <View className='supplier-section__fold' hoverClass='supplier-section__fold--pressed' onClick={() => setOpen(!open)}>
              {open ? T.less : T.more}
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
