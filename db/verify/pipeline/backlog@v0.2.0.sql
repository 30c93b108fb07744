-- Verify mlb:pipeline/backlog
BEGIN;
SELECT 1 FROM pipeline.backlog WHERE false;
ROLLBACK;
