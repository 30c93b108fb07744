-- Revert mlb:curated/place_bet
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.place_bet(date, text, text, text, numeric, text, numeric, text, timestamptz, text, smallint);
COMMIT;
