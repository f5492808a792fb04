-- Reviews come from buyers of completed orders (the order flow writes them). There is no delete:
-- a shop cannot remove what its buyers said; it may only add a reply.
CREATE TABLE reviews (
  id text PRIMARY KEY,
  order_id text NOT NULL UNIQUE,
  product_id text NOT NULL REFERENCES products(id),
  shop_id text NOT NULL REFERENCES shops(id),
  buyer_openid text NOT NULL,
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text text NOT NULL,
  reply text,
  created_at timestamptz NOT NULL
);
CREATE INDEX reviews_by_product ON reviews (product_id, created_at DESC);
