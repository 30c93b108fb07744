-- Deploy mlb:pipeline/apply_raw_retention
-- Logged raw retention.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Raw rows are kept forever unless this is called: a deliberate, logged act.
CREATE OR REPLACE FUNCTION pipeline.apply_raw_retention(keep interval, dry_run boolean DEFAULT true)
RETURNS TABLE (raw_table text, rows_deleted bigint, rows_kept bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
DECLARE
  t text;
  n bigint;
  k bigint;
  v_entry bigint;
BEGIN
  IF keep < interval '1 day' THEN
    RAISE EXCEPTION 'refusing to keep less than one day of raw payloads (asked: %)', keep;
  END IF;
  FOR t IN SELECT pt.raw_table FROM raw_data.payload_tables pt ORDER BY pt.raw_table LOOP
    EXECUTE format('SELECT count(*) FILTER (WHERE NOT pipeline.raw_row_in_use(%L, r.id)),
                           count(*) FILTER (WHERE pipeline.raw_row_in_use(%L, r.id))
                      FROM raw_data.%I r WHERE r.fetched_at < $1', t, t, t)
      INTO n, k USING now() - keep;
    -- Logged first: the append-only trigger lets a delete through only in a transaction that logged it.
    INSERT INTO pipeline.retention_log (raw_table, older_than, rows_deleted, rows_kept, dry_run)
    VALUES (t, now() - keep, n, k, dry_run) RETURNING id INTO v_entry;
    IF NOT dry_run AND n > 0 THEN
      PERFORM set_config('mlb.raw_retention_entry', v_entry::text, true);
      EXECUTE format('DELETE FROM raw_data.%I r WHERE r.fetched_at < $1 AND NOT pipeline.raw_row_in_use(%L, r.id)', t, t)
        USING now() - keep;
      PERFORM set_config('mlb.raw_retention_entry', '', true);
    END IF;
    raw_table := t;
    rows_deleted := n;
    rows_kept := k;
    RETURN NEXT;
  END LOOP;
END
$$;
COMMENT ON FUNCTION pipeline.apply_raw_retention(interval, boolean) IS 'Deletes raw payloads fetched more than keep ago that nothing in staging derives from (pipeline.raw_row_in_use): rows staging or a quarantine record still traces to are kept and counted, so staging.rebuild() gives the same tables afterwards. Each table is logged in pipeline.retention_log before anything is deleted. A dry run (the default) only counts. Nothing calls it on a schedule: raw is kept forever unless you choose otherwise.';
REVOKE EXECUTE ON FUNCTION pipeline.apply_raw_retention(interval, boolean) FROM PUBLIC;

COMMIT;
