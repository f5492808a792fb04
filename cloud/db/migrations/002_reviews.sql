-- Reviews come from buyers of completed orders, one per order (the order flow writes them); a product
-- page shows the reviews of every order that contained it. There is no delete: a shop cannot remove
-- what its buyers said; it may only add a reply.
CREATE TABLE reviews (
  id text PRIMARY KEY,
  order_id text NOT NULL UNIQUE,
  shop_id text NOT NULL REFERENCES shops(id),
  buyer_openid text NOT NULL,
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text text NOT NULL,
  reply text,
  replied_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX reviews_by_shop ON reviews (shop_id, created_at DESC);
