-- Verify mlb:staging/source_games_raw
BEGIN;
SELECT 1 FROM staging.source_games_raw WHERE false;
ROLLBACK;
