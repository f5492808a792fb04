import { Text, View } from '@tarojs/components';
import type { Order, Refund } from '../../../../types/order';
import { refundsText as R } from '../../../../types/zh-CN/refunds';
import { formatPrice } from '../../../utils/price';
import { sideOf } from '../actions';
import { formatOrderTime } from '../format';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { refundLine } from '../after-sale/rules';
import { datePartsOf, formatDate } from '../../../../types/zh-CN/dates';

const day = (iso: string) => formatDate(datePartsOf(new Date(iso)));
import './refunds-card.scss';

/**
 * What one side is told about a refund still on its way: who has to act, honestly. A WeChat Pay
 * refund goes back by itself; a transfer only when the seller sends it back by hand; a WeChat
 * refund that failed (退款异常/退款关闭) needs the seller in WeChat Pay's merchant platform.
 */
export function refundHint(refund: Refund, side: 'buyer' | 'owner'): string | null {
  if (refund.status === 'done') return null;
  if (refund.problem) return side === 'owner' ? R.sellerProblem : R.buyerProblem;
  if (refund.method === 'transfer') return side === 'owner' ? R.sellerTransferPending(formatPrice(refund.amountFen)) : R.buyerTransferPending;
  return side === 'owner' ? null : R.buyerWechatPending;
}

/** Every refund of the order, to both sides: 退款中 / 已退款 with the amount, why, and how it goes back. */
export function RefundsCard({ order }: { order: Order }) {
  if (!order.refunds?.length) return null;
  const side = sideOf(order);
  return (
    <View className='order-card order-refunds'>
      <Text className='order-card__title'>{R.heading}</Text>
      {order.refunds.map((r) => {
        const hint = refundHint(r, side);
        return (
          <View key={r.id} className={`refund refund--${r.status}${r.problem ? ' refund--problem' : ''}`}>
            <View className='refund__head'>
              <Text className='refund__status'>{R.status[r.status]}</Text>
              <Text className='refund__amount'>{formatPrice(r.amountFen)}</Text>
            </View>
            <Text className='refund__line refund-line'>{refundLine(r, afterSalesUi.record, formatPrice, day)}</Text>
            <Text className='refund__meta'>
              {R.reason[r.reason]} · {R.method[r.method]}
            </Text>
            <Text className='refund__meta'>{r.doneAt ? R.doneAt(formatOrderTime(r.doneAt)) : R.at(formatOrderTime(r.at))}</Text>
            {hint ? <Text className='refund__hint'>{hint}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
