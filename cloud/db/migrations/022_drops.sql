-- Group drops (接龙, issue 17; CONTRACT.md Additions `drop`): a seller's batch of a few products with a cutoff,
-- joined by friends through order.create. The products stay the shop's (their stock is the shop page's stock);
-- a drop adds a per-buyer limit and the ways to hand them over: pickup points, delivery by hand, shipping.
CREATE TABLE drops (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  title text NOT NULL,
  intro text NOT NULL DEFAULT '',
  closes_at timestamptz NOT NULL,
  -- { pickup: [{ name, address, window }], delivery, shipping }: read and written whole, never queried inside
  fulfilment jsonb NOT NULL,
  show_joiners boolean NOT NULL DEFAULT true,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX drops_by_shop ON drops (shop_id, status, closes_at);
-- The timer's sweep: open drops whose cutoff passed.
CREATE INDEX drops_due ON drops (closes_at) WHERE status = 'open';

CREATE TABLE drop_items (
  drop_id text NOT NULL REFERENCES drops(id),
  product_id text NOT NULL REFERENCES products(id),
  position integer NOT NULL,
  limit_per_buyer integer NOT NULL CHECK (limit_per_buyer BETWEEN 1 AND 99),
  PRIMARY KEY (drop_id, product_id)
);

-- A joining order: its drop, how it is handed over, whether the buyer's masked name may be listed, and for
-- pickup and delivery the 6-digit code the buyer shows. 'shipping' is what every order was until now.
ALTER TABLE orders ADD COLUMN drop_id text REFERENCES drops(id);
ALTER TABLE orders ADD COLUMN fulfilment_kind text NOT NULL DEFAULT 'shipping' CHECK (fulfilment_kind IN ('shipping', 'pickup', 'delivery'));
ALTER TABLE orders ADD COLUMN pickup_index integer CHECK (pickup_index BETWEEN 0 AND 4);
ALTER TABLE orders ADD COLUMN show_name boolean NOT NULL DEFAULT true;
ALTER TABLE orders ADD COLUMN pickup_code text CHECK (pickup_code IS NULL OR pickup_code ~ '^[0-9]{6}$');
ALTER TABLE orders ADD COLUMN ready_at timestamptz;
CREATE INDEX orders_by_drop ON orders (drop_id, buyer_openid) WHERE drop_id IS NOT NULL;

-- 'ready' (between paid and completed, pickup and delivery orders only): the goods wait at the pickup point.
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check
  CHECK (status IN ('pending_payment', 'awaiting_confirmation', 'paid', 'ready', 'shipped', 'completed', 'cancelled', 'after_sale', 'refunded'));

-- A pickup code is unique within its shop among orders still to be handed over, so the code a seller types
-- finds one order; a completed or cancelled order's code may come round again.
CREATE UNIQUE INDEX orders_open_pickup_code ON orders (shop_id, pickup_code)
  WHERE pickup_code IS NOT NULL AND status IN ('pending_payment', 'awaiting_confirmation', 'paid', 'ready', 'after_sale');
