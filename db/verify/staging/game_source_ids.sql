-- Verify mlb:staging/game_source_ids
BEGIN;
SELECT 1 FROM staging.game_source_ids WHERE false;
ROLLBACK;
