-- Verify mlb:staging/promote/payloads (reworked after v0.2.1): ok_batch carries each raw row's fetch time and element count.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_payloads(bigint)'::regprocedure AND prosrc LIKE '%c.fetched_at, c.elements FROM payload_checks%';
ROLLBACK;
