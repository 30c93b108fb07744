-- Verify mlb:pipeline/locks
BEGIN;
SELECT 1/count(*) FROM pipeline.locks WHERE name = 'staging.promote';
ROLLBACK;
