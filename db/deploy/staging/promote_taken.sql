-- Deploy mlb:staging/promote_taken (reworked after v0.3.0)
-- A batch is cut where its bodies pass pipeline.batch_max_bytes (issue 30): a promotion's
-- memory grows with what it states, so the rows past the cut go back to the queue as
-- they were, for the next run (staging.batch_cut).
-- A batch that failed because it gave up a lock wait (lock_timeout, issue 29), met a
-- deadlock or a serialization failure is not promoted row by row: nothing is wrong
-- with a payload, so none is quarantined; the run fails and the batch goes back to
-- the queue for the next run.
-- The raw rows a promotion took from the queue, promoted and its run closed:
-- one batch, else row by row (staging.promote_isolating) so one bad payload is
-- quarantined; a systemic fault fails the run and puts the rows back. Shared by
-- staging.promote() (one lane) and staging.promote_partition() (a worker).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_taken(p_run_id bigint, p_tables text[], p_ids bigint[], p_queued timestamptz[])
RETURNS pipeline.runs
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline
AS $$
DECLARE
  v_run pipeline.runs;
  v_detail jsonb;
  v_error text;
  v_keep int := staging.batch_cut(p_tables, p_ids,
                                  coalesce(pipeline.setting_numeric('pipeline.batch_max_bytes'), 2097152)::bigint);
BEGIN
  IF v_keep < cardinality(p_ids) THEN
    INSERT INTO pipeline.promotion_queue (raw_table, raw_id, queued_at)
    SELECT * FROM unnest(p_tables[v_keep + 1:], p_ids[v_keep + 1:], p_queued[v_keep + 1:]) ON CONFLICT DO NOTHING;
    p_tables := p_tables[1:v_keep];
    p_ids := p_ids[1:v_keep];
    p_queued := p_queued[1:v_keep];
  END IF;
  BEGIN
    DROP TABLE IF EXISTS promotion_batch;
    CREATE TEMP TABLE promotion_batch ON COMMIT DROP AS
    SELECT t AS raw_table, i AS raw_id FROM unnest(p_tables, p_ids) AS b(t, i);
    v_detail := staging.promote_raw_rows(p_run_id);
  EXCEPTION
    WHEN lock_not_available OR deadlock_detected OR serialization_failure THEN
      v_detail := NULL;  -- transient: the whole batch waits for the next run
      v_error := SQLERRM;
    WHEN others THEN
    v_error := SQLERRM;
    BEGIN
      v_detail := staging.promote_isolating(p_run_id, p_tables, p_ids);
    EXCEPTION WHEN others THEN
      v_detail := NULL;
      v_error := SQLERRM;
    END;
  END;

  IF v_detail IS NULL THEN
    -- A systemic fault: nothing was written; the batch goes back to the queue as it was.
    INSERT INTO pipeline.promotion_queue (raw_table, raw_id, queued_at)
    SELECT * FROM unnest(p_tables, p_ids, p_queued) ON CONFLICT DO NOTHING;
    UPDATE pipeline.runs SET status = 'failed', finished_at = clock_timestamp(), error_text = v_error
     WHERE id = p_run_id RETURNING * INTO v_run;
  ELSE
    UPDATE pipeline.runs
       SET status = CASE WHEN coalesce((v_detail->>'quarantined_payloads')::int, 0) > 0 THEN 'degraded' ELSE 'succeeded' END,
           finished_at = clock_timestamp(), error_text = v_detail->>'error',
           rows_in = (v_detail->>'raw_rows')::int,
           rows_out = (v_detail->>'games')::int + (v_detail->>'lines')::int + (v_detail->>'splits')::int,
           rows_rejected = (v_detail->>'rejected')::int, detail = v_detail - 'error'
     WHERE id = p_run_id RETURNING * INTO v_run;
  END IF;
  RETURN v_run;
END
$$;
COMMENT ON FUNCTION staging.promote_taken(bigint, text[], bigint[], timestamptz[]) IS 'Promotes the raw rows a promotion took from the queue (tables, ids and queue times, in promotion order) in run p_run_id and closes the run, as many as fit pipeline.batch_max_bytes of bodies (staging.batch_cut; the rest go back to the queue as they were, for the next run): succeeded, or degraded when a payload that failed alone was quarantined (promotion_error, with the database''s error); if every row fails the fault is systemic, the run fails and the rows go back to the queue as they were, as they also do, without row-by-row promotion, when the batch gave up a lock wait (lock_not_available), met a deadlock or a serialization failure. Returns the run.';

COMMIT;
