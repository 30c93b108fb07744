-- Deploy mlb:pipeline/dirty_dates (reworked after v0.2.0)
-- A generation per date, so a refresh removes a date only if nothing marked it
-- again while it was being rebuilt (a promotion committing mid-rebuild).
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.dirty_dates ADD COLUMN generation bigint NOT NULL DEFAULT 1;
COMMENT ON COLUMN pipeline.dirty_dates.generation IS 'Raised each time the date is marked again; curated.drain_dirty_dates() removes the date only if its generation is still the one it rebuilt, so a change made during a rebuild is rebuilt too.';

COMMIT;
