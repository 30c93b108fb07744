-- Deploy mlb:pipeline/locks
-- The pipeline's locks are rows of a table only its owner may lock: an advisory
-- lock can be taken by any role and so stall promotion from outside.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.locks (
  name text PRIMARY KEY CHECK (name ~ '^[a-z_]+\.[a-z_]+$'),
  description text NOT NULL
);
COMMENT ON TABLE pipeline.locks IS 'One row per pipeline lock, taken with pipeline.lock() (SELECT ... FOR UPDATE) and held to the end of the transaction. Locking a row needs UPDATE on the table, which only mlb_owner has: no other role can take, and so stall, these locks.';
COMMENT ON COLUMN pipeline.locks.name IS 'Lock name, schema.what.';
COMMENT ON COLUMN pipeline.locks.description IS 'Who takes it and what it serialises.';

INSERT INTO pipeline.locks (name, description) VALUES
  ('staging.promote', 'staging.promote() (tries; an overlapping call is skipped) and staging.rebuild() (waits): one writer of staging at a time.'),
  ('curated.rebuild', 'Taken in share mode by curated.rebuild_dates() (which owns its dates through pipeline.curated_partitions, so rebuilds of other dates run beside it) and alone by curated.backtest_strategy(), which rewrites every date.'),
  ('curated.refresh', 'Taken in share mode by curated.drain_dirty_dates() and curated.refresh_dirty_dates(): refresh workers drain different partitions of the dirty dates at once.');

COMMIT;
