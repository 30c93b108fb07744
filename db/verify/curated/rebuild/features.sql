-- Verify mlb:curated/rebuild/features (reworked after v0.2.4): the games of rebuild_games.
BEGIN;
SELECT 1/count(*) FROM pg_proc WHERE oid = 'curated.rebuild_features(bigint, date[])'::regprocedure
   AND prosrc LIKE '%FROM rebuild_games g%' AND prosrc LIKE '%hashtextextended(l.source%';
ROLLBACK;
