-- Verify mlb:curated/rebuild/features (reworked after v0.2.3): ties by the stated source and outlet, not line_id.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_features(bigint, date[])'::regprocedure AND prosrc LIKE '%hashtextextended(l.source%';
ROLLBACK;
