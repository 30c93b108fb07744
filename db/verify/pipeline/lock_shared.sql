-- Verify mlb:pipeline/lock_shared
BEGIN;
SELECT 'pipeline.lock_shared(text, boolean)'::regprocedure;
ROLLBACK;
