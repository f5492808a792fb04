-- A review may name the product it is about (issue 14): on an order of several products the buyer says
-- which one, and the review shows on that product's page only. A review without one (written before this,
-- or by a client that does not send it) still shows on every product of its order, saying it is about the
-- whole order. Still one review per order: the order, not the product, is what a buyer completed and what
-- the seller replies to once. Products are archived, never deleted, so the reference always holds.
ALTER TABLE reviews ADD COLUMN product_id text REFERENCES products(id);
CREATE INDEX reviews_by_product ON reviews (product_id) WHERE product_id IS NOT NULL;
