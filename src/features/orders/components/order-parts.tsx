import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { Order, OrderEvent } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { reviewText } from '../../../../types/zh-CN/reviews';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { supplyOrdersText } from '../../../../types/zh-CN/supply-orders';
import { dropJoinText } from '../../../../types/zh-CN/drop-join';
import { dropOrderText } from '../../../../types/zh-CN/drop-order-hints';
import { inPersonReturnText } from '../../../../types/zh-CN/in-person-returns';
import { returnsInPerson } from '../../../../types/rules/returns';
import type { HandoverKind } from '../../../../types/rules/order-machine';
import { formatPrice } from '../../../utils/price';
import { toast } from '../../../utils/feedback';
import { stars } from '../../product';
import { sideOf, type Side } from '../actions';
import { formatOrderTime } from '../format';
import { orderStatusLabel } from '../status-label';
import { useCountdown } from '../use-countdown';
import { AddressLines } from '../../../components/address-lines';
import '../after-sale/after-sale.scss';
import './order-parts.scss';

const O = ordersUi.order;

const SUPPLIER_HINTS: Record<Side, Partial<Record<Order['status'], (supplierName: string) => string>>> = {
  owner: supplyOrdersText.sellerHint,
  buyer: supplyOrdersText.buyerHint,
};

/**
 * What the status means for this side; on a supplier's order, until it leaves, it says the supplier ships it; on a
 * drop's pickup or delivery order (issue 17), that it is handed over (against the code once paid), never posted.
 */
export function statusHint(side: Side, status: Order['status'], supplierName: string | null, way: HandoverKind = 'shipping'): string {
  if (way !== 'shipping') {
    if (status === 'paid') return dropJoinText.paidHint[side][way];
    const handedOver: Partial<Record<Order['status'], string>> = (side === 'owner' ? dropOrderText.sellerHint : dropOrderText.buyerHint)[way];
    const hint = handedOver[status];
    if (hint) return hint;
  }
  const bySupplier = supplierName ? SUPPLIER_HINTS[side][status] : undefined;
  if (bySupplier && supplierName) return bySupplier(supplierName);
  return side === 'owner' ? ordersUi.status.sellerHint[status] : ordersUi.status.buyerHint[status];
}

/** The status as a title, what it means for this side, and — while unpaid — the time left to pay. */
export function StatusHeader({ order }: { order: Order }) {
  const side = sideOf(order);
  const left = useCountdown(order.status === 'pending_payment' ? order.expiresAt : null);
  const supplierName = order.fulfiller?.kind === 'supplier' ? order.fulfiller.supplierName : null;
  const hint = statusHint(side, order.status, supplierName, order.fulfilment?.kind);
  return (
    <View className={`order-status order-status--${order.status}`}>
      <Text className='order-status__title'>{orderStatusLabel(side, order)}</Text>
      <Text className='order-status__hint'>{hint}</Text>
      {order.fulfiller?.kind === 'supplier' && order.fulfiller.supplierName ? (
        <Text className='order-status__fulfiller'>{supplyOrdersText.shippedBy(order.fulfiller.supplierName)}</Text>
      ) : null}
      {order.status === 'pending_payment' && order.expiresAt ? (
        <View className='order-status__expiry unpaid-expiry'>
          <Text className='order-status__expiry-time'>{ordersUi.pay.expiresAt(formatOrderTime(order.expiresAt))}</Text>
          <Text className='order-status__countdown countdown'>{left ? ordersUi.pay.countdown(left[0], left[1]) : ordersUi.pay.expired}</Text>
        </View>
      ) : null}
      {order.status === 'pending_payment' && order.payment?.status === 'rejected' && side === 'buyer' ? (
        <Text className='order-status__warn'>{ordersUi.pay.rejected}</Text>
      ) : null}
    </View>
  );
}

export function OrderItems({ order }: { order: Order }) {
  return (
    <View className='order-card order-items'>
      <Text className='order-card__title'>{order.shopName}</Text>
      {order.items.map((item) => (
        <View key={item.productId} className='order-item'>
          {item.image ? <Image className='order-item__image' src={item.image} mode='aspectFill' /> : <View className='order-item__image order-item__image--empty' />}
          <View className='order-item__body'>
            <Text className='order-item__title'>{item.title}</Text>
            <View className='order-item__foot'>
              <Text className='order-item__price'>{formatPrice(item.priceFen)}</Text>
              <Text className='order-item__qty'>{ordersUi.checkout.lineTotal(item.qty)}</Text>
            </View>
          </View>
        </View>
      ))}
      <View className='order-total'>
        <Text className='order-total__label'>{O.total}</Text>
        <Text className='order-total__value order-total-value'>{formatPrice(order.totalFen)}</Text>
      </View>
      <Text className='order-meta'>{O.orderNo(order.id)}</Text>
      <Text className='order-meta'>{O.createdAt(formatOrderTime(order.createdAt))}</Text>
    </View>
  );
}

export function AddressCard({ order }: { order: Order }) {
  return (
    <View className='order-card order-address'>
      <Text className='order-card__title'>{order.fulfilment?.kind === 'pickup' ? dropOrderText.pickupPerson : O.addressHeading}</Text>
      <AddressLines address={order.address} />
      {order.note ? (
        <View className='order-note'>
          <Text className='order-note__label'>{O.noteHeading}：</Text>
          <Text className='order-note__text'>{order.note}</Text>
        </View>
      ) : null}
    </View>
  );
}

export function ShipmentCard({ order }: { order: Order }) {
  const s = order.shipment;
  if (!s) return null;
  // https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
  const copy = () => {
    void Taro.setClipboardData({ data: s.trackingNo })
      .then(() => toast(O.copied))
      .catch(() => undefined);
  };
  return (
    <View className='order-card order-shipment'>
      <Text className='order-card__title'>{O.shipmentHeading}</Text>
      <View className='kv'>
        <Text className='kv__key'>{O.carrier}</Text>
        <Text className='kv__value shipment-carrier'>{s.carrier}</Text>
      </View>
      <View className='kv'>
        <Text className='kv__key'>{O.trackingNo}</Text>
        <Text className='kv__value tracking-no'>{s.trackingNo}</Text>
        <Text className='kv__link' onClick={copy}>
          {O.copyTracking}
        </Text>
      </View>
    </View>
  );
}

/** The after-sale's status; a pickup or delivery order's return is handed back, not posted. */
function afterSaleStatusText(order: Order): string {
  const status = order.afterSale?.status;
  if (!status) return '';
  if (returnsInPerson(order.fulfilment?.kind) && (status === 'approved' || status === 'returned')) return inPersonReturnText.status[status];
  return ordersUi.afterSale.status[status];
}

export function AfterSaleCard({ order }: { order: Order }) {
  const a = order.afterSale;
  if (!a) return null;
  const T = ordersUi.afterSale;
  return (
    <View className={`order-card after-sale after-sale--${a.status}${a.overdue ? ' after-sale--overdue' : ''}`}>
      <Text className='order-card__title'>
        {T.heading} · {T.type[a.type]}
      </Text>
      {/* "已退款" only once the money is back: a pending refund (a transfer to send by hand) is not refunded yet. */}
      <Text className='after-sale__status'>{a.status === 'refunded' && order.refunds.some((r) => r.status === 'pending') ? T.refundUnderWay : afterSaleStatusText(order)}</Text>
      {a.amountFen !== undefined ? (
        <View className='kv'>
          <Text className='kv__key'>{afterSalesUi.card.amount}</Text>
          <Text className='kv__value money after-sale__amount'>{formatPrice(a.amountFen)}</Text>
        </View>
      ) : null}
      {a.items?.length ? (
        <View className='kv'>
          <Text className='kv__key'>{afterSalesUi.card.items}</Text>
          <Text className='kv__value after-sale__items'>
            {a.items.map((i) => `${order.items.find((x) => x.productId === i.productId)?.title ?? i.productId} × ${i.qty}`).join('、')}
          </Text>
        </View>
      ) : null}
      <View className='kv'>
        <Text className='kv__key'>{T.reason}</Text>
        <Text className='kv__value after-sale__reason'>{a.reason}</Text>
      </View>
      <Text className='order-meta'>{T.requestedAt(formatOrderTime(a.requestedAt))}</Text>
      {a.status === 'requested' ? <Text className='after-sale__due'>{T.dueBy(formatOrderTime(a.dueBy))}</Text> : null}
      {a.overdue && a.status === 'requested' ? <Text className='after-sale__overdue overdue-flag'>{T.overdue}</Text> : null}
      {a.note ? (
        <View className='kv'>
          <Text className='kv__key'>{T.note}</Text>
          <Text className='kv__value after-sale__note'>{a.note}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** Which product a review is about, when its order had several (a single product's order needs no word). */
function ReviewScope({ order }: { order: Order }) {
  const r = order.review;
  const about = r?.productId ? order.items.find((i) => i.productId === r.productId) : undefined;
  if (about && new Set(order.items.map((i) => i.productId)).size > 1) return <Text className='order-review__scope'>{reviewText.aboutProduct(about.title)}</Text>;
  return r?.wholeOrder ? <Text className='order-review__scope'>{reviewText.aboutWholeOrder}</Text> : null;
}

export function ReviewCard({ order }: { order: Order }) {
  const r = order.review;
  if (!r) return null;
  return (
    <View className='order-card order-review'>
      <Text className='order-card__title'>{order.viewerIsOwner ? ordersUi.review.sellerHeading : ordersUi.review.heading}</Text>
      <Text className='order-review__stars'>{stars(r.rating)}</Text>
      <Text className='order-review__text'>{r.text}</Text>
      <ReviewScope order={order} />
      {r.reply ? (
        <View className='order-review__reply'>
          <Text className='order-review__reply-label'>{ordersUi.review.reply}</Text>
          <Text className='order-review__reply-text review-reply'>{r.reply}</Text>
        </View>
      ) : null}
    </View>
  );
}

/**
 * What an event did. The texts name the shop's owner (店主已发货); a supplier takes one step only, shipping
 * its orders (types/rules/order-machine.ts), and it is named for it.
 */
function eventText(order: Order, e: OrderEvent): string {
  if (e.by === 'supplier' && e.action === 'ship') return supplyOrdersText.supplierShipped(order.fulfiller.supplierName ?? ordersUi.timeline.by.supplier);
  return ordersUi.timeline.action[e.action] ?? orderStatusLabel(sideOf(order), order, e.to);
}

/** The order's history, newest first: what happened, by whom, when, with any note. */
export function Timeline({ order }: { order: Order }) {
  const events = [...order.timeline].reverse();
  const T = ordersUi.timeline;
  return (
    <View className='order-card order-timeline timeline'>
      <Text className='order-card__title'>{O.timelineHeading}</Text>
      {events.map((e, i) => (
        <View key={`${e.at}-${e.action}-${i}`} className={`timeline__event${i === 0 ? ' timeline__event--latest' : ''}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <Text className='timeline__action'>
              {eventText(order, e)} · {T.by[e.by]}
            </Text>
            <Text className='timeline__time'>{formatOrderTime(e.at)}</Text>
            {e.note ? <Text className='timeline__note'>{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
