-- Deploy mlb:staging/promote/isolating (reworked after v0.3.0)
-- A row that fails because its promotion gave up a lock wait, met a deadlock or a
-- serialization failure is no bad payload (issue 29): the error is raised again, so the
-- batch goes back to the queue whole and nothing is quarantined for it.
-- When a batch fails as a whole, its raw rows are promoted one by one, so one
-- bad payload is quarantined with its error and the rest go on.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_isolating(p_run_id bigint, p_tables text[], p_ids bigint[]) RETURNS jsonb
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  v_detail jsonb := jsonb_build_object('raw_rows', 0, 'games', 0, 'lines', 0, 'splits', 0, 'rejected', 0);
  v_one jsonb;
  v_failed int := 0;
  v_error text;
BEGIN
  FOR i IN 1 .. coalesce(cardinality(p_ids), 0) LOOP
    BEGIN
      -- Each raw row in its own subtransaction: its failure undoes only its own work.
      DROP TABLE IF EXISTS promotion_batch;
      CREATE TEMP TABLE promotion_batch ON COMMIT DROP AS SELECT p_tables[i] AS raw_table, p_ids[i] AS raw_id;
      v_one := staging.promote_raw_rows(p_run_id);
    EXCEPTION
      WHEN lock_not_available OR deadlock_detected OR serialization_failure THEN
        RAISE;
      WHEN others THEN
      v_failed := v_failed + 1;
      v_error := coalesce(v_error, SQLERRM);
      v_one := jsonb_build_object('raw_rows', 1, 'rejected', 1);
      INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
      SELECT p_run_id, 'promotion_error', 'reject', 'payload', t.source, p_tables[i], p_ids[i], 'payload',
             jsonb_build_object('error', SQLERRM, 'sqlstate', SQLSTATE)
        FROM raw_data.payload_tables t WHERE t.raw_table = p_tables[i]
      ON CONFLICT (rule, raw_table, raw_id, record_ref) DO UPDATE
        SET details = excluded.details, pipeline_run_id = excluded.pipeline_run_id, created_at = clock_timestamp();
    END;
    SELECT jsonb_object_agg(k, coalesce((v_detail->>k)::bigint, 0) + coalesce((v_one->>k)::bigint, 0))
      INTO v_detail FROM jsonb_object_keys(v_detail) k;
  END LOOP;
  -- Every row failing on its own is not a bad payload but a broken pipeline:
  -- nothing is quarantined, the caller fails the run and keeps the queue.
  IF v_failed > 1 AND v_failed = cardinality(p_ids) THEN
    RAISE EXCEPTION 'every raw row of the batch failed on its own, so the fault is not in one payload: %', v_error;
  END IF;
  RETURN v_detail || jsonb_build_object('quarantined_payloads', v_failed, 'error', v_error);
END
$$;
COMMENT ON FUNCTION staging.promote_isolating(bigint, text[], bigint[]) IS 'Promotes the given raw rows one by one, each in its own subtransaction, after the batch failed as a whole: a row whose promotion raises is quarantined whole in staging.validation_results as promotion_error with the database''s error text and SQLSTATE; the others are promoted. Raises when every row of a batch of more than one fails (a systemic fault, not a bad payload), and raises again a row''s lock_not_available, deadlock_detected or serialization_failure (a wait, not a payload). Returns the summed counts plus quarantined_payloads and the first error.';

COMMIT;
