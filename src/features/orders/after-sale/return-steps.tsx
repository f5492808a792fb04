import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { DELIVERY_COMPANIES, OTHER_CARRIER } from '../../../../types/delivery';
import type { Order } from '../../../../types/order';
import { afterSalesUi } from '../../../../types/zh-CN/after-sales-ui';
import { inPersonReturnText as P } from '../../../../types/zh-CN/in-person-returns';
import { returnsInPerson } from '../../../../types/rules/returns';
import { deliveryText } from '../../../../types/zh-CN/delivery';
import type { ApiError } from '../../../api';
import { Field } from '../../../components/form';
import { confirmAction } from '../../../utils/feedback';
import { formatPrice } from '../../../utils/price';
import { ordersApi } from '../api';
import { ActionBar, ActionButton, ActionPanel, Choice, TextField, textProblem } from '../components/action-kit';
import { availableActions } from '../actions';
import { formatOrderTime } from '../format';
import { confirmReturnBy, owedTransfers, returnStep, shipBackBy } from './rules';
import './after-sale.scss';

const R = afterSalesUi.ret;
const T = afterSalesUi.transferBack;
type Act = (name: string, run: () => Promise<Order | void>, done?: string, atField?: (error: ApiError) => boolean) => Promise<boolean>;

/** The same carriers as shipping (WeChat's delivery ids), by their names: the return goes back by any of them. */
const CARRIERS: ReadonlyArray<{ value: string; label: string }> = [...DELIVERY_COMPANIES.map((c) => ({ value: c.id, label: c.short })), { value: OTHER_CARRIER, label: deliveryText.other }];

/** The buyer, after a return is approved: where to send it, by when, then carrier and tracking number. */
export function BuyerReturnStep({ order, busy, act }: { order: Order; busy: string | null; act: Act }) {
  const [open, setOpen] = useState(false);
  const [carrier, setCarrier] = useState<string | null>(null);
  const [otherName, setOtherName] = useState('');
  const [trackingNo, setTrackingNo] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const step = returnStep(order);
  const a = order.afterSale;
  if (!a || !step) return null;
  if (step === 'sellerConfirms') {
    const shipped = a.returnShipment;
    const confirmBy = confirmReturnBy(a);
    return (
      <View className='order-card return-step return-waiting'>
        <Text className='order-card__title'>{R.waitingSeller}</Text>
        {shipped ? <Text className='after-sale__line'>{R.shippedBack(shipped.carrier, shipped.trackingNo)}</Text> : returnsInPerson(order.fulfilment?.kind) ? <Text className='after-sale__line'>{P.handedBack}</Text> : null}
        {confirmBy ? <Text className='after-sale__hint return-deadline'>{R.confirmDeadline(formatOrderTime(confirmBy))}</Text> : null}
      </View>
    );
  }
  const shipBy = shipBackBy(a);
  if (returnsInPerson(order.fulfilment?.kind)) return <HandBackStep order={order} shipBy={shipBy} busy={busy} act={act} />;
  const other = carrier === OTHER_CARRIER;
  const submit = () => {
    const next = {
      carrier: carrier ? (other ? textProblem(otherName, deliveryText.otherNameLabel, 30) : null) : R.pickCarrier,
      trackingNo: textProblem(trackingNo, R.trackingLabel, 40),
    };
    setErrors(next);
    if (!carrier || next.carrier || next.trackingNo) return;
    const atField = (e: ApiError) =>
      e.fields.carrier || e.fields.carrierName || e.fields.trackingNo ? (setErrors({ carrier: e.fields.carrier ?? e.fields.carrierName ?? null, trackingNo: e.fields.trackingNo ?? null }), true) : false;
    void act('returnShipped', () => ordersApi.returnShipped(order.id, carrier, trackingNo.trim(), other ? otherName.trim() : undefined), R.shipped, atField).then((ok) => ok && setOpen(false));
  };
  return (
    <View className='order-card return-step return-ship'>
      <Text className='order-card__title'>{R.shipHeading}</Text>
      {shipBy ? <Text className='after-sale__hint return-deadline'>{R.shipDeadline(formatOrderTime(shipBy))}</Text> : null}
      {a.returnAddress ? (
        <View className='after-sale__block return-address'>
          <Text className='after-sale__label'>{R.sendTo}</Text>
          <Text selectable className='after-sale__line'>
            {a.returnAddress.name} {a.returnAddress.phone}
          </Text>
          <Text selectable className='after-sale__line'>{a.returnAddress.detail}</Text>
        </View>
      ) : null}
      {open ? (
        <ActionPanel name='return-ship' title={R.shipHeading} submitLabel={R.ship} busy={busy === 'returnShipped'} onClose={() => setOpen(false)} onSubmit={submit}>
          <Field name='return-carrier' label={R.carrierLabel} error={errors.carrier}>
            <Choice name='carrier' options={CARRIERS} value={carrier} onChange={setCarrier} />
          </Field>
          {other ? <TextField name='return-carrier-name' label={deliveryText.otherNameLabel} value={otherName} max={30} placeholder={deliveryText.otherNamePlaceholder} onChange={setOtherName} /> : null}
          <TextField name='return-tracking-no' label={R.trackingLabel} value={trackingNo} max={40} placeholder={R.trackingPlaceholder} error={errors.trackingNo} onChange={setTrackingNo} />
        </ActionPanel>
      ) : (
        <ActionBar>
          <ActionButton name='return-ship' label={R.ship} primary disabled={busy !== null} onClick={() => setOpen(true)} />
        </ActionBar>
      )}
    </View>
  );
}

/**
 * The buyer of a pickup or delivery order, after a return is approved: it was handed over in person, so it goes
 * back the same way — agreed with the seller, no courier, no tracking number — and the buyer says when it is done.
 */
function HandBackStep({ order, shipBy, busy, act }: { order: Order; shipBy: string | null; busy: string | null; act: Act }) {
  const handBack = async () => {
    if (!(await confirmAction(P.confirmTitle, P.confirmText))) return;
    await act('returnShipped', () => ordersApi.returnHandedBack(order.id), P.done);
  };
  return (
    <View className='order-card return-step return-ship return-in-person'>
      <Text className='order-card__title'>{P.heading}</Text>
      <Text className='after-sale__line return-how'>{P.howTo}</Text>
      {shipBy ? <Text className='after-sale__hint return-deadline'>{P.deadline(formatOrderTime(shipBy))}</Text> : null}
      <ActionBar>
        <ActionButton name='return-hand-back' label={P.button} primary disabled={busy !== null} onClick={() => void handBack()} />
      </ActionBar>
    </View>
  );
}

/**
 * The seller: 确认收到退货 once the buyer shipped it back — or, for a return handed back in person, 确认已收到退货 as
 * soon as it is approved (the friend may never tap 我已当面退回; the machine allows it); 我已转回 for every transfer
 * refund still owed, its amount large.
 */
export function SellerAfterSaleSteps({ order, busy, act }: { order: Order; busy: string | null; act: Act }) {
  const step = returnStep(order);
  const inHand = step === 'buyerShips' && availableActions(order).includes('confirmReturn');
  const owed = owedTransfers(order);
  const owedFen = owed.reduce((s, r) => s + r.amountFen, 0);
  const a = order.afterSale;
  const confirmBy = a ? confirmReturnBy(a) : null;
  const shipBy = a && inHand ? shipBackBy(a) : null;
  if (step !== 'sellerConfirms' && !inHand && owed.length === 0) return null;
  const confirmReturn = async () => {
    const amount = formatPrice(a?.amountFen ?? order.totalFen);
    const [title, text] = inHand ? [P.sellerConfirmTitle, P.sellerConfirmText(amount)] : [R.confirmReturnTitle, R.confirmReturnText(amount)];
    if (!(await confirmAction(title, text))) return;
    await act('confirmReturn', () => ordersApi.confirmReturn(order.id), R.returnConfirmed);
  };
  const refundSent = async () => {
    if (!(await confirmAction(T.title, T.text(formatPrice(owedFen))))) return;
    await act('refundSent', () => ordersApi.refundSent(order.id, ''), T.sent);
  };
  return (
    <View className='order-card return-step seller-after-sale'>
      {/* a return handed back in person has no shipment: the seller confirms it all the same */}
      {step === 'sellerConfirms' && a ? (
        <View className='after-sale__block'>
          <Text className='after-sale__line return-back-line'>{a.returnShipment ? R.shippedBack(a.returnShipment.carrier, a.returnShipment.trackingNo) : P.handedBack}</Text>
          {confirmBy ? <Text className='after-sale__hint return-deadline'>{R.confirmDeadline(formatOrderTime(confirmBy))}</Text> : null}
          <ActionButton name='confirm-return' label={R.confirmReturn} primary disabled={busy !== null} onClick={() => void confirmReturn()} />
        </View>
      ) : null}
      {inHand ? (
        <View className='after-sale__block return-in-hand'>
          <Text className='after-sale__line return-back-line'>{P.sellerWaiting}</Text>
          {shipBy ? <Text className='after-sale__hint return-deadline'>{P.sellerDeadline(formatOrderTime(shipBy))}</Text> : null}
          <ActionButton name='confirm-return' label={P.sellerConfirm} primary disabled={busy !== null} onClick={() => void confirmReturn()} />
        </View>
      ) : null}
      {owed.length ? (
        <View className='after-sale__block transfer-back'>
          <Text className='after-sale__label'>{T.heading}</Text>
          <Text className='money money--big transfer-back-amount'>{formatPrice(owedFen)}</Text>
          <ActionButton name='refund-sent' label={T.button} primary disabled={busy !== null} onClick={() => void refundSent()} />
        </View>
      ) : null}
    </View>
  );
}
