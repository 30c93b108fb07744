-- Verify mlb:raw_data/request_season
BEGIN;
SELECT 1/(raw_data.request_season('mlb_stats_api', '2024-03-20..2024-03-21', now()) = 2024)::int;
ROLLBACK;
