import { useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { charLength } from '../../../types/text';
import { ordersUi } from '../../../types/zh-CN/orders-ui';
import { Field, FormMessage, GrowingTextarea, SubmitButton } from '../../components/form';
import { EmptyState, LoadingState } from '../../components/state-views';
import { lineTotalFen } from '../../features/cart';
import { AddressSection } from '../../features/checkout/components/address-section';
import { PlacedSoFar, SplitNotice } from '../../features/checkout/components/split-notice';
import { fulfillerUi } from '../../../types/zh-CN/fulfiller';
import { NOTE_MAX, useCheckout, type CheckoutMode } from '../../features/checkout/use-checkout';
import { orderRoutes } from '../../utils/routes';
import { formatPrice } from '../../utils/price';
import { openPage, paramFrom } from '../../utils/navigation';
import { FriendNavBar } from '../../features/friend-nav';
import { shopPagePath } from '../../features/shop/route';
import './index.scss';

const T = ordersUi.checkout;

/**
 * `/pages/checkout/index?shopId=…[&mode=buyNow]`: address, note, summary; one order per fulfiller of one shop (the shop,
 * or a supplier of carried products), said before paying when there are several.
 */
export default function CheckoutPage() {
  const router = useRouter();
  const shopId = paramFrom(router.params, 'shopId');
  const mode: CheckoutMode = paramFrom(router.params, 'mode') === 'buyNow' ? 'buyNow' : 'cart';
  const c = useCheckout(shopId, mode);

  // One order opens to be paid; several are paid one by one from the orders list.
  const only = c.placed.length === 1 ? c.placed[0].order.id : null;
  const suppliers = c.groups.flatMap((g) => (g.supplierName ? [g.supplierName] : []));
  const noteHint = suppliers.length > 0 ? fulfillerUi.checkout.noteGoesTo(suppliers, c.groups.length) : undefined;
  useEffect(() => {
    if (c.done) void Taro.redirectTo({ url: only ? orderRoutes.order(only) : orderRoutes.orders }).catch(() => undefined);
  }, [c.done, only]);

  if (c.done) return <LoadingState />;
  if (c.lines.length === 0) {
    return (
      <View className='checkout-page'>
        <EmptyState title={T.empty} hint={T.emptyHint} />
        <FriendNavBar shopId={shopId || null} />
      </View>
    );
  }

  return (
    <View className='checkout-page'>
      <AddressSection address={c.address} errors={c.addressErrors} onChange={c.setAddress} />

      <View className='checkout-card checkout-summary'>
        {/* The shop's name leads back to it (and from there, 我的订单): checkout is no dead end. */}
        {c.shopName ? (
          <View className='checkout-card__title checkout-card__title--link checkout-shop-link' hoverClass='checkout-card__title--pressed' onClick={() => openPage(shopPagePath(shopId))}>
            <Text>{c.shopName}</Text>
            <Text className='checkout-card__more'> ›</Text>
          </View>
        ) : (
          <View className='checkout-card__title'>{T.itemsHeading}</View>
        )}
        {c.groups.map((g) => (
          <View key={g.supplierId ?? 'shop'} className='checkout-fulfiller'>
            {c.groups.length > 1 ? <Text className='checkout-fulfiller__head'>{fulfillerUi.shipsBy(g.supplierName)}</Text> : null}
            {g.lines.map((line) => (
              <View key={line.productId} className='checkout-line'>
                {line.image ? <Image className='checkout-line__image' src={line.image} mode='aspectFill' /> : <View className='checkout-line__image' />}
                <View className='checkout-line__body'>
                  <Text className='checkout-line__title'>{line.title}</Text>
                  <View className='checkout-line__foot'>
                    <Text className='checkout-line__price'>
                      {formatPrice(line.priceFen)} {T.lineTotal(line.qty)}
                    </Text>
                    <Text className='checkout-line__total line-total'>{formatPrice(lineTotalFen(line))}</Text>
                  </View>
                </View>
              </View>
            ))}
          </View>
        ))}
        <Text className='checkout-summary__hint'>{T.priceHint}</Text>
      </View>

      <View className='checkout-card'>
        <Field name='note' label={T.noteLabel} hint={noteHint} aside={T.counter(charLength(c.note), NOTE_MAX)}>
          <GrowingTextarea className='field__textarea--short' value={c.note} placeholder={T.notePlaceholder} maxlength={NOTE_MAX} onInput={(e) => c.setNote(e.detail.value)} />
        </Field>
      </View>

      <PlacedSoFar placed={c.placed} groups={c.groups} onOpen={(id) => openPage(orderRoutes.order(id))} />
      <SplitNotice groups={c.groups} placed={c.placed} />

      <View className='checkout-page__message'>
        <FormMessage text={c.formError} />
      </View>

      <View className='checkout-bar'>
        <View className='checkout-bar__sum'>
          <Text className='checkout-bar__label'>{T.total}</Text>
          <Text className='checkout-bar__total checkout-total'>{formatPrice(c.totalFen)}</Text>
        </View>
        <SubmitButton className='checkout-bar__submit submit-order' label={c.placed.length > 0 ? fulfillerUi.checkout.retry(c.groups.length) : T.submit} busyLabel={T.submitting} busy={c.submitting} onClick={() => void c.submit()} />
      </View>
    </View>
  );
}
