-- Verify mlb:staging/promote/openers (reworked after v0.2.3): only the groups whose stored opener was displaced.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_openers()'::regprocedure AND prosrc LIKE '%batch_opener_groups%';
ROLLBACK;
