-- Verify mlb:staging/rebuild (reworked after v0.3.0): queued book catalogues are applied.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'staging.rebuild(date)'::regprocedure AND prosrc LIKE '%t.books_parser IS NOT NULL%';
ROLLBACK;
