-- Verify mlb:staging/promote/payloads (reworked after v0.3.0)
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_payloads(bigint)'::regprocedure AND prosrc LIKE '%price_format_param%';
ROLLBACK;
