-- Revert mlb:sources/odds_api/lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.odds_api_lines(raw_data.payload);
COMMIT;
