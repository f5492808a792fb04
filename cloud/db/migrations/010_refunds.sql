-- Refunds as rows of their own. A payment keeps its status (`paid` = the money arrived, for good);
-- money going back is a refund of that payment: one row per refund, so a payment can be refunded in
-- parts (after-sales), every surplus payment of an order gets its own refund, and nothing is flipped
-- on a payment that another refund already covers.
CREATE TABLE refunds (
  -- our refund id; for WeChat Pay it is the out_refund_no (String(64): digits, letters, _ and -),
  -- which WeChat keeps as its idempotency key: the same id sent again is the same refund.
  id text PRIMARY KEY CONSTRAINT refunds_id_check CHECK (id ~ '^[0-9A-Za-z_-]{1,64}$'),
  order_id text NOT NULL REFERENCES orders(id),
  payment_id text NOT NULL REFERENCES payments(id),
  amount_fen bigint NOT NULL CONSTRAINT refunds_amount_check CHECK (amount_fen > 0),
  method text NOT NULL CONSTRAINT refunds_method_check CHECK (method IN ('wechat', 'transfer')),
  -- surplus: a payment the order did not need (paid twice, or after cancel/expiry); cancel; after_sale.
  reason text NOT NULL CONSTRAINT refunds_reason_check CHECK (reason IN ('surplus', 'cancel', 'after_sale')),
  -- pending until the money is back (WeChat's SUCCESS notice; for a transfer, the seller's own
  -- transfer back); failed when WeChat answered CHANGE (退款异常) or REFUNDCLOSE (退款关闭): still owed,
  -- and a later SUCCESS (the merchant re-sends it from the merchant platform) still makes it done.
  status text NOT NULL CONSTRAINT refunds_status_check CHECK (status IN ('pending', 'done', 'failed')),
  -- WeChat's last refund_status for this refund (SUCCESS, CHANGE, REFUNDCLOSE), as reported
  provider_status text,
  -- WeChat Pay's refund_id
  provider_ref text,
  -- who sent it by hand, or what WeChat said: shown to the seller
  note text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  done_at timestamptz,
  -- the order refunds were made in (two in one transaction share created_at)
  seq bigserial NOT NULL
);
CREATE INDEX refunds_by_order ON refunds (order_id, seq);
CREATE INDEX refunds_by_payment ON refunds (payment_id);

-- The merchant a WeChat payment went to, fixed when it was requested: its refund goes back through
-- the same merchant even if the shop changes its merchant id later.
ALTER TABLE payments ADD COLUMN sub_mch_id text;
-- Before this column the shop's current merchant id is the best we know.
UPDATE payments p SET sub_mch_id = s.wechat_sub_mch_id
  FROM orders o JOIN shops s ON s.id = o.shop_id
 WHERE o.id = p.order_id AND p.method = 'wechat';

-- Payments that the old code flipped to `refunded` become refund rows. Their id is the out_refund_no
-- the old code used ('r' + payment id), so one it did send is the same refund to WeChat.
INSERT INTO refunds (id, order_id, payment_id, amount_fen, method, reason, status, created_at, updated_at)
SELECT 'r' || p.id, p.order_id, p.id, p.amount_fen, p.method,
       CASE o.status WHEN 'refunded' THEN 'after_sale' WHEN 'cancelled' THEN 'cancel' ELSE 'surplus' END,
       'pending', p.updated_at, p.updated_at
  FROM payments p JOIN orders o ON o.id = p.order_id
 WHERE p.status = 'refunded';
-- The old code flipped every paid payment of an order but queued one refund: queue the missing ones.
INSERT INTO outbox (kind, to_openid, payload, created_at)
SELECT 'wxpay.refund', o.buyer_openid,
       jsonb_build_object('outTradeNo', p.id, 'outRefundNo', r.id, 'totalFee', p.amount_fen, 'refundFee', r.amount_fen, 'subMchId', coalesce(p.sub_mch_id, '')),
       r.created_at
  FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN orders o ON o.id = r.order_id
 WHERE r.method = 'wechat'
   AND NOT EXISTS (SELECT 1 FROM outbox m WHERE m.kind = 'wxpay.refund' AND m.payload->>'outRefundNo' = r.id);
UPDATE payments SET status = 'paid' WHERE status = 'refunded';
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN ('requested', 'awaiting_confirmation', 'paid', 'rejected'));
