-- Verify mlb:pipeline/dirty_dates
BEGIN;
SELECT 1 FROM pipeline.dirty_dates WHERE false;
SELECT game_date, game_id, marked_at, marked_by FROM pipeline.dirty_dates WHERE false;
SELECT 1/count(*) FROM pg_constraint WHERE conname = 'dirty_dates_mark' AND conrelid = 'pipeline.dirty_dates'::regclass;
ROLLBACK;
