import { Image, Text, View } from '@tarojs/components';
import type { Product } from '../../../../types/product';
import { ui } from '../../../../types/zh-CN/ui';
import { fulfillerUi } from '../../../../types/zh-CN/fulfiller';
import { formatPrice } from '../../../utils/price';
import './product-card.scss';

export function ProductCard({ product, onClick }: { product: Product; onClick?: () => void }) {
  const soldOut = product.stock <= 0;
  const cover = product.images[0];
  return (
    <View className={`product-card${soldOut ? ' product-card--sold-out' : ''}`} hoverClass='product-card--pressed' onClick={onClick}>
      <View className='product-cover'>
        {cover ? (
          <Image className='product-cover__image' src={cover} mode='aspectFill' lazyLoad />
        ) : (
          <View className='product-cover__placeholder'>
            <Text>{ui.shop.noImage}</Text>
          </View>
        )}
        {soldOut ? <Text className='product-badge sold-out'>{ui.shop.soldOut}</Text> : null}
        {/* A carried product: a quiet mark of who ships it, on the cover so the cards keep one height. */}
        {product.source ? <Text className='product-source'>{fulfillerUi.cart.mark(product.source.supplierName)}</Text> : null}
      </View>
      <View className='product-body'>
        <Text className='product-title'>{product.title}</Text>
        <View className='product-meta'>
          <Text className='product-price'>{formatPrice(product.priceFen)}</Text>
          {!soldOut && product.stock <= 5 ? <Text className='product-stock'>{ui.shop.stock(product.stock)}</Text> : null}
        </View>
      </View>
    </View>
  );
}
