-- The post scheduler. Posts that are scheduled or posted count against the shop's posting policy;
-- cancelled ones do not. Every check runs under the shop row's lock, so racing requests queue.
CREATE TABLE posts (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  at timestamptz NOT NULL,
  text text NOT NULL,
  product_id text REFERENCES products(id),
  images jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL CHECK (status IN ('scheduled', 'posted', 'cancelled')),
  -- an update for the shop's followers: at its time they get a message (each with their own consent)
  notify_followers boolean NOT NULL DEFAULT false,
  -- 'pending' until due; then 'sent' (a subscription message went out) or 'in_app' (no consent left:
  -- the post shows in the app's "due now" list instead). Set in the transaction that claims it.
  reminder text NOT NULL DEFAULT 'pending' CHECK (reminder IN ('pending', 'sent', 'in_app')),
  reminded_at timestamptz,
  posted_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX posts_by_shop ON posts (shop_id, at);
CREATE INDEX posts_due ON posts (at) WHERE status = 'scheduled' AND reminder = 'pending';

-- One consent from requestSubscribeMessage allows one message: the count per person and template.
CREATE TABLE subscription_consents (
  openid text NOT NULL,
  template text NOT NULL,
  remaining integer NOT NULL CHECK (remaining >= 0),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (openid, template)
);

-- Friends who chose to hear about a shop's updates (or muted it).
CREATE TABLE follows (
  shop_id text NOT NULL REFERENCES shops(id),
  openid text NOT NULL,
  state text NOT NULL CHECK (state IN ('following', 'muted')),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (shop_id, openid)
);

-- Delivery of what the outbox holds: claimed before sending and never re-claimed after a crash, so a
-- message is sent at most once; a send that fails cleanly is released for a later retry.
ALTER TABLE outbox ADD COLUMN claimed_at timestamptz;
ALTER TABLE outbox ADD COLUMN delivered_at timestamptz;
ALTER TABLE outbox ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error text;
CREATE INDEX outbox_undelivered ON outbox (id) WHERE delivered_at IS NULL AND claimed_at IS NULL;
