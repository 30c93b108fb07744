-- Verify mlb:staging/shown_at
BEGIN;
SELECT 'staging.shown_at(text, bigint, timestamptz)'::regprocedure;
ROLLBACK;
