import { Image, Text, View } from '@tarojs/components';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { ui } from '../../../../types/zh-CN/ui';
import { formatPrice } from '../../../utils/price';
import { maxQtyOf, type CartLine } from '../../../stores/cart-lines';
import { QtyStepper } from './qty-stepper';

interface CartLineRowProps {
  line: CartLine;
  onQty: (qty: number) => void;
  onRemove: () => void;
  onOpen: () => void;
}

export function CartLineRow({ line, onQty, onRemove, onOpen }: CartLineRowProps) {
  const max = maxQtyOf(line);
  const soldOut = max === 0;
  return (
    <View className={`cart-line${soldOut ? ' cart-line--sold-out' : ''}`}>
      <View className='cart-line__cover' onClick={onOpen}>
        {line.image ? <Image className='cart-line__image' src={line.image} mode='aspectFill' /> : <View className='cart-line__image cart-line__image--empty' />}
      </View>
      <View className='cart-line__body'>
        <Text className='cart-line__title' onClick={onOpen}>
          {line.title}
        </Text>
        <Text className='cart-line__stock'>{soldOut ? ui.product.soldOut : ordersUi.cart.stockLeft(line.stock)}</Text>
        <View className='cart-line__foot'>
          <Text className='cart-line__price'>{formatPrice(line.priceFen)}</Text>
          <QtyStepper qty={line.qty} max={Math.max(1, max)} onChange={onQty} />
        </View>
      </View>
      <View className='cart-line__remove remove-line' onClick={onRemove}>
        {ordersUi.cart.remove}
      </View>
    </View>
  );
}
