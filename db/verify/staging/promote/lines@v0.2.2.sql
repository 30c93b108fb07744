-- Verify mlb:staging/promote/lines (reworked after v0.2.1): Each line carries its raw row's fetch time.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure AND prosrc LIKE '%l.fetched_at%';
ROLLBACK;
