-- Deploy mlb:staging/promote_partition
-- A promotion worker (issue 14): up to pipeline.promotion_workers of these run
-- at once, each owning one of the 8 partitions of the history lane for its
-- transaction (the fullest free one first, so the work evens out),
-- sharing the staging.promote lock with one another and never running beside
-- staging.promote() or staging.rebuild(). A line history waits for every
-- reference row (book catalogue, schedule, scoreboard, split page) queued
-- before it, which staging.promote() takes: schedules still come before the
-- histories fetched after them, and reference rows arriving all the time never
-- hold back the histories queued before them.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_partition(batch_size int DEFAULT NULL) RETURNS pipeline.runs
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, staging, pipeline
SET client_min_messages = warning
-- Bulk set-based work: JIT compile time outweighs its gain here; sorts stay in memory.
SET jit = off
SET work_mem = '256MB'
AS $$
DECLARE
  v_run pipeline.runs;
  v_partition int;
  v_before timestamptz;
  v_reason text;
  v_tables text[];
  v_ids bigint[];
  v_queued timestamptz[];
BEGIN
  INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote') RETURNING * INTO v_run;
  IF NOT pipeline.setting_enabled('pipeline.staging_enabled') THEN
    v_reason := 'pipeline.staging_enabled is false';
  ELSE
    DROP TABLE IF EXISTS history_lane;
    CREATE TEMP TABLE history_lane ON COMMIT DROP AS SELECT * FROM staging.history_lane_queue();
    -- Only the histories queued before the oldest waiting reference row (the rest of the queue).
    v_before := (SELECT min(q.queued_at) FROM pipeline.promotion_queue q
                  WHERE NOT EXISTS (SELECT 1 FROM history_lane h WHERE h.raw_table = q.raw_table AND h.raw_id = q.raw_id));
    DELETE FROM history_lane h WHERE h.queued_at >= v_before;
    -- With nothing to take, no lock is held: staging.promote() may need it for the reference rows.
    IF NOT EXISTS (SELECT 1 FROM history_lane) THEN
      v_reason := CASE WHEN v_before IS NOT NULL
                       THEN 'the queued line histories wait for reference rows queued before them: staging.promote() takes those first'
                       ELSE 'no line history is queued' END;
    ELSIF NOT pipeline.lock('staging.promote', p_wait => false, p_shared => true) THEN
      v_reason := 'staging.promote() or staging.rebuild() holds the lock';
    ELSE
      -- The free partition with the most queued rows (the lowest number of equals); owned until commit. Rows a
      -- promote() committed since the lane was read are gone from the queue and are not taken below.
      SELECT p.partition INTO v_partition FROM pipeline.promotion_partitions p
        JOIN (SELECT h.partition, count(*) AS queued FROM history_lane h GROUP BY h.partition) h USING (partition)
       ORDER BY h.queued DESC, p.partition LIMIT 1 FOR UPDATE OF p SKIP LOCKED;
      IF v_partition IS NULL THEN
        v_reason := 'no partition with queued rows is free';
      END IF;
    END IF;
  END IF;
  IF v_reason IS NOT NULL THEN
    UPDATE pipeline.runs SET status = 'skipped', finished_at = clock_timestamp(), detail = jsonb_build_object('reason', v_reason)
     WHERE id = v_run.id RETURNING * INTO v_run;
    RETURN v_run;
  END IF;

  WITH taken AS (
    SELECT q.raw_table, q.raw_id FROM pipeline.promotion_queue q
      JOIN history_lane h ON h.raw_table = q.raw_table AND h.raw_id = q.raw_id
     WHERE h.partition = v_partition
     ORDER BY q.raw_id, q.raw_table
     LIMIT coalesce(batch_size, pipeline.setting_numeric('pipeline.batch_size')::int, 500)
     FOR UPDATE OF q SKIP LOCKED
  ), removed AS (
    DELETE FROM pipeline.promotion_queue q USING taken t
     WHERE q.raw_table = t.raw_table AND q.raw_id = t.raw_id
    RETURNING q.raw_table, q.raw_id, q.queued_at
  )
  SELECT array_agg(raw_table ORDER BY raw_id, raw_table), array_agg(raw_id ORDER BY raw_id, raw_table),
         array_agg(queued_at ORDER BY raw_id, raw_table)
    INTO v_tables, v_ids, v_queued FROM removed;

  v_run := staging.promote_taken(v_run.id, v_tables, v_ids, v_queued);
  UPDATE pipeline.runs SET detail = coalesce(detail, '{}') || jsonb_build_object('partition', v_partition)
   WHERE id = v_run.id RETURNING * INTO v_run;
  RETURN v_run;
END
$$;
COMMENT ON FUNCTION staging.promote_partition(int) IS 'A promotion worker: promotes up to batch_size queued line histories (staging.history_lane_queue) of the free partition (hash of the game mod 8) with the most queued rows, owning it (pipeline.promotion_partitions) and sharing the staging.promote lock with the other workers until commit, so workers promote different partitions at once and never one game twice; how many run at once is pipeline.promotion_workers (the pg_cron jobs). Takes only histories queued before the oldest waiting reference row (books, schedules, scoreboards, splits: staging.promote() takes those first), so schedules come before the histories fetched after them and a busy reference lane never holds back older histories. Skipped (a run with the reason, holding no lock) when no history is queued or every queued one waits for such a row; skipped too while staging.promote() or staging.rebuild() holds the lock, or when no partition with rows is free. The run''s detail names its partition. Run by the pg_cron jobs mlb-staging-promote[-N] through staging.promote_scheduled(N).';

COMMIT;
