import { View } from '@tarojs/components';
import type { Product } from '../../../../types/product';
import { ui } from '../../../../types/zh-CN/ui';
import { toast } from '../../../utils/feedback';
import './OrderEntry.scss';

interface OrderEntryProps {
  product: Product;
  /** the order flow wires these; until then a tap says ordering is coming */
  onAddToCart?: (product: Product) => void;
  onBuyNow?: (product: Product) => void;
}

const comingSoon = () => toast(ui.product.comingSoon);

/** "加入购物车" and "立即购买" at the bottom of the product page; disabled when sold out. */
export function OrderEntry({ product, onAddToCart, onBuyNow }: OrderEntryProps) {
  const soldOut = product.stock <= 0;
  const tap = (handler: ((p: Product) => void) | undefined) => () => {
    if (soldOut) return;
    if (handler) handler(product);
    else comingSoon();
  };
  const state = soldOut ? ' order-entry__btn--disabled' : '';
  return (
    <View className='order-entry'>
      <View className={`order-entry__btn order-entry__btn--cart add-to-cart${state}`} aria-disabled={soldOut} onClick={tap(onAddToCart)}>
        {ui.product.addToCart}
      </View>
      <View className={`order-entry__btn order-entry__btn--buy buy-now${state}`} aria-disabled={soldOut} onClick={tap(onBuyNow)}>
        {soldOut ? ui.product.soldOut : ui.product.buyNow}
      </View>
    </View>
  );
}
