-- Verify mlb:staging/promote/openers (reworked after v0.2.1): the opener is per outlet.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_openers()'::regprocedure AND prosrc LIKE '%outlet%';
ROLLBACK;
