-- Revert mlb:pipeline/raw_row_problems
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP VIEW pipeline.raw_row_problems;
COMMIT;
