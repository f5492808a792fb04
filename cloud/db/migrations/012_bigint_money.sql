-- Money that adds up goes 64-bit. The contract bounds a line (priceFen ≤ 10,000,000 × qty ≤ 99) and an
-- order (≤ 20 lines), so one order can hold 19,800,000,000 fen (¥198 million): more than integer's
-- 2,147,483,647. Unit prices stay integer (products.price_fen and order_items.price_fen are bounded
-- at 10,000,000 by the contract and a CHECK); totals and payments become bigint. The app reads bigint
-- as an exact JS number (cloud/db/int8.ts) and every sum over money is cast to bigint in SQL.
-- ALTER … TYPE rewrites the table under an exclusive lock: run it at deploy time (the migrate function
-- or `npm run migrate`), before the new functions take traffic.
ALTER TABLE orders ALTER COLUMN total_fen TYPE bigint;
ALTER TABLE payments ALTER COLUMN amount_fen TYPE bigint;
