-- Verify mlb:pipeline/lock
BEGIN;
SELECT 'pipeline.lock(text, boolean, boolean)'::regprocedure;
ROLLBACK;
