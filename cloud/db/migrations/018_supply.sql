-- Suppliers (issue 16): a producer, a farm or a brand lists products once and ships them on the seller's
-- behalf (一件代发), exactly one layer deep. One supplier per WeChat identity — the unique owner column
-- settles a race between two opens; an identity may also own a shop.
CREATE TABLE suppliers (
  id text PRIMARY KEY,
  owner_openid text NOT NULL UNIQUE,
  name text NOT NULL,
  intro text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);

-- A supply product's prices: what the seller owes the supplier per piece (supply_price_fen) and the band a
-- carrying seller may sell it in. Unit prices are bounded at 10,000,000 fen like products.price_fen, but are
-- bigint from the start (012_bigint_money.sql): statements multiply them by pieces shipped. Never deleted:
-- carried products and orders will point at them; archiving hides them.
CREATE TABLE supply_products (
  id text PRIMARY KEY,
  supplier_id text NOT NULL REFERENCES suppliers(id),
  title text NOT NULL,
  story text NOT NULL,
  images jsonb NOT NULL DEFAULT '[]',
  proof_images jsonb NOT NULL DEFAULT '[]',
  supply_price_fen bigint NOT NULL CHECK (supply_price_fen BETWEEN 1 AND 10000000),
  min_price_fen bigint NOT NULL CHECK (min_price_fen BETWEEN 1 AND 10000000),
  max_price_fen bigint NOT NULL CHECK (max_price_fen BETWEEN 1 AND 10000000),
  stock integer NOT NULL CHECK (stock BETWEEN 0 AND 99999),
  ship_within_hours integer NOT NULL DEFAULT 48 CHECK (ship_within_hours BETWEEN 1 AND 720),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (supply_price_fen <= min_price_fen AND min_price_fen <= max_price_fen)
);
CREATE INDEX supply_products_by_supplier ON supply_products (supplier_id, status, created_at);
-- The public browse list: active ones, newest first, keyset-paged on (created_at, id).
CREATE INDEX supply_products_active ON supply_products (created_at DESC, id DESC) WHERE status = 'active';
