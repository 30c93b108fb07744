-- Revert mlb:staging/source_games_raw
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW staging.source_games_raw;
COMMIT;
