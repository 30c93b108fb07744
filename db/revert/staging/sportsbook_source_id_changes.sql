-- Revert mlb:staging/sportsbook_source_id_changes
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.sportsbook_source_id_changes;
COMMIT;
