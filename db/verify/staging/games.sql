-- Verify mlb:staging/games
BEGIN;
SELECT 1 FROM staging.games WHERE false;
ROLLBACK;
