-- Verify mlb:pipeline/deployed_changes
BEGIN;
SELECT 'pipeline.deployed_changes()'::regprocedure;
ROLLBACK;
