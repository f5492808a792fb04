-- Pieces that physically came back to the seller, per order line (issue 16 review). The order's after-sale
-- columns describe only its latest request and are overwritten by the next one, so what came back is written
-- here when a return is confirmed (by the seller or the timer) and only ever grows: stock goes back for these
-- pieces only, and a supplier's statement owes qty − returned_qty for every shipped line.
ALTER TABLE order_items ADD COLUMN returned_qty integer NOT NULL DEFAULT 0;
ALTER TABLE order_items ADD CONSTRAINT order_items_returned_qty CHECK (returned_qty BETWEEN 0 AND qty);

-- Returns refunded before this column existed: their latest after-sale still says which pieces (none listed: all).
UPDATE order_items i
   SET returned_qty = CASE
         WHEN jsonb_array_length(coalesce(o.after_sale_items, '[]'::jsonb)) = 0 THEN i.qty
         ELSE LEAST(i.qty, (SELECT coalesce(sum((e->>'qty')::int), 0) FROM jsonb_array_elements(o.after_sale_items) e WHERE e->>'productId' = i.product_id))
       END
  FROM orders o
 WHERE o.id = i.order_id AND o.after_sale_type = 'return' AND o.after_sale_status = 'refunded';
