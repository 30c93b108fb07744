-- Verify mlb:pipeline/lock
BEGIN;
SELECT 'pipeline.lock(text, boolean)'::regprocedure;
ROLLBACK;
