import Taro from '@tarojs/taro';
import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components';
import { fulfillerUi } from '../../../../types/zh-CN/fulfiller';
import { ui } from '../../../../types/zh-CN/ui';
import './product-gallery.scss';

/** Full-screen preview of one image among others (WeChat's viewer; Taro's swiper overlay in H5). */
export function previewImages(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current }).catch(() => undefined);
}

/**
 * The product's photos as a carousel; a tap opens them full screen. A carried product's photos are its
 * supplier's (the seller cannot change them), so with none it is the supplier who has not uploaded any.
 */
export function ProductGallery({ images, carried = false }: { images: string[]; carried?: boolean }) {
  if (images.length === 0) {
    return (
      <View className='gallery gallery--empty'>
        <Text className='gallery__placeholder'>{carried ? fulfillerUi.product.noImage : ui.product.noImage}</Text>
      </View>
    );
  }
  return (
    <Swiper
      className='gallery'
      indicatorDots={images.length > 1}
      indicatorColor='rgba(255, 255, 255, 0.5)'
      indicatorActiveColor='#ffffff'
    >
      {images.map((url) => (
        <SwiperItem key={url}>
          <Image className='gallery__image' src={url} mode='aspectFill' onClick={() => previewImages(images, url)} />
        </SwiperItem>
      ))}
    </Swiper>
  );
}
