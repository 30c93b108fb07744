-- Verify mlb:curated/rebuild/steam
BEGIN;
SELECT 'curated.rebuild_steam(bigint, bigint[])'::regprocedure;
ROLLBACK;
