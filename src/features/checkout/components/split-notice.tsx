import { Text, View } from '@tarojs/components';
import { fulfillerUi } from '../../../../types/zh-CN/fulfiller';
import type { FulfillerGroup } from '../../cart';
import { formatPrice } from '../../../utils/price';
import type { PlacedOrder } from '../use-checkout';
import './split-notice.scss';

const T = fulfillerUi.checkout;

/**
 * Said plainly before paying when the lines ship from more than one place (issue 16): how many orders this checkout
 * makes and who ships each. Each is paid on its own page. Nothing when one order is all there is.
 */
export function SplitNotice({ groups, placed }: { groups: readonly FulfillerGroup[]; placed: readonly PlacedOrder[] }) {
  if (groups.length + placed.length < 2) return null;
  const parts = [...placed, ...groups].map((g) => ({ supplierName: g.supplierName, count: 1 }));
  return (
    <View className='split-notice'>
      <Text className='split-notice__text'>{T.split(parts)}</Text>
      <Text className='split-notice__hint'>{T.splitHint}</Text>
    </View>
  );
}

/**
 * After a partial failure: the orders already placed (each opens to be paid) and the ones not placed yet, so the
 * buyer sees nothing was lost and that the retry places only the rest.
 */
export function PlacedSoFar({ placed, groups, onOpen }: { placed: readonly PlacedOrder[]; groups: readonly FulfillerGroup[]; onOpen: (orderId: string) => void }) {
  if (placed.length === 0 || groups.length === 0) return null;
  return (
    <View className='placed-so-far'>
      {placed.map((p) => (
        <View key={p.order.id} className='placed-so-far__row placed-order' hoverClass='placed-so-far__row--pressed' onClick={() => onOpen(p.order.id)}>
          <Text className='placed-so-far__mark placed-so-far__mark--ok'>{T.placed}</Text>
          <Text className='placed-so-far__who'>{fulfillerUi.shipsBy(p.supplierName)}</Text>
          <Text className='placed-so-far__sum'>{formatPrice(p.order.totalFen)}</Text>
          <Text className='placed-so-far__open'>{T.openOrder}</Text>
        </View>
      ))}
      {groups.map((g) => (
        <View key={g.supplierId ?? 'shop'} className='placed-so-far__row unplaced-order'>
          <Text className='placed-so-far__mark'>{T.notPlaced}</Text>
          <Text className='placed-so-far__who'>{fulfillerUi.shipsBy(g.supplierName)}</Text>
          <Text className='placed-so-far__sum'>{formatPrice(g.subtotalFen)}</Text>
        </View>
      ))}
    </View>
  );
}
