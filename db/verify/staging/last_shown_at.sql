-- Verify mlb:staging/last_shown_at
BEGIN;
SELECT 'staging.last_shown_at(text, bigint, timestamptz, timestamptz)'::regprocedure;
ROLLBACK;
