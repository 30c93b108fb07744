-- Revert mlb:raw_data/stated_lines
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.stated_lines(text, bigint[]);
COMMIT;
