-- Indexes the platform-sized bench found missing (issue 18, bench/platform.ts: EXPLAIN of every statement the
-- measured actions and a timer tick issue, on 10,000 shops and 1,000,000 orders). Both are timer sweeps that ran
-- every minute as a sequential scan of a whole table to find the few rows due, however few there were.
-- flagOverdueAfterSales (cloud/core/orders/jobs.ts): after-sale requests past the seller's answer time, not yet flagged.
CREATE INDEX orders_after_sale_overdue ON orders (after_sale_due_by)
  WHERE status = 'after_sale' AND after_sale_status = 'requested' AND after_sale_overdue_at IS NULL;
-- syncPausedPosts (cloud/core/posts/jobs.ts): planned posts still ahead (to pause, or on hold and may resume). Posted
-- and cancelled posts, the great majority over time, stay out of it; posts_due (004) holds only those not reminded yet.
CREATE INDEX posts_planned ON posts (at) WHERE status = 'scheduled';
