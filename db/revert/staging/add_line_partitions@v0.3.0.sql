-- Revert mlb:staging/add_line_partitions
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION staging.add_line_partitions(int[]);
DELETE FROM pipeline.locks WHERE name = 'staging.line_partitions';
COMMIT;
