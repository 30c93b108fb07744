-- Revert mlb:staging/sportsbook_source_ids
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.sportsbook_source_ids;
COMMIT;
