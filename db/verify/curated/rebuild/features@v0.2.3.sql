-- Verify mlb:curated/rebuild/features
BEGIN;
SELECT 'curated.rebuild_features(bigint, date[])'::regprocedure;
ROLLBACK;
