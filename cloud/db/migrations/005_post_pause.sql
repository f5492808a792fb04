-- A planned post about a product that sold out or was archived is paused (it neither counts against the
-- policy nor reminds anyone) and resumes when the product is back, if the policy still allows it then.
ALTER TABLE posts ADD COLUMN paused_reason text CHECK (paused_reason IN ('sold_out', 'archived', 'policy'));
