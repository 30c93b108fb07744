-- Verify mlb:pipeline/runs_and_queue
BEGIN;

SELECT id, zone, kind, target_date, started_at, finished_at, status, rows_in, rows_out, rows_rejected, detail, error_text
  FROM pipeline.runs WHERE false;
SELECT raw_table, raw_id, queued_at FROM pipeline.promotion_queue WHERE false;
SELECT 1 / count(*) FROM pg_trigger WHERE tgname = 'enqueue_for_promotion' AND tgrelid = 'raw_data.sbd_betting_splits'::regclass;

ROLLBACK;
