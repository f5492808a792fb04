import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { Order } from '../../../../types/order';
import type { ShopPayment } from '../../../../types/shop';
import { ordersUi } from '../../../../types/zh-CN/orders-ui';
import { dropOrderText } from '../../../../types/zh-CN/drop-order-hints';
import { SubmitButton } from '../../../components/form';
import { fetchShop } from '../../shop';
import { previewImages } from '../../product';
import { BUYER_TEMPLATES } from '../../../../types/messages-template-names';
import { askConsent } from '../../notifications';
import { NoteCode } from '../after-sale/note-code';
import { noteCodeOf } from '../after-sale/rules';
import './payment-panel.scss';

const P = ordersUi.pay;

/** What happens once the transfer is confirmed: a drop's pickup or delivery order is handed over, not posted. */
function transferExplain(order: Order): string {
  const way = order.fulfilment?.kind;
  return way === 'pickup' || way === 'delivery' ? dropOrderText.transferExplain[way] : P.transferExplain;
}

interface PaymentPanelProps {
  order: Order;
  busy: string | null;
  onWechat: () => void;
  onTransfer: () => void;
}

/** How the seller takes money (`shop.get`): WeChat Pay when the shop has a merchant account. */
function useShopPayment(shopId: string): ShopPayment | null {
  const [payment, setPayment] = useState<ShopPayment | null>(null);
  useEffect(() => {
    let live = true;
    fetchShop(shopId)
      .then((data) => live && setPayment(data.shop.payment))
      .catch(() => live && setPayment({ wechatPay: false, transferNote: '', transferQrUrl: null }));
    return () => {
      live = false;
    };
  }, [shopId]);
  return payment;
}

/**
 * Paying is a tap the buyer expects news after (paid, shipped, refunded): the buyer's templates are
 * asked for in the same tap, first, before the payment's own awaits (requestSubscribeMessage only
 * works synchronously inside a tap, Taro #5065). Declining changes nothing about paying.
 */
function withConsent(pay: () => void): () => void {
  return () => {
    void askConsent(BUYER_TEMPLATES);
    pay();
  };
}

/** The buyer's ways to pay an unpaid order: 微信支付 (if the shop has it) and always 转账付款. */
export function PaymentPanel({ order, busy, onWechat, onTransfer }: PaymentPanelProps) {
  const payment = useShopPayment(order.shopId);
  const noteCode = noteCodeOf(order);
  if (!payment) return null;
  return (
    <View className='order-card payment-panel'>
      <Text className='order-card__title'>{P.heading}</Text>
      {payment.wechatPay ? (
        <SubmitButton className='pay-wechat' label={P.wechat} busyLabel={P.wechatPaying} busy={busy === 'payWechat'} disabled={busy !== null} onClick={withConsent(onWechat)} />
      ) : null}
      <View className='transfer'>
        <Text className='transfer__heading'>{P.transferHeading}</Text>
        <Text className='transfer__explain'>{transferExplain(order)}</Text>
        {noteCode ? <NoteCode code={noteCode} /> : null}
        <Text className='transfer__note transfer-note'>{payment.transferNote || P.transferNoteEmpty}</Text>
        {payment.transferQrUrl ? (
          <View className='transfer__qr'>
            <Image
              className='transfer__qr-image transfer-qr'
              src={payment.transferQrUrl}
              mode='aspectFit'
              onClick={() => previewImages([payment.transferQrUrl ?? ''], payment.transferQrUrl ?? '')}
            />
            <Text className='transfer__qr-label'>{P.transferQr}</Text>
          </View>
        ) : null}
        <SubmitButton
          className={`pay-transfer${payment.wechatPay ? ' submit-button--secondary' : ''}`}
          label={P.transferDone}
          busyLabel={P.transferSending}
          busy={busy === 'payTransfer'}
          disabled={busy !== null}
          onClick={withConsent(onTransfer)}
        />
      </View>
    </View>
  );
}
