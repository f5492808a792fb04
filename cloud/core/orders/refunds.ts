import type { Queryable } from '../../db/types';
import { enqueue } from '../outbox';
import type { OrderRow } from './rows';

/**
 * Money the buyer paid goes back: a WeChat Pay payment through the provider's refund (via the outbox),
 * a transfer by the seller's own transfer back (the buyer is told). Returns whether anything was paid.
 */
export async function refundPaid(tx: Queryable, order: OrderRow, at: Date): Promise<boolean> {
  const [paid] = await tx.query<{ id: string; method: string; amount_fen: number }>(
    `UPDATE payments SET status = 'refunded', updated_at = $2 WHERE order_id = $1 AND status = 'paid' RETURNING id, method, amount_fen`,
    [order.id, at],
  );
  if (!paid) return false;
  if (paid.method === 'wechat') {
    // cloudPay.refund requires the merchant the payment went to (subMchId): the shop's.
    const [shop] = await tx.query<{ wechat_sub_mch_id: string | null }>('SELECT wechat_sub_mch_id FROM shops WHERE id = $1', [order.shop_id]);
    await enqueue(tx, {
      kind: 'wxpay.refund',
      toOpenId: order.buyer_openid,
      payload: { outTradeNo: paid.id, outRefundNo: `r${paid.id}`, totalFee: paid.amount_fen, refundFee: paid.amount_fen, subMchId: shop?.wechat_sub_mch_id ?? '' },
      at,
    });
  }
  return true;
}
