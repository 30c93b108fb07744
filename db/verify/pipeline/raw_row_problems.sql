-- Verify mlb:pipeline/raw_row_problems
BEGIN;
SELECT raw_table, raw_id, rejected, warned FROM pipeline.raw_row_problems WHERE false;
ROLLBACK;
