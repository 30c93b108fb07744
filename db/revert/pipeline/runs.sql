-- Revert mlb:pipeline/runs
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP TABLE pipeline.runs;
COMMIT;
