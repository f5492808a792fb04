import { Image, Text, View } from '@tarojs/components';
import type { SupplyProduct } from '../../../../types/supply';
import { supplierConsoleUi } from '../../../../types/zh-CN/supplier-console';
import { formatPrice } from '../../../utils/price';
import './supply-product-row.scss';

const U = supplierConsoleUi;

/** One of the supplier's products: what sellers pay, the band they sell in, the shared stock, who carries it. */
export function SupplyProductRow({ product, onOpen }: { product: SupplyProduct; onOpen: () => void }) {
  const archived = product.status === 'archived';
  return (
    <View className={`supply-row${archived ? ' supply-row--archived' : ''}`} hoverClass='supply-row--pressed' onClick={onOpen}>
      {product.images[0] ? <Image className='supply-row__image' src={product.images[0]} mode='aspectFill' /> : <View className='supply-row__image' />}
      <View className='supply-row__body'>
        <Text className='supply-row__title'>{product.title}</Text>
        <Text className='supply-row__line'>
          {product.supplyPriceFen === undefined ? '' : `${U.supplyPrice(formatPrice(product.supplyPriceFen))} · `}
          {U.band(formatPrice(product.minPriceFen), formatPrice(product.maxPriceFen))}
        </Text>
        <Text className='supply-row__line'>
          {U.stock(product.stock)} · {U.carriedBy(product.carriedBy)}
          {archived ? ` · ${U.archived}` : ''}
        </Text>
      </View>
    </View>
  );
}
