-- Revert mlb:raw_data/request_season
BEGIN;
SET LOCAL ROLE mlb_owner;

DROP FUNCTION raw_data.request_season(text, text, timestamptz);

COMMIT;
