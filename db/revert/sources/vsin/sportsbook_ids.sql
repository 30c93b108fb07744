-- Revert mlb:sources/vsin/sportsbook_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.sportsbook_source_ids WHERE source = 'vsin' AND origin = 'reference';
COMMIT;
