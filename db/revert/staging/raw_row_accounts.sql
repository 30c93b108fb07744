-- Revert mlb:staging/raw_row_accounts
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE staging.raw_row_accounts;
COMMIT;
