import { Image, Text, View } from '@tarojs/components';
import type { Drop, DropItem, DropView, OrderFulfilment } from '../../../../types/drop';
import { dropUi as T } from '../../../../types/zh-CN/drop-ui';
import { formatPrice } from '../../../utils/price';
import type { Cutoff } from '../countdown';
import { formatDropTime } from '../format';
import { maxQty, sameWay, waysOf, type Quantities } from '../rules';

export function DropHeader({ drop, cutoff }: { drop: Drop; cutoff: Cutoff | null }) {
  return (
    <View className='drop-card drop-header'>
      <Text className='drop-header__shop'>{drop.shopName}</Text>
      <Text className='drop-header__title'>{drop.title}</Text>
      {drop.intro ? <Text className='drop-header__intro'>{drop.intro}</Text> : null}
      <CutoffLine cutoff={drop.status === 'closed' ? null : cutoff} at={formatDropTime(drop.closesAt, drop.timeZone)} />
    </View>
  );
}

/** The countdown, and when exactly on the shop's clock (the time the seller announced in the group). */
function CutoffLine({ cutoff, at }: { cutoff: Cutoff | null; at: string }) {
  if (!cutoff || cutoff.closed) {
    return (
      <View className='drop-cutoff drop-cutoff--closed'>
        <Text className='drop-cutoff__closed'>{T.closed}</Text>
      </View>
    );
  }
  return (
    <View className='drop-cutoff'>
      <Text className='drop-cutoff__label'>{T.closesIn}</Text>
      <Text className='drop-cutoff__left'>{cutoff.text}</Text>
      {at ? <Text className='drop-cutoff__at'>{T.closesAt(at)}</Text> : null}
    </View>
  );
}

interface ItemsProps {
  items: DropItem[];
  quantities: Quantities;
  /** null: nothing to choose (closed, or Moments' read-only page) */
  onChange: ((item: DropItem, qty: number) => void) | null;
}

export function DropItems({ items, quantities, onChange }: ItemsProps) {
  return (
    <View className='drop-card drop-items'>
      <Text className='drop-card__title'>{T.productsHeading}</Text>
      {items.map((item) => (
        <View key={item.productId} className='drop-item'>
          {item.image ? <Image className='drop-item__image' src={item.image} mode='aspectFill' lazyLoad /> : <View className='drop-item__image' />}
          <View className='drop-item__body'>
            <Text className='drop-item__title'>{item.title}</Text>
            <Text className='drop-item__price'>{formatPrice(item.priceFen)}</Text>
            <Text className='drop-item__meta'>
              {T.limit(item.limitPerBuyer)} · {item.stock > 0 ? T.stock(item.stock) : T.soldOut}
            </Text>
          </View>
          {onChange ? <Stepper item={item} qty={quantities[item.productId] ?? 0} onChange={(qty) => onChange(item, qty)} /> : null}
        </View>
      ))}
    </View>
  );
}

/** − qty +, from 0 up to the buyer's limit and the stock left. */
function Stepper({ item, qty, onChange }: { item: DropItem; qty: number; onChange: (qty: number) => void }) {
  const max = maxQty(item);
  const canMinus = qty > 0;
  const canPlus = qty < max;
  return (
    <View className='drop-stepper'>
      <View className={`drop-stepper__btn drop-minus${canMinus ? '' : ' drop-stepper__btn--off'}`} aria-label={T.minus} aria-disabled={!canMinus} onClick={() => canMinus && onChange(qty - 1)}>
        −
      </View>
      <Text className='drop-stepper__value'>{qty}</Text>
      <View className={`drop-stepper__btn drop-plus${canPlus ? '' : ' drop-stepper__btn--off'}`} aria-label={T.plus} aria-disabled={!canPlus} onClick={() => canPlus && onChange(qty + 1)}>
        +
      </View>
    </View>
  );
}

interface WaysProps {
  drop: Drop;
  chosen: OrderFulfilment | null;
  onChoose: ((way: OrderFulfilment) => void) | null;
}

/** The pickup points (address and window), delivery and shipping; chips to choose from while the drop is open. */
export function DropWays({ drop, chosen, onChoose }: WaysProps) {
  return (
    <View className='drop-card drop-ways'>
      <Text className='drop-card__title'>{T.waysHeading}</Text>
      {waysOf(drop).map((way) => {
        const on = sameWay(way, chosen);
        const point = way.kind === 'pickup' ? drop.fulfilment.pickup[way.pickupIndex] : null;
        const key = way.kind === 'pickup' ? `pickup-${way.pickupIndex}` : way.kind;
        return (
          <View
            key={key}
            className={`drop-way drop-way--${way.kind}${on ? ' drop-way--on' : ''}${onChoose ? '' : ' drop-way--static'}`}
            hoverClass={onChoose ? 'drop-way--pressed' : 'none'}
            onClick={onChoose ? () => onChoose(way) : undefined}
          >
            {point ? (
              <>
                <Text className='drop-way__name'>
                  {T.pickupHeading} · {point.name}
                </Text>
                <Text className='drop-way__line'>{point.address}</Text>
                <Text className='drop-way__line'>{T.pickupWindow(point.window)}</Text>
              </>
            ) : (
              <Text className='drop-way__name'>{way.kind === 'delivery' ? T.delivery : T.shipping}</Text>
            )}
          </View>
        );
      })}
    </View>
  );
}

/** "已跟团 N 人 · M 件", and the names as the backend masked them (none when the seller hides them). */
export function DropJoiners({ view }: { view: DropView }) {
  return (
    <View className='drop-card drop-joiners'>
      <Text className='drop-joiners__count'>{T.joined(view.joinedCount, view.pieces)}</Text>
      {view.drop.showJoiners && view.joiners.length > 0 ? (
        <View className='drop-joiners__list'>
          {view.joiners.map((j, i) => (
            <View key={`${j.at}-${i}`} className='drop-joiner'>
              <Text className='drop-joiner__name'>{j.name}</Text>
              <Text className='drop-joiner__qty'>{T.joinerQty(j.qty)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {view.drop.showJoiners && view.joinedCount === 0 ? <Text className='drop-joiners__none'>{T.noJoiners}</Text> : null}
    </View>
  );
}
