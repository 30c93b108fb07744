-- Revert mlb:staging/sportsbook_name_aliases
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.sportsbook_name_aliases;
COMMIT;
