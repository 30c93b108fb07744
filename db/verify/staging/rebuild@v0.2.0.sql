-- Verify mlb:staging/rebuild
BEGIN;
SELECT 'staging.rebuild(date)'::regprocedure;
ROLLBACK;
