-- Revert mlb:staging/raw_rows_of_date
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.raw_rows_of_date(date);
COMMIT;
