-- Revert mlb:staging/matchup
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.matchup(text, text, date);
COMMIT;
