-- Revert mlb:curated/side_name_on
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.side_name_on(text, text, text, date);
COMMIT;
