-- Revert mlb:staging/promote from the rework: the v0.2.0 version again
-- Drain a batch of the queue under a lock.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote(batch_size int DEFAULT NULL) RETURNS pipeline.runs
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
AS $$
DECLARE
  v_run pipeline.runs;
  v_detail jsonb;
BEGIN
  INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote') RETURNING * INTO v_run;
  IF NOT pipeline.setting_enabled('pipeline.staging_enabled') THEN
    UPDATE pipeline.runs SET status = 'skipped', finished_at = clock_timestamp(),
           detail = '{"reason": "pipeline.staging_enabled is false"}' WHERE id = v_run.id RETURNING * INTO v_run;
    RETURN v_run;
  END IF;
  -- One promotion (or rebuild) at a time; an overlapping call does nothing.
  IF NOT pg_try_advisory_xact_lock(hashtext('mlb.staging.promote')) THEN
    UPDATE pipeline.runs SET status = 'skipped', finished_at = clock_timestamp(),
           detail = '{"reason": "another promotion holds the lock"}' WHERE id = v_run.id RETURNING * INTO v_run;
    RETURN v_run;
  END IF;
  BEGIN
    DROP TABLE IF EXISTS promotion_batch;
    CREATE TEMP TABLE promotion_batch (raw_table text, raw_id bigint) ON COMMIT DROP;
    WITH taken AS (
      -- Books and schedules before what refers to them (raw_data.payload_tables.promotion_order).
      SELECT q.raw_table, q.raw_id FROM pipeline.promotion_queue q
        LEFT JOIN raw_data.payload_tables t ON t.raw_table = q.raw_table
       ORDER BY coalesce(t.promotion_order, 5), q.raw_id
       LIMIT coalesce(batch_size, pipeline.setting_numeric('pipeline.batch_size')::int, 500)
       FOR UPDATE OF q SKIP LOCKED
    )
    , removed AS (
      DELETE FROM pipeline.promotion_queue q USING taken t
       WHERE q.raw_table = t.raw_table AND q.raw_id = t.raw_id
      RETURNING q.raw_table, q.raw_id
    )
    INSERT INTO promotion_batch SELECT raw_table, raw_id FROM removed;

    v_detail := staging.promote_raw_rows(v_run.id);
    UPDATE pipeline.runs SET status = 'succeeded', finished_at = clock_timestamp(),
           rows_in = (v_detail->>'raw_rows')::int,
           rows_out = (v_detail->>'games')::int + (v_detail->>'lines')::int + (v_detail->>'splits')::int,
           rows_rejected = (v_detail->>'rejected')::int, detail = v_detail
     WHERE id = v_run.id RETURNING * INTO v_run;
  EXCEPTION WHEN others THEN
    -- The batch's queue entries come back with the rollback; the run says why.
    UPDATE pipeline.runs SET status = 'failed', finished_at = clock_timestamp(), error_text = SQLERRM
     WHERE id = v_run.id RETURNING * INTO v_run;
  END;
  RETURN v_run;
END
$$;
COMMENT ON FUNCTION staging.promote(int) IS 'Drains up to batch_size queued raw rows (default setting pipeline.batch_size) into staging under an advisory lock; an overlapping call records a skipped run and does nothing. Records the run in pipeline.runs; on error the queue is left intact and the run is failed with the reason. Running it again changes nothing.';

COMMIT;
