-- Carrying a supplier's product (issue 16, CONTRACT.md Additions `supply`). A carried product is a row of the
-- seller's shop (its price, its own words, its place on the page, the cap of 30) pointing at the supply
-- product, whose title, images, proof and stock stay the supplier's: stock is not copied, so one row is the
-- truth every carrying shop reserves from. A shop carries a supply product once (the unique index settles two
-- racing carries); nothing points the other way, so a carried product can never be supplied onward.
ALTER TABLE products ADD COLUMN supply_product_id text REFERENCES supply_products(id);
CREATE UNIQUE INDEX products_carry_once ON products (shop_id, supply_product_id) WHERE supply_product_id IS NOT NULL;
CREATE INDEX products_by_supply ON products (supply_product_id) WHERE supply_product_id IS NOT NULL;

-- An order has one fulfiller: the shop (null) or one supplier, who ships it and sees it in its queue.
ALTER TABLE orders ADD COLUMN supplier_id text REFERENCES suppliers(id);
CREATE INDEX orders_by_supplier ON orders (supplier_id, status, created_at DESC, id DESC) WHERE supplier_id IS NOT NULL;

-- What the seller owes the supplier for a line, fixed when the order is placed (a later price change by the
-- supplier does not rewrite what was sold): statements sum these over pieces shipped.
ALTER TABLE order_items ADD COLUMN supply_product_id text REFERENCES supply_products(id);
ALTER TABLE order_items ADD COLUMN supply_price_fen bigint CHECK (supply_price_fen BETWEEN 1 AND 10000000);

-- Money a seller paid a supplier, as the supplier records it (`supply.settle`); never edited, only added.
CREATE TABLE supplier_settlements (
  id text PRIMARY KEY,
  supplier_id text NOT NULL REFERENCES suppliers(id),
  shop_id text NOT NULL REFERENCES shops(id),
  amount_fen bigint NOT NULL CHECK (amount_fen BETWEEN 1 AND 1000000000),
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX supplier_settlements_by_pair ON supplier_settlements (supplier_id, shop_id, created_at);
