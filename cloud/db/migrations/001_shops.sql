-- Shops: one per WeChat identity. The posting policy is stored whole (defaults merged in),
-- so a later change of defaults never silently loosens an existing shop's policy.
CREATE TABLE shops (
  id text PRIMARY KEY,
  owner_openid text NOT NULL UNIQUE,
  name text NOT NULL,
  intro text NOT NULL DEFAULT '',
  avatar_url text,
  product_cap integer NOT NULL DEFAULT 30 CHECK (product_cap BETWEEN 1 AND 30),
  policy jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Products are never deleted: orders keep pointing at them; archiving takes them off the shop page.
CREATE TABLE products (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  title text NOT NULL,
  price_fen integer NOT NULL CHECK (price_fen BETWEEN 1 AND 10000000),
  stock integer NOT NULL CHECK (stock BETWEEN 0 AND 9999),
  story text NOT NULL,
  images jsonb NOT NULL DEFAULT '[]',
  proof_images jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  position integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX products_by_shop ON products (shop_id, status, position);

-- Everything production would send to WeChat (subscription messages, payment calls) is written
-- here in the same transaction as the change that causes it; the sandbox serves it at /api/dev/outbox.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  to_openid text,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
