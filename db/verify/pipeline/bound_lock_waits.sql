-- Verify mlb:pipeline/bound_lock_waits
BEGIN;
SELECT has_function_privilege('pipeline.bound_lock_waits(boolean)', 'EXECUTE');
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'pipeline.lock_timeout_seconds';
ROLLBACK;
