-- Deploy mlb:staging/promote
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
  v_tables text[];
  v_ids bigint[];
  v_queued timestamptz[];
BEGIN
  INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote') RETURNING * INTO v_run;
  IF NOT pipeline.setting_enabled('pipeline.staging_enabled') THEN
    UPDATE pipeline.runs SET status = 'skipped', finished_at = clock_timestamp(),
           detail = '{"reason": "pipeline.staging_enabled is false"}' WHERE id = v_run.id RETURNING * INTO v_run;
    RETURN v_run;
  END IF;
  -- One promotion (or rebuild) at a time; an overlapping call does nothing.
  IF NOT pipeline.lock('staging.promote', false) THEN
    UPDATE pipeline.runs SET status = 'skipped', finished_at = clock_timestamp(),
           detail = '{"reason": "another promotion holds the lock"}' WHERE id = v_run.id RETURNING * INTO v_run;
    RETURN v_run;
  END IF;

  WITH taken AS (
    -- Books and schedules before what refers to them (raw_data.payload_tables.promotion_order).
    SELECT q.raw_table, q.raw_id, coalesce(t.promotion_order, 5) AS promotion_order FROM pipeline.promotion_queue q
      LEFT JOIN raw_data.payload_tables t ON t.raw_table = q.raw_table
     ORDER BY coalesce(t.promotion_order, 5), q.raw_id
     LIMIT coalesce(batch_size, pipeline.setting_numeric('pipeline.batch_size')::int, 500)
     FOR UPDATE OF q SKIP LOCKED
  ), removed AS (
    DELETE FROM pipeline.promotion_queue q USING taken t
     WHERE q.raw_table = t.raw_table AND q.raw_id = t.raw_id
    RETURNING q.raw_table, q.raw_id, q.queued_at, t.promotion_order
  )
  SELECT array_agg(raw_table ORDER BY promotion_order, raw_id), array_agg(raw_id ORDER BY promotion_order, raw_id),
         array_agg(queued_at ORDER BY promotion_order, raw_id)
    INTO v_tables, v_ids, v_queued FROM removed;

  RETURN staging.promote_taken(v_run.id, v_tables, v_ids, v_queued);
END
$$;
COMMENT ON FUNCTION staging.promote(int) IS 'Drains up to batch_size queued raw rows (default setting pipeline.batch_size) into staging in one lane (books and schedules first), holding the pipeline lock staging.promote alone; an overlapping call (another promote, a rebuild, or promotion workers sharing the lock) records a skipped run and does nothing. The batch is promoted by staging.promote_taken. A batch that fails as a whole is promoted row by row: a payload that fails alone is quarantined (promotion_error, with the database''s error) and the run ends degraded; if every row fails the fault is systemic, the run fails and the batch goes back to the queue. Records the run in pipeline.runs. Running it again changes nothing.';

COMMIT;
