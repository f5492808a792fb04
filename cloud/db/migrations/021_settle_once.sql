-- supply.settle's idempotency key (issue 16): a double tap on 记一笔收款 records the payment once. The key is
-- the supplier's, like an order's is its buyer's; settlements recorded before carry none (NULLs never collide).
ALTER TABLE supplier_settlements ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX supplier_settlements_once ON supplier_settlements (supplier_id, idempotency_key);
