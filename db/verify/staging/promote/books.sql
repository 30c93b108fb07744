-- Verify mlb:staging/promote/books (reworked after v0.2.1): the newest catalogue maps ids by brand and records changes.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.promote_books(bigint)'::regprocedure AND prosrc LIKE '%sportsbook_source_id_changes%';
ROLLBACK;
