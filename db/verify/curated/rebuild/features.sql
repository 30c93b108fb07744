-- Verify mlb:curated/rebuild/features
BEGIN;
SELECT 'curated.rebuild_features(bigint, date[])'::regprocedure;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_features(bigint, date[])'::regprocedure
   AND prosrc LIKE '%FROM rebuild_games g%' AND prosrc LIKE '%hashtextextended(l.source%';
ROLLBACK;
