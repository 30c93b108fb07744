-- Verify mlb:pipeline/runs
BEGIN;
SELECT 1 FROM pipeline.runs WHERE false;
ROLLBACK;
