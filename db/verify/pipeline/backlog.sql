-- Verify mlb:pipeline/backlog (reworked after v0.2.3): dirty dates counted once.
BEGIN;
SELECT alert FROM pipeline.backlog WHERE false;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'pipeline' AND viewname = 'backlog' AND definition LIKE '%count(DISTINCT dirty_dates.game_date)%';
ROLLBACK;
