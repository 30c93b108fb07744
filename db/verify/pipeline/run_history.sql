-- Verify mlb:pipeline/run_history
BEGIN;
SELECT 1 FROM pipeline.run_history WHERE false;
ROLLBACK;
