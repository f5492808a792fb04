-- Issue 12: a posted post counts when it went out (cloud/core/posting/lifecycle.ts), and is never on
-- hold. Before, a post paused because its product sold out could be marked posted and stay paused, and
-- paused posts never count: clear those pauses so each such post counts again.
UPDATE posts SET paused_reason = NULL WHERE status = 'posted' AND paused_reason IS NOT NULL;
UPDATE posts SET posted_at = at WHERE status = 'posted' AND posted_at IS NULL;
ALTER TABLE posts ADD CONSTRAINT posts_posted_not_paused CHECK (status <> 'posted' OR (paused_reason IS NULL AND posted_at IS NOT NULL));
