-- Revert mlb:staging/raw_copy
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.raw_copy(timestamptz, text, bigint);
DROP TYPE staging.raw_copy;
COMMIT;
