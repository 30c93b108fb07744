-- Revert mlb:sources/odds_api/sportsbook_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DELETE FROM staging.sportsbook_source_ids WHERE source = 'odds_api' AND origin = 'reference';
COMMIT;
