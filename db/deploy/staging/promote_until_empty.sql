-- Deploy mlb:staging/promote_until_empty
-- Drain the whole queue, a commit per batch.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Drain the queue batch after batch, each committed on its own: what
-- `mlb-agent pipeline run --zone staging` calls.
CREATE OR REPLACE PROCEDURE staging.promote_until_empty(INOUT first_run_id bigint DEFAULT NULL,
                                                        INOUT last_run_id bigint DEFAULT NULL,
                                                        INOUT last_status text DEFAULT NULL, max_runs int DEFAULT 1000)
LANGUAGE plpgsql
-- No SET clause: a procedure with one cannot COMMIT. Every name is qualified.
AS $$
DECLARE
  v_run pipeline.runs;
BEGIN
  FOR i IN 1 .. max_runs LOOP
    EXIT WHEN NOT EXISTS (SELECT 1 FROM pipeline.promotion_queue);
    v_run := staging.promote();
    first_run_id := coalesce(first_run_id, v_run.id);
    last_run_id := v_run.id;
    last_status := v_run.status;
    COMMIT;
    EXIT WHEN v_run.status NOT IN ('succeeded', 'degraded');
  END LOOP;
END
$$;
COMMENT ON PROCEDURE staging.promote_until_empty(bigint, bigint, text, int) IS 'CALL staging.promote_until_empty(): runs staging.promote() and commits, again and again, until the queue is empty, a run fails or is skipped (last_status says which; a degraded run goes on), or max_runs runs were made. Returns the first and last run id (see pipeline.run_history).';

COMMIT;
