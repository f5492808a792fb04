-- WeChat's verdict on each image others may see (security.mediaCheckAsync). One row per address:
-- the verdict is about the picture, whoever uses it. `trace_id` matches WeChat's later push.
CREATE TABLE image_checks (
  url text PRIMARY KEY,
  owner_openid text NOT NULL,
  scene smallint NOT NULL CHECK (scene BETWEEN 1 AND 4),
  status text NOT NULL CHECK (status IN ('pending', 'pass', 'risky')),
  trace_id text UNIQUE,
  label text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- The timer re-asks WeChat for checks whose request never got through.
CREATE INDEX image_checks_unsent ON image_checks (created_at) WHERE status = 'pending' AND trace_id IS NULL;
