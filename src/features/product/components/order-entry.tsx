import { View } from '@tarojs/components';
import type { Product } from '../../../../types/product';
import { carriedProductUi } from '../../../../types/zh-CN/carried-product';
import { ui } from '../../../../types/zh-CN/ui';
import { bandToFix } from '../../catalog';
import { toast } from '../../../utils/feedback';
import './order-entry.scss';

interface OrderEntryProps {
  product: Product;
  /** the order flow wires these; until then a tap says ordering is coming */
  onAddToCart?: (product: Product) => void;
  onBuyNow?: (product: Product) => void;
}

const comingSoon = () => toast(ui.product.comingSoon);

/**
 * Why the product cannot be bought now, or null: archived (its page stays readable for its reviews, but
 * order.create refuses it), sold out, or a carried product priced outside its supplier's current band.
 */
export function unavailableReason(product: Product): string | null {
  if (product.status === 'archived') return ui.product.archivedButton;
  if (product.stock <= 0) return ui.product.soldOut;
  // the supplier's new band left the seller's price outside it: order.create refuses it until the seller moves it
  if (bandToFix(product)) return carriedProductUi.notBuyableNow;
  return null;
}

/** "加入购物车" and "立即购买", in the bottom bar of the product page; disabled, with the reason, when it cannot be bought (unavailableReason). */
export function OrderEntry({ product, onAddToCart, onBuyNow }: OrderEntryProps) {
  const reason = unavailableReason(product);
  const disabled = reason !== null;
  const tap = (handler: ((p: Product) => void) | undefined) => () => {
    if (disabled) return;
    if (handler) handler(product);
    else comingSoon();
  };
  const state = disabled ? ' order-entry__btn--disabled' : '';
  return (
    <View className='order-entry'>
      <View className={`order-entry__btn order-entry__btn--cart add-to-cart${state}`} aria-disabled={disabled} onClick={tap(onAddToCart)}>
        {ui.product.addToCart}
      </View>
      <View className={`order-entry__btn order-entry__btn--buy buy-now${state}`} aria-disabled={disabled} onClick={tap(onBuyNow)}>
        {reason ?? ui.product.buyNow}
      </View>
    </View>
  );
}
