-- Delivery by kind (cloud/core/delivery.ts). Subscription messages stay at most once: claimed before
-- sending, a claim never taken back. Refunds and shipping uploads are at least once: WeChat de-duplicates
-- them by our own keys (out_refund_no, the payment's order key), so a claim older than its lease is taken
-- back by a later tick, and a failed send waits before the next try instead of using its attempts up
-- within minutes while WeChat Pay is down.
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;

-- Every undelivered message, claimed or not: a tick looks for unclaimed ones and for stale claims of
-- the at-least-once kinds (the older index covers only the unclaimed).
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;
