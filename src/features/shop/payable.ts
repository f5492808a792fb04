import { useEffect, useState } from 'react';
import type { ShopPayment } from '../../../types/shop';
import { fetchShop } from './api';

/**
 * Whether friends can order: the shop has some way to be paid (a transfer note or QR, or WeChat Pay);
 * otherwise `order.create` answers CONFLICT no_payment_method. The backend says so itself when it can.
 */
export function acceptsOrders(payment: ShopPayment): boolean {
  return payment.acceptsOrders ?? (payment.wechatPay || payment.transferNote.trim() !== '' || payment.transferQrUrl !== null);
}

/** The product page's question, from `shop.get`: null while unknown (then ordering stays offered; the backend decides). */
export function useAcceptsOrders(shopId: string): boolean | null {
  const [accepts, setAccepts] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    // Any failure leaves ordering offered: the backend refuses an order it cannot take, with the reason.
    Promise.resolve()
      .then(() => fetchShop(shopId))
      .then((data) => live && setAccepts(acceptsOrders(data.shop.payment)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [shopId]);
  return accepts;
}
