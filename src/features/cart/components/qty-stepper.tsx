import { Text, View } from '@tarojs/components';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';

interface QtyStepperProps {
  qty: number;
  max: number;
  onChange: (qty: number) => void;
}

/** − qty +, bounded 1..max (max = min(99, stock)). */
export function QtyStepper({ qty, max, onChange }: QtyStepperProps) {
  const canMinus = qty > 1;
  const canPlus = qty < max;
  return (
    <View className='qty-stepper'>
      <View
        className={`qty-stepper__btn qty-minus${canMinus ? '' : ' qty-stepper__btn--off'}`}
        aria-label={ordersUi.cart.minus}
        aria-disabled={!canMinus}
        onClick={() => canMinus && onChange(qty - 1)}
      >
        −
      </View>
      <Text className='qty-stepper__value qty-value'>{qty}</Text>
      <View
        className={`qty-stepper__btn qty-plus${canPlus ? '' : ' qty-stepper__btn--off'}`}
        aria-label={ordersUi.cart.plus}
        aria-disabled={!canPlus}
        onClick={() => canPlus && onChange(qty + 1)}
      >
        +
      </View>
    </View>
  );
}
