-- After-sales by amount and items, with photos, and returns that really come back: the seller gives a
-- return address, the buyer ships it back, the seller confirms (or the timer decides at each deadline).
-- The refund is exactly the amount asked for; the order is `refunded` only when all it received went back.
ALTER TABLE orders ADD COLUMN after_sale_amount_fen bigint CONSTRAINT orders_after_sale_amount_check CHECK (after_sale_amount_fen > 0);
-- [{ productId, qty }], lines of the order
ALTER TABLE orders ADD COLUMN after_sale_items jsonb;
-- image urls, checked by content security like a product's images
ALTER TABLE orders ADD COLUMN after_sale_photos jsonb;
-- { name, phone, detail }: where the seller wants a return sent
ALTER TABLE orders ADD COLUMN return_address jsonb;
ALTER TABLE orders ADD COLUMN return_carrier text;
ALTER TABLE orders ADD COLUMN return_carrier_id text;
ALTER TABLE orders ADD COLUMN return_tracking_no text;
ALTER TABLE orders ADD COLUMN return_shipped_at timestamptz;
-- the buyer sends an approved return back by then (else it closes); the seller confirms it by then (else it is refunded)
ALTER TABLE orders ADD COLUMN return_ship_by timestamptz;
ALTER TABLE orders ADD COLUMN return_confirm_by timestamptz;

-- Before this migration an approval gave everything back at once: it was a full refund.
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_after_sale_status_check;
UPDATE orders SET after_sale_status = 'refunded' WHERE after_sale_status = 'approved';
ALTER TABLE orders ADD CONSTRAINT orders_after_sale_status_check
  CHECK (after_sale_status IN ('requested', 'approved', 'returned', 'refunded', 'rejected', 'closed'));

-- The timer's two return deadlines.
CREATE INDEX orders_return_ship_due ON orders (return_ship_by) WHERE status = 'after_sale' AND after_sale_status = 'approved';
CREATE INDEX orders_return_confirm_due ON orders (return_confirm_by) WHERE status = 'after_sale' AND after_sale_status = 'returned';
