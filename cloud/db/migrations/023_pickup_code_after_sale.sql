-- A pickup code stays reserved only while it can still hand goods over: an after-sale started before the
-- handing-over (from paid or ready) may return there and needs its code; one started after it (from completed)
-- never hands anything over again, and its code may already be a newer order's. Migration 022's index covered
-- every after_sale row, so such a completed order's after-sale request failed on the index.
DROP INDEX IF EXISTS orders_open_pickup_code;
CREATE UNIQUE INDEX orders_open_pickup_code ON orders (shop_id, pickup_code)
  WHERE pickup_code IS NOT NULL
    AND (status IN ('pending_payment', 'awaiting_confirmation', 'paid', 'ready')
         OR (status = 'after_sale' AND after_sale_from IN ('paid', 'ready')));
