-- Verify mlb:pipeline/runs
BEGIN;
SELECT 1 FROM pipeline.runs WHERE false;
SELECT 1/count(*) FROM pg_constraint
 WHERE conname = 'runs_status_check' AND conrelid = 'pipeline.runs'::regclass
   AND pg_get_constraintdef(oid) LIKE '%degraded%';
ROLLBACK;
