-- Verify mlb:curated/place_bet
BEGIN;
SELECT has_function_privilege('mlb_analyst', 'curated.place_bet(date, text, text, text, numeric, text, numeric, text, timestamptz, text, smallint)', 'EXECUTE');
ROLLBACK;
