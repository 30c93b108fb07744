-- Verify mlb:staging/promote/splits (reworked after v0.3.0): each split element is accounted for.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_splits(bigint)'::regprocedure AND prosrc LIKE '%batch_split_counts%';
ROLLBACK;
