-- The seller's customers, derived from their orders (never from contacts): private notes and tags.
CREATE TABLE customers (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  buyer_openid text NOT NULL,
  note text NOT NULL DEFAULT '',
  tags jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (shop_id, buyer_openid)
);

-- Follow-ups after a completed order: due `follow_up_days` after completion unless done or snoozed.
ALTER TABLE shops ADD COLUMN follow_up_days integer NOT NULL DEFAULT 7 CHECK (follow_up_days BETWEEN 1 AND 60);
CREATE TABLE follow_ups (
  order_id text PRIMARY KEY REFERENCES orders(id),
  shop_id text NOT NULL REFERENCES shops(id),
  status text NOT NULL CHECK (status IN ('done', 'snoozed')),
  snoozed_until timestamptz,
  updated_at timestamptz NOT NULL
);

-- Sales figures and follow-ups read orders by shop, status and time.
CREATE INDEX orders_shop_created ON orders (shop_id, created_at);
CREATE INDEX orders_shop_completed ON orders (shop_id, completed_at) WHERE status = 'completed';
CREATE INDEX order_items_by_product ON order_items (product_id);
