-- Revert mlb:sources/sbro/sportsbook_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.sportsbook_source_ids WHERE source = 'sbro' AND origin = 'reference';
COMMIT;
