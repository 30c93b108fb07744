-- Verify mlb:staging/promote/lines (reworked after v0.3.0)
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_lines(bigint)'::regprocedure AND prosrc LIKE '%parse_requested_decimal_odds%';
ROLLBACK;
