-- Revert mlb:sources/sbro/season
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.sbro_season(text);
COMMIT;
