-- Verify mlb:staging/season_of
BEGIN;
SELECT 1 / (staging.season_of('2024-10-30') = 2024)::int;
ROLLBACK;
