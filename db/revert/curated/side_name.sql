-- Revert mlb:curated/side_name
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION curated.side_name(text, text, text);
COMMIT;
