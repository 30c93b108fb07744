-- Verify mlb:staging/raw_row_accounts
BEGIN;
SELECT raw_table, raw_id, entity, source, elements, staged, refused, set_aside, unaccounted, pipeline_run_id
  FROM staging.raw_row_accounts WHERE false;
ROLLBACK;
