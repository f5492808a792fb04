-- Transfers between friends (issue 13).
--
-- The 4-digit code a buyer writes in a transfer's note so the seller can match the money to the order.
-- It is unique among the shop's orders that may still be paid by transfer (unpaid, or waiting for the
-- seller to confirm): the partial unique index is what makes two orders placed at once never share one
-- (the second insert waits for the first and fails; the core retries with the next free code). Once an
-- order leaves those states its code stays on it, for the record, and may be reused by a later order.
ALTER TABLE orders ADD COLUMN note_code text
  CONSTRAINT orders_note_code_check CHECK (note_code IS NULL OR note_code ~ '^[0-9]{4}$');

-- Orders placed before this migration that can still be paid by transfer get a code now, one per order
-- within its shop (a shop would need 10,000 open orders for the modulo to matter).
UPDATE orders o SET note_code = lpad(x.n::text, 4, '0')
  FROM (SELECT id, (row_number() OVER (PARTITION BY shop_id ORDER BY created_at, id) - 1) % 10000 AS n
          FROM orders WHERE status IN ('pending_payment', 'awaiting_confirmation')) x
 WHERE o.id = x.id;

CREATE UNIQUE INDEX orders_open_note_code ON orders (shop_id, note_code)
  WHERE status IN ('pending_payment', 'awaiting_confirmation') AND note_code IS NOT NULL;

-- A transfer's refund is done when the seller says they sent it back: when, and what they wrote
-- (refunds.note, e.g. "微信转账 12:30") are shown to the buyer.
ALTER TABLE refunds ADD COLUMN sent_at timestamptz;
