-- Verify mlb:pipeline/dirty_dates (reworked): dates carry a generation.
BEGIN;
SELECT game_date, marked_at, generation FROM pipeline.dirty_dates WHERE false;
ROLLBACK;
