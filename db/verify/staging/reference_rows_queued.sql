-- Verify mlb:staging/reference_rows_queued
BEGIN;
SELECT 'staging.reference_rows_queued()'::regprocedure;
ROLLBACK;
