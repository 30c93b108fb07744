-- Verify mlb:pipeline/dirty_dates
BEGIN;
SELECT 1 FROM pipeline.dirty_dates WHERE false;
ROLLBACK;
