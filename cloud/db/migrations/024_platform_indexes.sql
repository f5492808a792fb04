-- Indexes the platform-sized bench found missing (issue 18, bench/platform.ts: EXPLAIN of every statement the
-- measured actions and a timer tick issue, on 10,000 shops and 1,000,000 orders). Both are timer sweeps that ran
-- every minute as a sequential scan of a whole table to find the few rows due, however few there were.
-- flagOverdueAfterSales (cloud/core/orders/jobs.ts): after-sale requests past the seller's answer time, not yet flagged.
CREATE INDEX orders_after_sale_overdue ON orders (after_sale_due_by)
  WHERE status = 'after_sale' AND after_sale_status = 'requested' AND after_sale_overdue_at IS NULL;
-- syncPausedPosts (cloud/core/posts/jobs.ts): planned posts on hold that may resume.
CREATE INDEX posts_paused ON posts (at) WHERE status = 'scheduled' AND paused_reason IS NOT NULL;
