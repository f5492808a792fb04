-- The launch page lists the shops a friend follows or muted (shop.following): look follows up by
-- the friend, newest choice first, instead of scanning every shop's followers.
CREATE INDEX follows_by_openid ON follows (openid, updated_at DESC);
