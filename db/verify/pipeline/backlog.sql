-- Verify mlb:pipeline/backlog
BEGIN;
SELECT 1 FROM pipeline.backlog WHERE false;
SELECT alert FROM pipeline.backlog WHERE false;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'pipeline' AND viewname = 'backlog' AND definition LIKE '%count(DISTINCT dirty_dates.game_date)%';
ROLLBACK;
