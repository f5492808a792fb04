-- How a shop is paid. Without a WeChat Pay merchant (a personal-subject mini program cannot have
-- one) buyers pay by transfer, following the seller's instructions, and the seller confirms.
ALTER TABLE shops ADD COLUMN wechat_sub_mch_id text;
ALTER TABLE shops ADD COLUMN transfer_note text NOT NULL DEFAULT '';
ALTER TABLE shops ADD COLUMN transfer_qr_url text;

CREATE TABLE orders (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  buyer_openid text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending_payment', 'awaiting_confirmation', 'paid', 'shipped', 'completed', 'cancelled', 'after_sale', 'refunded')),
  total_fen integer NOT NULL CHECK (total_fen > 0),
  address jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  idempotency_key text NOT NULL,
  -- fulfilment
  carrier text,
  tracking_no text,
  shipped_at timestamptz,
  completed_at timestamptz,
  cancelled_at timestamptz,
  cancel_reason text,
  -- after-sale
  after_sale_type text CHECK (after_sale_type IN ('refund', 'return')),
  after_sale_reason text,
  after_sale_status text CHECK (after_sale_status IN ('requested', 'approved', 'rejected')),
  after_sale_note text,
  after_sale_from text,
  after_sale_requested_at timestamptz,
  after_sale_due_by timestamptz,
  after_sale_resolved_at timestamptz,
  after_sale_overdue_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- one order per checkout attempt: a retried or double-tapped checkout finds the same order
  UNIQUE (buyer_openid, idempotency_key)
);
CREATE INDEX orders_by_buyer ON orders (buyer_openid, created_at DESC, id DESC);
CREATE INDEX orders_by_shop ON orders (shop_id, created_at DESC, id DESC);
CREATE INDEX orders_expiring ON orders (expires_at) WHERE status = 'pending_payment';
CREATE INDEX orders_shipped ON orders (shipped_at) WHERE status = 'shipped';

-- Lines keep the title and price at order time: later catalog edits never change an order.
CREATE TABLE order_items (
  order_id text NOT NULL REFERENCES orders(id),
  line integer NOT NULL,
  product_id text NOT NULL REFERENCES products(id),
  title text NOT NULL,
  price_fen integer NOT NULL,
  qty integer NOT NULL CHECK (qty BETWEEN 1 AND 99),
  image text,
  PRIMARY KEY (order_id, line)
);

CREATE TABLE payments (
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders(id),
  method text NOT NULL CHECK (method IN ('wechat', 'transfer')),
  status text NOT NULL CHECK (status IN ('requested', 'awaiting_confirmation', 'paid', 'rejected', 'refunded')),
  amount_fen integer NOT NULL,
  provider_ref text,
  created_at timestamptz NOT NULL,
  paid_at timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX payments_by_order ON payments (order_id, created_at DESC);

-- The order's history as both sides see it.
CREATE TABLE order_events (
  id bigserial PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders(id),
  at timestamptz NOT NULL,
  action text NOT NULL,
  by_role text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  note text
);
CREATE INDEX order_events_by_order ON order_events (order_id, id);
