-- Revert mlb:staging/reference_rows_queued
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.reference_rows_queued();
COMMIT;
