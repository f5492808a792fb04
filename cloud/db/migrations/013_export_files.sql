-- CSV exports are files (cloud storage in production, the host's uploads folder locally), not answers:
-- WeChat's call path is not made for large results. Each file is named by an unguessable key and lives
-- one hour; the next export (any shop's) removes the expired ones (cloud/core/crm/export.ts).
CREATE TABLE export_files (
  id text PRIMARY KEY,
  shop_id text NOT NULL REFERENCES shops(id),
  -- what the store removes: the cloud fileID in production, the file name locally
  file_ref text NOT NULL,
  rows integer NOT NULL,
  bytes bigint NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX export_files_expiring ON export_files (expires_at);
