-- Revert mlb:raw_data/refuse_dropping_raw_rows
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.refuse_dropping_raw_rows(text[]);
COMMIT;
