import { Image, Text, View } from '@tarojs/components';
import { ui } from '../../../../types/zh-CN/ui';
import { previewImages } from './product-gallery';

/** The seller's evidence (test reports, certificates), apart from the product photos and labelled as such. */
export function ProofSection({ images }: { images: string[] }) {
  if (images.length === 0) return null;
  return (
    <View className='detail-section proof-section'>
      <Text className='detail-section__title'>{ui.product.proofHeading}</Text>
      <Text className='detail-section__hint'>{ui.product.proofHint}</Text>
      <View className='proof-grid'>
        {images.map((url) => (
          <Image key={url} className='proof-image' src={url} mode='aspectFill' onClick={() => previewImages(images, url)} />
        ))}
      </View>
    </View>
  );
}
