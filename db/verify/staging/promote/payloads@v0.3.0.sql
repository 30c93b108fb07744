-- Verify mlb:staging/promote/payloads
BEGIN;
SELECT 'staging.promote_payloads(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_payloads(bigint)'::regprocedure AND prosrc LIKE '%c.fetched_at, c.elements FROM payload_checks%';
ROLLBACK;
