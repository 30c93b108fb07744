-- Verify mlb:staging/promote/unread
BEGIN;
SELECT 'staging.promote_unread(bigint)'::regprocedure;
ROLLBACK;
