-- Verify mlb:pipeline/runs (reworked): the status check admits degraded.
BEGIN;
SELECT 1/count(*) FROM pg_constraint
 WHERE conname = 'runs_status_check' AND conrelid = 'pipeline.runs'::regclass
   AND pg_get_constraintdef(oid) LIKE '%degraded%';
ROLLBACK;
