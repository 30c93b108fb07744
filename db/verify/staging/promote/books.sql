-- Verify mlb:staging/promote/books
BEGIN;
SELECT 'staging.promote_books(bigint)'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_books(bigint)'::regprocedure AND prosrc LIKE '%sportsbook_source_id_changes%';
ROLLBACK;
