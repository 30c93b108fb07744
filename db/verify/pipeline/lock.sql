-- Verify mlb:pipeline/lock (reworked after v0.2.3): share mode too.
BEGIN;
SELECT 'pipeline.lock(text, boolean, boolean)'::regprocedure;
ROLLBACK;
