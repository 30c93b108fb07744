-- Verify mlb:pipeline/raw_row_accounting
BEGIN;
SELECT source, raw_table, raw_id, request_key, fetched_at, state, entity, elements, staged, refused, reasons, set_aside,
       unaccounted, pipeline_run_id
  FROM pipeline.raw_row_accounting WHERE false;
ROLLBACK;
