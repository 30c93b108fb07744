-- Verify mlb:staging/promote/books
BEGIN;
SELECT 'staging.promote_books(bigint)'::regprocedure;
ROLLBACK;
