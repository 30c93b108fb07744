-- Revert mlb:sources/sbd/sportsbook_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.sportsbook_source_ids WHERE source = 'sbd' AND origin = 'reference';
COMMIT;
