-- Verify mlb:staging/promote/payloads
BEGIN;
SELECT 'staging.promote_payloads(bigint)'::regprocedure;
ROLLBACK;
