import { useState } from 'react';
import type { Order } from '../../../../types/order';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import type { ApiError } from '../../../api';
import { confirmAction } from '../../../utils/feedback';
import { availableActions } from '../actions';
import { ordersApi } from '../api';
import { confirmInWechat } from '../confirm-receipt';
import { RefundForm } from '../after-sale/refund-form';
import { ActionBar, ActionButton, CancelPanel } from './action-kit';
import { ReviewForm } from './review-form';

const A = ordersUi.actions;

type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;
type Panel = 'cancel' | 'afterSale' | 'review' | null;
// The action each form is for: while it is open, its button is not offered a second time below it.
const panelAction = { cancel: 'cancel', afterSale: 'requestAfterSale', review: 'review' } as const;

/** The buyer's actions the order allows now (paying is the payment panel's): confirm receipt, after-sale, review, cancel. */
export function BuyerActions({ order, busy, act }: { order: Order; busy: string | null; act: Act }) {
  const actions = availableActions(order);
  const [panel, setPanel] = useState<Panel>(null);
  const close = () => setPanel(null);
  if (actions.every((a) => a === 'pay')) return null;
  const buttons = actions.filter((a) => a !== 'pay' && (panel === null || panelAction[panel] !== a));

  const confirmReceipt = async () => {
    // Paid with WeChat Pay, in WeChat: WeChat's own 确认收货组件 first (it settles the seller's money); our
    // confirmation when WeChat cannot (the browser, no component, or WeChat does not find the order as 待收货).
    const transactionId = order.payment?.method === 'wechat' ? order.payment.transactionId : null;
    const wechat = transactionId ? await confirmInWechat(transactionId) : 'unavailable';
    if (wechat === 'cancel') return;
    if (wechat !== 'success' && !(await confirmAction(A.confirmReceiptTitle, A.confirmReceiptText))) return;
    await act('confirmReceipt', () => ordersApi.confirmReceipt(order.id), A.received);
  };

  return (
    <>
      {panel === 'cancel' ? (
        <CancelPanel busy={busy === 'cancel'} onClose={close} onSubmit={(r) => void act('cancel', () => ordersApi.cancel(order.id, r), A.cancelled).then((ok) => ok && close())} />
      ) : null}
      {panel === 'afterSale' ? <RefundForm order={order} busy={busy === 'requestAfterSale'} act={act} onClose={close} /> : null}
      {panel === 'review' ? <ReviewForm order={order} busy={busy === 'review'} act={act} onClose={close} /> : null}
      <ActionBar>
        {buttons.includes('cancel') ? <ActionButton name='cancel' label={A.cancel} disabled={busy !== null} onClick={() => setPanel('cancel')} /> : null}
        {buttons.includes('requestAfterSale') ? (
          <ActionButton name='after-sale' label={A.requestAfterSale} disabled={busy !== null} onClick={() => setPanel('afterSale')} />
        ) : null}
        {buttons.includes('review') ? <ActionButton name='review' label={A.review} primary disabled={busy !== null} onClick={() => setPanel('review')} /> : null}
        {buttons.includes('confirmReceipt') ? (
          <ActionButton name='confirm-receipt' label={A.confirmReceipt} primary disabled={busy !== null} onClick={() => void confirmReceipt()} />
        ) : null}
      </ActionBar>
    </>
  );
}
