-- Verify mlb:staging/stale_line_summaries
BEGIN;
SELECT game_id, marked_by FROM staging.stale_line_summaries WHERE false;
ROLLBACK;
